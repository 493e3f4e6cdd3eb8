package io.jmcp.servers.sequentialthinking;

import static org.assertj.core.api.Assertions.assertThat;

import io.jmcp.client.McpClient;
import io.jmcp.schema.McpJson;
import io.jmcp.schema.content.TextContent;
import io.jmcp.schema.tools.CallToolResult;
import io.jmcp.schema.tools.Tool;
import io.jmcp.server.McpServer;
import io.jmcp.test.McpTestKit;
import io.jmcp.test.TestConnection;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class SequentialThinkingServerTest {

  private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
  private McpServer server;
  private TestConnection connection;
  private McpClient client;

  private void start(boolean colour) {
    server = SequentialThinkingServer.create(
        new PrintStream(stderr, true, StandardCharsets.UTF_8), colour);
    connection = McpTestKit.open(server, builder -> builder);
    client = connection.client();
  }

  @AfterEach
  void close() {
    assertThat(connection.schemaViolations()).isEmpty();
    connection.close();
    server.close();
  }

  private CallToolResult think(String argumentsJson) {
    return think(client, argumentsJson);
  }

  private static CallToolResult think(McpClient client, String argumentsJson) {
    return client.callTool("sequentialthinking",
        McpJson.mapper().readValue(argumentsJson, Map.class));
  }

  private static String text(CallToolResult result) {
    return ((TextContent) result.content().getFirst()).text();
  }

  private String log() {
    return stderr.toString(StandardCharsets.UTF_8);
  }

  @Test
  void listsTheOfficialTool() {
    start(false);
    List<Tool> tools = client.listTools();
    assertThat(tools).hasSize(1);
    Tool tool = tools.getFirst();
    assertThat(tool.name()).isEqualTo("sequentialthinking");
    assertThat(tool.title()).isEqualTo("Sequential Thinking");
    assertThat(tool.description()).contains("nextThoughtNeeded").contains("branchFromThought");
    assertThat(tool.inputSchema().path("properties").propertyNames()).containsExactly("thought",
        "nextThoughtNeeded", "thoughtNumber", "totalThoughts", "isRevision", "revisesThought",
        "branchFromThought", "branchId", "needsMoreThoughts");
    assertThat(tool.inputSchema().path("required").toString())
        .isEqualTo("[\"thought\",\"nextThoughtNeeded\",\"thoughtNumber\",\"totalThoughts\"]");
    assertThat(tool.outputSchema().path("required").size()).isEqualTo(5);
    assertThat(tool.annotations().readOnlyHint()).isTrue();
    assertThat(tool.annotations().idempotentHint()).isTrue();
  }

  @Test
  void recordsAThoughtAndDrawsIt() {
    start(false);
    CallToolResult result = think("""
        {"thought": "Split the problem", "nextThoughtNeeded": true, "thoughtNumber": 1,
         "totalThoughts": 3}""");
    assertThat(text(result)).isEqualTo("""
        {
          "thoughtNumber": 1,
          "totalThoughts": 3,
          "nextThoughtNeeded": true,
          "branches": [],
          "thoughtHistoryLength": 1
        }""");
    assertThat(result.structuredContent().toString()).isEqualTo("{\"thoughtNumber\":1,"
        + "\"totalThoughts\":3,\"nextThoughtNeeded\":true,\"branches\":[],"
        + "\"thoughtHistoryLength\":1}");
    // "💭" is two UTF-16 units, as JavaScript counts it: the header is 16 units long.
    assertThat(log()).isEqualTo("""

        ┌─────────────────────┐
        │ 💭 Thought 1/3 │
        ├─────────────────────┤
        │ Split the problem   │
        └─────────────────────┘
        """);
  }

  @Test
  void theEstimateRisesToTheThoughtNumber() {
    start(false);
    JsonNode status = think("""
        {"thought": "more than planned", "nextThoughtNeeded": false, "thoughtNumber": 7,
         "totalThoughts": 5, "needsMoreThoughts": true}""").structuredContent();
    assertThat(status.path("thoughtNumber").asLong()).isEqualTo(7);
    assertThat(status.path("totalThoughts").asLong()).isEqualTo(7);
    assertThat(status.path("nextThoughtNeeded").asBoolean()).isFalse();
    assertThat(log()).contains("Thought 7/7");
  }

  @Test
  void revisionsAndBranchesAreDrawnAndBranchesListed() {
    start(false);
    think("{\"thought\": \"a\", \"nextThoughtNeeded\": true, \"thoughtNumber\": 1, \"totalThoughts\": 4}");
    think("""
        {"thought": "a was wrong", "nextThoughtNeeded": true, "thoughtNumber": 2,
         "totalThoughts": 4, "isRevision": true, "revisesThought": 1}""");
    for (String branch : List.of("b1", "2", "b1", "1", "", "b0")) {
      think("{\"thought\": \"alt\", \"nextThoughtNeeded\": true, \"thoughtNumber\": 3,"
          + " \"totalThoughts\": 4, \"branchFromThought\": 1, \"branchId\": \"" + branch + "\"}");
    }
    JsonNode status = think("""
        {"thought": "no id", "nextThoughtNeeded": false, "thoughtNumber": 4, "totalThoughts": 4,
         "branchFromThought": 2}""").structuredContent();
    // JavaScript's key order: array-index ids first, numerically; then the rest as opened.
    assertThat(status.path("branches").toString()).isEqualTo("[\"1\",\"2\",\"b1\",\"b0\"]");
    assertThat(status.path("thoughtHistoryLength").asLong()).isEqualTo(9);
    assertThat(log())
        .contains("│ 🔄 Revision 2/4 (revising thought 1) │")
        .contains("│ 🌿 Branch 3/4 (from thought 1, ID: b1) │")
        .contains("│ 🌿 Branch 4/4 (from thought 2, ID: undefined) │");
  }

  @Test
  void stringsStandInForBooleansAndNumbers() {
    start(false);
    JsonNode status = think("""
        {"thought": "coerced", "nextThoughtNeeded": "FALSE", "thoughtNumber": "2",
         "totalThoughts": " 3 ", "isRevision": "true", "revisesThought": "1"}""")
        .structuredContent();
    assertThat(status.path("nextThoughtNeeded").asBoolean()).isFalse();
    assertThat(status.path("thoughtNumber").asLong()).isEqualTo(2);
    assertThat(status.path("totalThoughts").asLong()).isEqualTo(3);
    assertThat(log()).contains("Revision 2/3 (revising thought 1)");
  }

  @Test
  void argumentsThatDoNotFitAreRefusedByName() {
    start(false);
    CallToolResult refused = think("""
        {"thought": "x", "nextThoughtNeeded": "nope", "thoughtNumber": "abc",
         "totalThoughts": "2.5"}""");
    assertThat(refused.isError()).isTrue();
    assertThat(text(refused)).contains("nextThoughtNeeded").contains("thoughtNumber")
        .contains("totalThoughts");
    CallToolResult fraction = think("""
        {"thought": "x", "nextThoughtNeeded": true, "thoughtNumber": 1, "totalThoughts": 2.5}""");
    assertThat(fraction.isError()).isTrue();
    assertThat(text(fraction)).contains("totalThoughts");
    CallToolResult zero = think("""
        {"thought": "x", "nextThoughtNeeded": true, "thoughtNumber": 0, "totalThoughts": 1}""");
    assertThat(zero.isError()).isTrue();
    CallToolResult missing = think("{\"thought\": \"x\"}");
    assertThat(missing.isError()).isTrue();
    assertThat(text(missing)).contains("nextThoughtNeeded");
    assertThat(log()).isEmpty();
    JsonNode after = think("""
        {"thought": "ok", "nextThoughtNeeded": true, "thoughtNumber": 1, "totalThoughts": 1}""")
        .structuredContent();
    assertThat(after.path("thoughtHistoryLength").asLong()).isEqualTo(1);
  }

  @Test
  void eachSessionThinksOnItsOwn() {
    start(false);
    think("{\"thought\": \"a\", \"nextThoughtNeeded\": true, \"thoughtNumber\": 1, \"totalThoughts\": 2}");
    think("{\"thought\": \"b\", \"nextThoughtNeeded\": true, \"thoughtNumber\": 2, \"totalThoughts\": 2,"
        + " \"branchFromThought\": 1, \"branchId\": \"x\"}");
    try (McpClient other = McpTestKit.connect(server)) {
      JsonNode fresh = think(other, """
          {"thought": "c", "nextThoughtNeeded": true, "thoughtNumber": 1, "totalThoughts": 2}""")
          .structuredContent();
      assertThat(fresh.path("thoughtHistoryLength").asLong()).isEqualTo(1);
      assertThat(fresh.path("branches").isEmpty()).isTrue();
    }
  }

  @Test
  void labelsAreColouredOnRequest() {
    start(true);
    think("""
        {"thought": "t", "nextThoughtNeeded": true, "thoughtNumber": 1, "totalThoughts": 1,
         "isRevision": true, "revisesThought": 1}""");
    // The escape codes count towards the width, as they do in the official server.
    String header = "\u001b[33m🔄 Revision\u001b[39m 1/1 (revising thought 1)";
    assertThat(log()).isEqualTo("\n┌" + "─".repeat(header.length() + 4) + "┐\n│ " + header
        + " │\n├" + "─".repeat(header.length() + 4) + "┤\n│ t" + " ".repeat(header.length() + 1)
        + " │\n└" + "─".repeat(header.length() + 4) + "┘\n");
  }

  @Test
  void theEnvironmentSwitchesLoggingAndColour() {
    start(false);
    assertThat(SequentialThinkingServer.loggingDisabled(Map.of("DISABLE_THOUGHT_LOGGING", "TRUE")))
        .isTrue();
    assertThat(SequentialThinkingServer.loggingDisabled(Map.of("DISABLE_THOUGHT_LOGGING", "1")))
        .isFalse();
    assertThat(SequentialThinkingServer.loggingDisabled(Map.of())).isFalse();
    assertThat(SequentialThinkingServer.colourForced(Map.of())).isFalse();
    assertThat(SequentialThinkingServer.colourForced(Map.of("FORCE_COLOR", "1"))).isTrue();
    assertThat(SequentialThinkingServer.colourForced(Map.of("FORCE_COLOR", ""))).isTrue();
    assertThat(SequentialThinkingServer.colourForced(Map.of("FORCE_COLOR", "0"))).isFalse();
    assertThat(SequentialThinkingServer.colourForced(Map.of("FORCE_COLOR", "false"))).isFalse();
  }
}
