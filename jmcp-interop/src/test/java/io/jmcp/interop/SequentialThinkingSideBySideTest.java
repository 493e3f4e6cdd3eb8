package io.jmcp.interop;

import static org.assertj.core.api.Assertions.assertThat;

import io.jmcp.client.McpClient;
import io.jmcp.schema.Implementation;
import io.jmcp.schema.McpJson;
import io.jmcp.schema.content.TextContent;
import io.jmcp.schema.tools.CallToolResult;
import io.jmcp.schema.tools.Tool;
import io.jmcp.transport.stdio.StdioClientTransport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.node.ObjectNode;

/**
 * jmcp's sequential-thinking server next to the official
 * {@code @modelcontextprotocol/server-sequential-thinking} (pinned in interop/package.json): the
 * same tool, the same results for the same thoughts, and the same boxes on stderr.
 */
class SequentialThinkingSideBySideTest {

  private static final String OFFICIAL = "@modelcontextprotocol/server-sequential-thinking";

  /** A session of thoughts: plain, string-typed, revision, branches, estimate raised, unicode. */
  private static final List<String> THOUGHTS = List.of(
      "{\"thought\": \"Understand the problem\", \"nextThoughtNeeded\": true, \"thoughtNumber\": 1, \"totalThoughts\": 3}",
      "{\"thought\": \"Try a greedy approach\", \"nextThoughtNeeded\": \"true\", \"thoughtNumber\": \"2\", \"totalThoughts\": \"3\"}",
      "{\"thought\": \"Greedy fails on [3, 4]\", \"nextThoughtNeeded\": true, \"thoughtNumber\": 3, \"totalThoughts\": 3, \"isRevision\": true, \"revisesThought\": 2}",
      "{\"thought\": \"Dynamic programming instead\", \"nextThoughtNeeded\": true, \"thoughtNumber\": 4, \"totalThoughts\": 3, \"branchFromThought\": 2, \"branchId\": \"dp\", \"needsMoreThoughts\": true}",
      "{\"thought\": \"Or memoised recursion\", \"nextThoughtNeeded\": true, \"thoughtNumber\": 5, \"totalThoughts\": 6, \"branchFromThought\": 2, \"branchId\": \"7\"}",
      "{\"thought\": \"Revision without a number, and ünïcödé 😀\", \"nextThoughtNeeded\": \"FALSE\", \"thoughtNumber\": 6, \"totalThoughts\": 6, \"isRevision\": \"True\"}",
      "{\"thought\": \"A branch without an id\", \"nextThoughtNeeded\": false, \"thoughtNumber\": 7, \"totalThoughts\": 7, \"branchFromThought\": 3, \"isRevision\": false}");

  private static StdioClientTransport official(List<String> stderr, String forceColor) {
    return StdioClientTransport.builder(NodeTools.node22().toString(),
            NodeTools.packageBin(OFFICIAL, "mcp-server-sequential-thinking").toString())
        .env("FORCE_COLOR", forceColor).stderr(stderr::add).name("server-sequential-thinking")
        .build();
  }

  private static StdioClientTransport ours(List<String> stderr, String forceColor) {
    return StdioClientTransport.builder(NodeTools.repositoryRoot().resolve("jmcp").toString(),
            "server", "sequential-thinking")
        .env("FORCE_COLOR", forceColor).stderr(stderr::add).name("jmcp-sequential-thinking")
        .build();
  }

  private static McpClient connect(StdioClientTransport transport) {
    return McpClient.builder(Implementation.of("side-by-side", "1.0")).connect(transport);
  }

  private static CallToolResult think(McpClient client, String json) {
    return client.callTool("sequentialthinking", McpJson.mapper().readValue(json, Map.class));
  }

  private static String text(CallToolResult result) {
    return ((TextContent) result.content().getFirst()).text();
  }

  @Test
  void sameTool() {
    try (McpClient ours = connect(ours(new ArrayList<>(), "0"));
        McpClient theirs = connect(official(new ArrayList<>(), "0"))) {
      Tool mine = ours.listTools().getFirst();
      Tool official = theirs.listTools().getFirst();
      assertThat(mine.name()).isEqualTo(official.name());
      assertThat(mine.title()).isEqualTo(official.title());
      assertThat(mine.annotations()).isEqualTo(official.annotations());
      assertThat(mine.outputSchema()).isEqualTo(official.outputSchema());
      // The same arguments; ours lists the numbers as integer-or-string since both servers take
      // numeric strings and jmcp validates against what it lists.
      ObjectNode widened = official.inputSchema().deepCopy();
      for (String number : List.of("thoughtNumber", "totalThoughts", "revisesThought",
          "branchFromThought")) {
        ObjectNode property = (ObjectNode) widened.path("properties").path(number);
        property.putArray("type").add("integer").add("string");
      }
      assertThat(mine.inputSchema()).isEqualTo(widened);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "1"})
  void sameResultsAndSameBoxes(String forceColor) {
    List<String> ourLog = new CopyOnWriteArrayList<>();
    List<String> theirLog = new CopyOnWriteArrayList<>();
    try (McpClient ours = connect(ours(ourLog, forceColor));
        McpClient theirs = connect(official(theirLog, forceColor))) {
      for (String thought : THOUGHTS) {
        CallToolResult expected = think(theirs, thought);
        CallToolResult actual = think(ours, thought);
        assertThat(actual.isError()).as(thought).isEqualTo(expected.isError()).isNull();
        assertThat(text(actual)).as(thought).isEqualTo(text(expected));
        assertThat(actual.structuredContent()).as(thought)
            .isEqualTo(expected.structuredContent());
      }
      for (String invalid : List.of(
          "{\"thought\": \"x\", \"nextThoughtNeeded\": \"maybe\", \"thoughtNumber\": 1, \"totalThoughts\": 1}",
          "{\"thought\": \"x\", \"nextThoughtNeeded\": true, \"thoughtNumber\": 0, \"totalThoughts\": 1}",
          "{\"thought\": \"x\", \"nextThoughtNeeded\": true, \"thoughtNumber\": \"one\", \"totalThoughts\": 1}",
          "{\"thought\": \"x\", \"nextThoughtNeeded\": true, \"thoughtNumber\": 1.5, \"totalThoughts\": 1}",
          "{\"nextThoughtNeeded\": true, \"thoughtNumber\": 1, \"totalThoughts\": 1}")) {
        assertThat(think(ours, invalid).isError()).as(invalid).isTrue();
        assertThat(think(theirs, invalid).isError()).as(invalid).isTrue();
      }
    }
    // Five lines per box (the blank line before each is not passed on as a line).
    List<String> theirBoxes = theirLog.stream()
        .filter(line -> !line.isBlank() && !line.contains("running on stdio")).toList();
    assertThat(theirBoxes).hasSize(5 * THOUGHTS.size());
    assertThat(theirBoxes.stream().anyMatch(line -> line.contains("\u001b[")))
        .as("coloured").isEqualTo(forceColor.equals("1"));
    assertThat(ourLog.stream().filter(line -> !line.isBlank() && !line.startsWith("jmcp:"))
        .toList()).isEqualTo(theirBoxes);
  }
}
