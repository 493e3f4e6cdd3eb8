package io.jmcp.interop;

import io.jmcp.schema.Implementation;
import io.jmcp.schema.ProtocolVersion;
import io.jmcp.schema.elicitation.ElicitResult;
import io.jmcp.schema.elicitation.ElicitationSchema;
import io.jmcp.schema.elicitation.StringSchema;
import io.jmcp.schema.tools.CallToolResult;
import io.jmcp.schema.tools.Tool;
import io.jmcp.server.McpServer;
import io.jmcp.transport.stdio.StdioServerTransport;
import java.nio.file.Path;

/**
 * A jmcp server that speaks only one era, run in a child JVM over stdio by
 * {@link CrossEraStdioTest}: {@code legacy} (2025-06-18 and 2025-11-25) or {@code modern}
 * (2026-07-28). Its tool {@code ask} asks the user's name.
 */
public final class OneEraServer {

  private OneEraServer() {
  }

  public static void main(String[] args) {
    ProtocolVersion[] versions = switch (args[0]) {
      case "legacy" -> new ProtocolVersion[] {ProtocolVersion.V2025_06_18,
          ProtocolVersion.V2025_11_25};
      case "modern" -> new ProtocolVersion[] {ProtocolVersion.V2026_07_28};
      default -> throw new IllegalArgumentException("legacy or modern, not " + args[0]);
    };
    McpServer.builder(Implementation.of("one-era-" + args[0], "1.0.0"))
        .protocolVersions(versions)
        .tool(Tool.builder("ask").description("Asks for a name").build(), (arguments, context) -> {
          ElicitResult answer = context.elicit("Your name?", ElicitationSchema.builder()
              .required("name", StringSchema.of("Name", null)).build());
          return CallToolResult.text("hello " + answer.content().get("name").asString());
        })
        .build()
        .serve(new StdioServerTransport());
  }

  /** The command line that runs it in a fresh JVM on this test's class path. */
  static String[] command(String era) {
    String java = ProcessHandle.current().info().command()
        .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    return new String[] {java, "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
        "-Xmx256m", "-cp", System.getProperty("java.class.path"), OneEraServer.class.getName(),
        era};
  }
}
