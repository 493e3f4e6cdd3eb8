package io.jmcp.transport.http.server;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What the HTTP transport knows about the request a message arrived in, for handlers
 * ({@code context.transport().get(HttpRequestFacts.class)}).
 *
 * @param headers the request headers, names in lower case
 * @param remoteAddress the client's address
 * @param sessionId the MCP session, or null (stateless, or before initialization)
 */
public record HttpRequestFacts(String method, String path, Map<String, List<String>> headers,
    String remoteAddress, @Nullable String sessionId) {

  public HttpRequestFacts {
    headers = Map.copyOf(headers);
  }

  /** The first value of a header, by case-insensitive name. */
  public Optional<String> header(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.getFirst());
  }
}
