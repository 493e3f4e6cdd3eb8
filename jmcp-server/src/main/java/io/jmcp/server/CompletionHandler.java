package io.jmcp.server;

import java.util.List;
import java.util.Map;

/**
 * Suggests values for one argument of a prompt or one variable of a resource template, best
 * first. The server sends at most 100 and tells the client how many there were.
 */
@FunctionalInterface
public interface CompletionHandler {

  /**
   * @param argument the argument or variable being completed
   * @param value what the user typed so far
   * @param context values already chosen for other arguments (2025-06-18+ clients send them)
   */
  List<String> complete(String argument, String value, Map<String, String> context,
      RequestContext request) throws Exception;
}
