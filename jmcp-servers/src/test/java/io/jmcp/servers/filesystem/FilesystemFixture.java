package io.jmcp.servers.filesystem;

import static org.assertj.core.api.Assertions.assertThat;

import io.jmcp.client.McpClient;
import io.jmcp.client.McpClientBuilder;
import io.jmcp.schema.content.TextContent;
import io.jmcp.schema.tools.CallToolResult;
import io.jmcp.server.McpServer;
import io.jmcp.test.McpTestKit;
import io.jmcp.test.TestConnection;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/** A filesystem server and a client connected to it in memory, with call helpers. */
final class FilesystemFixture implements AutoCloseable {

  final McpServer server;
  final TestConnection connection;
  final McpClient client;

  FilesystemFixture(FilesystemOptions options) {
    this(options, builder -> builder);
  }

  FilesystemFixture(FilesystemOptions options, UnaryOperator<McpClientBuilder> client) {
    this.server = FilesystemServer.create(options);
    this.connection = McpTestKit.open(server, client);
    this.client = connection.client();
  }

  static String text(CallToolResult result) {
    return result.content().stream().filter(TextContent.class::isInstance)
        .map(block -> ((TextContent) block).text()).collect(Collectors.joining("|"));
  }

  /** Calls a tool that must succeed; its text, which must equal its structured content. */
  String ok(String tool, Map<String, ?> arguments) {
    CallToolResult result = client.callTool(tool, arguments);
    assertThat(result.isError()).as("%s %s: %s", tool, arguments, text(result)).isNull();
    assertThat(result.structuredContent().path("content").stringValue())
        .isEqualTo(text(result));
    return text(result);
  }

  /** Calls a tool that must fail; its error text. */
  String error(String tool, Map<String, ?> arguments) {
    CallToolResult result = client.callTool(tool, arguments);
    assertThat(result.isError()).as("%s %s must fail: %s", tool, arguments, text(result))
        .isTrue();
    return text(result);
  }

  @Override
  public void close() {
    assertThat(connection.schemaViolations()).isEmpty();
    connection.close();
    server.close();
  }
}
