package io.jmcp.servers.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jmcp.client.McpClient;
import io.jmcp.schema.McpJson;
import io.jmcp.schema.content.TextContent;
import io.jmcp.schema.tools.CallToolResult;
import io.jmcp.schema.tools.Tool;
import io.jmcp.server.McpServer;
import io.jmcp.test.McpTestKit;
import io.jmcp.test.TestConnection;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class TimeServerTest {

  private McpServer server;
  private TestConnection connection;
  private McpClient client;

  /** The server as it would run at {@code instant}, with Europe/Lisbon as the local zone. */
  private void startAt(String instant) {
    server = TimeServer.create("Europe/Lisbon",
        Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
    connection = McpTestKit.open(server, builder -> builder);
    client = connection.client();
  }

  @AfterEach
  void close() {
    assertThat(connection.schemaViolations()).isEmpty();
    connection.close();
    server.close();
  }

  private String call(String tool, Map<String, String> arguments) {
    CallToolResult result = client.callTool(tool, Map.copyOf(arguments));
    assertThat(result.isError()).as("%s", result.content()).isNull();
    assertThat(result.structuredContent()).isNull();
    return ((TextContent) result.content().getFirst()).text();
  }

  private String error(String tool, Map<String, String> arguments) {
    CallToolResult result = client.callTool(tool, Map.copyOf(arguments));
    assertThat(result.isError()).isTrue();
    return ((TextContent) result.content().getFirst()).text();
  }

  private JsonNode convert(String source, String time, String target) {
    return McpJson.mapper().readTree(call("convert_time",
        Map.of("source_timezone", source, "time", time, "target_timezone", target)));
  }

  @Test
  void listsTheOfficialToolsNamingTheLocalTimezone() {
    startAt("2026-07-01T12:00:00Z");
    List<Tool> tools = client.listTools();
    assertThat(tools).extracting(Tool::name).containsExactly("get_current_time", "convert_time");
    assertThat(tools.get(0).inputSchema().toString()).isEqualTo("{\"type\":\"object\","
        + "\"properties\":{\"timezone\":{\"type\":\"string\",\"description\":\"IANA timezone name "
        + "(e.g., 'America/New_York', 'Europe/London'). Use 'Europe/Lisbon' as local timezone if "
        + "no timezone provided by the user.\"}},\"required\":[\"timezone\"]}");
    assertThat(tools.get(1).inputSchema().path("required").toString())
        .isEqualTo("[\"source_timezone\",\"time\",\"target_timezone\"]");
    assertThat(tools).allSatisfy(tool -> {
      assertThat(tool.annotations().readOnlyHint()).isTrue();
      assertThat(tool.annotations().destructiveHint()).isFalse();
      assertThat(tool.annotations().idempotentHint()).isTrue();
      assertThat(tool.annotations().openWorldHint()).isFalse();
      assertThat(tool.outputSchema()).isNull();
    });
  }

  @Test
  void currentTimeAsPythonPrintsIt() {
    startAt("2026-07-01T12:00:00.750Z");
    assertThat(call("get_current_time", Map.of("timezone", "Europe/Warsaw"))).isEqualTo("""
        {
          "timezone": "Europe/Warsaw",
          "datetime": "2026-07-01T14:00:00+02:00",
          "day_of_week": "Wednesday",
          "is_dst": true
        }""");
    JsonNode utc = McpJson.mapper().readTree(call("get_current_time", Map.of("timezone", "UTC")));
    assertThat(utc.path("datetime").asString()).isEqualTo("2026-07-01T12:00:00+00:00");
    assertThat(utc.path("is_dst").asBoolean()).isFalse();
    JsonNode sydney = McpJson.mapper().readTree(
        call("get_current_time", Map.of("timezone", "Australia/Sydney")));
    assertThat(sydney.path("datetime").asString()).isEqualTo("2026-07-01T22:00:00+10:00");
    assertThat(sydney.path("is_dst").asBoolean()).isFalse();
  }

  @Test
  void anEmptyTimezoneIsTheLocalOne() {
    startAt("2026-01-15T12:00:00Z");
    JsonNode local = McpJson.mapper().readTree(call("get_current_time", Map.of("timezone", "")));
    assertThat(local.path("timezone").asString()).isEqualTo("Europe/Lisbon");
    assertThat(local.path("datetime").asString()).isEqualTo("2026-01-15T12:00:00+00:00");
    assertThat(convert("", "10:00", "Europe/Paris").path("target").path("datetime").asString())
        .isEqualTo("2026-01-15T11:00:00+01:00");
  }

  @Test
  void convertsWithWholeAndFractionalDifferences() {
    startAt("2026-01-15T12:00:00Z");
    assertThat(call("convert_time", Map.of("source_timezone", "America/New_York",
        "time", "09:30", "target_timezone", "Asia/Kathmandu"))).isEqualTo("""
        {
          "source": {
            "timezone": "America/New_York",
            "datetime": "2026-01-15T09:30:00-05:00",
            "day_of_week": "Thursday",
            "is_dst": false
          },
          "target": {
            "timezone": "Asia/Kathmandu",
            "datetime": "2026-01-15T20:15:00+05:45",
            "day_of_week": "Thursday",
            "is_dst": false
          },
          "time_difference": "+10.75h"
        }""");
    assertThat(convert("Asia/Kathmandu", "20:15", "America/New_York")
        .path("time_difference").asString()).isEqualTo("-10.75h");
    assertThat(convert("UTC", "12:00", "Asia/Kolkata").path("time_difference").asString())
        .isEqualTo("+5.5h");
    assertThat(convert("Europe/London", "12:00", "Asia/Tokyo").path("time_difference").asString())
        .isEqualTo("+9.0h");
    assertThat(convert("Europe/London", "12:00", "UTC").path("time_difference").asString())
        .isEqualTo("+0.0h");
    JsonNode crossesMidnight = convert("Pacific/Auckland", "9:5", "America/Los_Angeles");
    assertThat(crossesMidnight.path("source").path("datetime").asString())
        .isEqualTo("2026-01-16T09:05:00+13:00");
    assertThat(crossesMidnight.path("source").path("is_dst").asBoolean()).isTrue();
    assertThat(crossesMidnight.path("target").path("datetime").asString())
        .isEqualTo("2026-01-15T12:05:00-08:00");
    assertThat(crossesMidnight.path("target").path("day_of_week").asString())
        .isEqualTo("Thursday");
  }

  @Test
  void theDateIsTodayInTheSourceTimezone() {
    startAt("2026-03-08T23:30:00Z");
    assertThat(convert("Asia/Tokyo", "08:00", "UTC").path("source").path("datetime").asString())
        .isEqualTo("2026-03-09T08:00:00+09:00");
    assertThat(convert("America/Denver", "08:00", "UTC").path("source").path("datetime")
        .asString()).isEqualTo("2026-03-08T08:00:00-06:00");
  }

  @Test
  void aTimeSkippedBySpringForwardIsRefused() {
    startAt("2026-03-08T15:00:00Z");
    assertThat(error("convert_time", Map.of("source_timezone", "America/New_York",
        "time", "02:30", "target_timezone", "UTC"))).isEqualTo(
        "Error processing mcp-server-time query: Invalid time: 02:30 does not exist in "
            + "America/New_York on 2026-03-08 (skipped by a clock change)");
    JsonNode after = convert("America/New_York", "03:00", "UTC");
    assertThat(after.path("source").path("datetime").asString())
        .isEqualTo("2026-03-08T03:00:00-04:00");
    assertThat(after.path("source").path("is_dst").asBoolean()).isTrue();
    JsonNode before = convert("America/New_York", "01:59", "UTC");
    assertThat(before.path("source").path("is_dst").asBoolean()).isFalse();
    assertThat(before.path("time_difference").asString()).isEqualTo("+5.0h");
  }

  @Test
  void anAmbiguousFallBackTimeIsItsFirstOccurrence() {
    startAt("2026-11-01T12:00:00Z");
    JsonNode repeated = convert("America/New_York", "01:30", "UTC");
    assertThat(repeated.path("source").path("datetime").asString())
        .isEqualTo("2026-11-01T01:30:00-04:00");
    assertThat(repeated.path("source").path("is_dst").asBoolean()).isTrue();
    assertThat(repeated.path("target").path("datetime").asString())
        .isEqualTo("2026-11-01T05:30:00+00:00");
  }

  @Test
  void differencesFollowEachSidesDaylightSaving() {
    // Between the US (8 March) and EU (29 March) changes New York is 4 hours behind London.
    startAt("2026-03-15T12:00:00Z");
    assertThat(convert("America/New_York", "09:00", "Europe/London")
        .path("time_difference").asString()).isEqualTo("+4.0h");
    // The southern summer: Sydney is in daylight saving time in January.
    JsonNode sydney = McpJson.mapper().readTree(call("get_current_time",
        Map.of("timezone", "Australia/Sydney")));
    assertThat(sydney.path("is_dst").asBoolean()).isTrue();
  }

  @Test
  void badZonesAndTimesAreClearErrors() {
    startAt("2026-01-15T12:00:00Z");
    assertThat(error("get_current_time", Map.of("timezone", "Mars/Olympus")))
        .startsWith("Error processing mcp-server-time query: Invalid timezone: "
            + "'No time zone found with key Mars/Olympus'")
        .contains("IANA name");
    assertThat(error("get_current_time", Map.of("timezone", "europe/london")))
        .contains("did you mean 'Europe/London'");
    assertThat(error("get_current_time", Map.of("timezone", "+05:00"))).contains("Invalid timezone");
    for (String time : List.of("24:00", "12:30:00", " 9:30", "9:60", "noon", "")) {
      assertThat(error("convert_time", Map.of("source_timezone", "UTC", "time", time,
          "target_timezone", "UTC"))).as(time).isEqualTo(
          "Error processing mcp-server-time query: Invalid time format. Expected HH:MM "
              + "[24-hour format]");
    }
    assertThat(error("convert_time", Map.of("source_timezone", "UTC", "time", "10:00")))
        .contains("target_timezone");
  }

  @Test
  void tzDatabaseLinksTheJdkLacksAreAccepted() {
    startAt("2026-01-15T12:00:00Z");
    JsonNode est = McpJson.mapper().readTree(call("get_current_time", Map.of("timezone", "EST")));
    assertThat(est.path("timezone").asString()).isEqualTo("EST");
    assertThat(est.path("datetime").asString()).isEqualTo("2026-01-15T07:00:00-05:00");
  }

  @Test
  void anUnknownLocalTimezoneIsRefused() {
    startAt("2026-01-15T12:00:00Z");
    assertThatThrownBy(() -> TimeServer.create("Nowhere/Land", Clock.systemUTC()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Nowhere/Land");
  }
}
