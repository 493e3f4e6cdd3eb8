package io.jmcp.server;

import io.jmcp.schema.resources.ReadResourceResult;
import java.util.Map;

/**
 * Reads a resource whose URI matched a template; {@code variables} are the template's variables
 * as matched (percent-decoded). Exceptions are treated as in {@link ResourceReader}.
 */
@FunctionalInterface
public interface ResourceTemplateReader {

  ReadResourceResult read(String uri, Map<String, String> variables, RequestContext context)
      throws Exception;
}
