package io.jmcp.examples;

import io.jmcp.core.jsonschema.Description;
import io.jmcp.schema.Implementation;
import io.jmcp.schema.content.TextResourceContents;
import io.jmcp.schema.resources.ReadResourceResult;
import io.jmcp.schema.resources.Resource;
import io.jmcp.schema.tools.CallToolResult;
import io.jmcp.server.McpServer;
import io.jmcp.transport.stdio.StdioServerTransport;
import java.util.Optional;

/** The server example of the README (kept compiling and tested here). */
public class WeatherServer {

  record Forecast(@Description("City name") String city, Optional<Integer> days) {}

  static McpServer create() {
    return McpServer.builder(Implementation.of("weather", "1.0.0"))
        .tool("forecast", "Weather forecast for a city", Forecast.class, (forecast, context) -> {
          context.info("Looking up " + forecast.city());
          return CallToolResult.text("Sunny in " + forecast.city() + " for "
              + forecast.days().orElse(1) + " day(s)");
        })
        .resource(Resource.of("weather://stations", "Stations"), (uri, context) ->
            ReadResourceResult.of(TextResourceContents.of(uri, "text/plain", "OSL, LIS, NRT")))
        .build();
  }

  public static void main(String[] args) {
    create().serve(new StdioServerTransport());
  }
}
