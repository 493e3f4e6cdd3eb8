package io.jmcp.core;

import java.util.List;

/**
 * A tool parameter that a 2026-07-28 HTTP client mirrors into a header: {@code Mcp-Param-<name>}
 * carries the argument found at {@code path} (a chain of {@code properties} keys).
 *
 * @param name the {@code x-mcp-header} value
 * @param path the property names from the schema root to the parameter
 * @param type {@code string}, {@code integer} or {@code boolean}
 */
public record ParameterHeader(String name, List<String> path, String type) {

  public ParameterHeader {
    path = List.copyOf(path);
  }

  /** The full header name. */
  public String headerName() {
    return "Mcp-Param-" + name;
  }
}
