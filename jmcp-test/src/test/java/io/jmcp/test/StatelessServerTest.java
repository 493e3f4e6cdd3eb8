package io.jmcp.test;

import static org.assertj.core.api.Assertions.assertThat;

import io.jmcp.client.McpClient;
import io.jmcp.jsonrpc.ErrorCodes;
import io.jmcp.jsonrpc.JsonRpcMessage;
import io.jmcp.jsonrpc.JsonRpcNotification;
import io.jmcp.schema.CacheHint;
import io.jmcp.schema.McpJson;
import io.jmcp.schema.Meta;
import io.jmcp.schema.ProtocolVersion;
import io.jmcp.schema.elicitation.ElicitResult;
import io.jmcp.schema.tools.CallToolResult;
import io.jmcp.schema.tools.Tool;
import io.jmcp.server.CacheableKind;
import io.jmcp.server.McpServer;
import io.jmcp.server.ServerTool;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The server side of 2026-07-28 over a raw connection: every request stands alone with its own
 * {@code _meta}; results carry {@code resultType}, cache hints and the server's identity; input
 * from the client comes through multi round-trip requests whose state the client cannot forge;
 * list changes reach listen streams. The same server still serves legacy clients.
 */
class StatelessServerTest {

  private static final String ALL_CAPABILITIES = """
      {"elicitation":{"form":{}},"sampling":{"tools":{}},"roots":{}}""";

  private final McpServer server = Fixtures.builder()
      .cacheHint(CacheableKind.TOOLS_LIST, CacheHint.publicFor(Duration.ofMinutes(5)))
      .build();

  /** A 2026-07-28 request with {@code _meta} made of the given capabilities and log level. */
  static String request(Object id, String method, @Nullable String params,
      @Nullable String capabilities, @Nullable String logLevel) {
    ObjectNode json = McpJson.object();
    json.put("jsonrpc", "2.0");
    if (id instanceof Number n) {
      json.put("id", n.longValue());
    } else {
      json.put("id", id.toString());
    }
    json.put("method", method);
    ObjectNode body = params == null ? McpJson.object()
        : (ObjectNode) McpJson.mapper().readTree(params);
    ObjectNode meta = body.has("_meta") ? (ObjectNode) body.get("_meta") : body.putObject("_meta");
    meta.put(Meta.PROTOCOL_VERSION, "2026-07-28");
    meta.set(Meta.CLIENT_CAPABILITIES,
        McpJson.mapper().readTree(capabilities == null ? "{}" : capabilities));
    meta.set(Meta.CLIENT_INFO, McpJson.mapper().readTree(
        "{\"name\":\"raw\",\"version\":\"1\"}"));
    if (logLevel != null) {
      meta.put(Meta.LOG_LEVEL, logLevel);
    }
    json.set("params", body);
    return json.toString();
  }

  static String request(Object id, String method, @Nullable String params) {
    return request(id, method, params, ALL_CAPABILITIES, null);
  }

  private static void assertSchemaValid(RawClient raw) {
    assertThat(ProtocolSchema.of(ProtocolVersion.V2026_07_28).validate(raw.log, null)).isEmpty();
  }

  @Test
  void discoverNamesVersionsCapabilitiesAndTheServer() throws Exception {
    try (RawClient raw = new RawClient(server)) {
      JsonNode result = raw.exchange(request(1, "server/discover", null), 1).json();
      assertThat(result.path("resultType").asString()).isEqualTo("complete");
      assertThat(result.path("supportedVersions").toString()).contains("2026-07-28");
      assertThat(result.path("capabilities").has("tools")).isTrue();
      assertThat(result.path("capabilities").has("tasks")).isFalse();
      assertThat(result.path("ttlMs").isIntegralNumber()).isTrue();
      assertThat(result.path("cacheScope").asString()).isEqualTo("private");
      assertThat(result.path("instructions").asString()).isEqualTo("Use echo to echo.");
      assertThat(result.path("_meta").path(Meta.SERVER_INFO).path("name").asString())
          .isEqualTo("fixture");
      assertSchemaValid(raw);
    }
  }

  @Test
  void malformedRequestsAreRefusedWithTheRightCodes() throws Exception {
    try (RawClient raw = new RawClient(server)) {
      assertThat(raw.exchange("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"server/discover\","
          + "\"params\":{}}", 1).errorCode()).isEqualTo(ErrorCodes.INVALID_PARAMS);
      String noCapabilities = "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\",\"params\":"
          + "{\"_meta\":{\"io.modelcontextprotocol/protocolVersion\":\"2026-07-28\"}}}";
      assertThat(raw.exchange(noCapabilities, 2).errorCode()).isEqualTo(ErrorCodes.INVALID_PARAMS);

      RawClient.Exchange future = raw.exchange(request(3, "tools/list", null)
          .replace("2026-07-28", "2099-01-01"), 3);
      assertThat(future.errorCode()).isEqualTo(ErrorCodes.UNSUPPORTED_PROTOCOL_VERSION);
      assertThat(future.error().error().data().path("supported").toString())
          .contains("2026-07-28");
      assertThat(future.error().error().data().path("requested").asString())
          .isEqualTo("2099-01-01");

      for (String removed : new String[] {"ping", "logging/setLevel", "resources/subscribe",
          "initialize"}) {
        assertThat(raw.exchange(request(removed, removed, null), removed).errorCode())
            .as(removed).isEqualTo(ErrorCodes.METHOD_NOT_FOUND);
      }
      RawClient.Exchange badLevel = raw.exchange(request(4, "tools/list", null, "{}", "loud"), 4);
      assertThat(badLevel.errorCode()).isEqualTo(ErrorCodes.INVALID_PARAMS);
    }
  }

  @Test
  void resultsCarryTheirTypeCacheHintsAndServerIdentity() throws Exception {
    try (RawClient raw = new RawClient(server)) {
      JsonNode tools = raw.exchange(request(1, "tools/list", null), 1).json();
      assertThat(tools.path("resultType").asString()).isEqualTo("complete");
      assertThat(tools.path("ttlMs").asLong()).isEqualTo(300_000);
      assertThat(tools.path("cacheScope").asString()).isEqualTo("public");
      assertThat(tools.path("tools").get(0).path("name").asString()).isEqualTo("echo");

      JsonNode read = raw.exchange(request(2, "resources/read",
          "{\"uri\":\"test://static\"}"), 2).json();
      assertThat(read.path("ttlMs").asLong()).isZero();
      assertThat(read.path("contents").get(0).path("text").asString()).isEqualTo("static text");

      JsonNode call = raw.exchange(request(3, "tools/call",
          "{\"name\":\"echo\",\"arguments\":{\"text\":\"hi\"}}"), 3).json();
      assertThat(call.path("resultType").asString()).isEqualTo("complete");
      assertThat(call.has("ttlMs")).isFalse();
      assertThat(call.path("_meta").path(Meta.SERVER_INFO).path("version").asString())
          .isEqualTo("1.2.3");

      RawClient.Exchange missing = raw.exchange(request(4, "resources/read",
          "{\"uri\":\"nothing://here\"}"), 4);
      assertThat(missing.errorCode()).isEqualTo(ErrorCodes.INVALID_PARAMS);
      assertThat(missing.error().error().data().path("uri").asString()).isEqualTo("nothing://here");
      assertSchemaValid(raw);
    }
  }

  @Test
  void logMessagesOnlyWhenTheRequestAsksForALevel() throws Exception {
    try (RawClient raw = new RawClient(server)) {
      RawClient.Exchange quiet = raw.exchange(request(1, "tools/call", "{\"name\":\"log\"}"), 1);
      assertThat(quiet.notifications()).isEmpty();
      RawClient.Exchange loud = raw.exchange(request(2, "tools/call", "{\"name\":\"log\"}",
          "{}", "info"), 2);
      assertThat(loud.notifications()).extracting(JsonRpcNotification::method)
          .containsExactly("notifications/message", "notifications/message");
      RawClient.Exchange progress = raw.exchange(request(3, "tools/call",
          "{\"name\":\"progress\",\"_meta\":{\"progressToken\":\"p\"}}"), 3);
      assertThat(progress.notifications()).hasSize(3)
          .allSatisfy(n -> assertThat(n.params().path("progressToken").asString()).isEqualTo("p"));
      assertSchemaValid(raw);
    }
  }

  @Test
  void anElicitationTakesTwoRoundsAndTheStateCarriesTheAnswer() throws Exception {
    try (RawClient raw = new RawClient(server)) {
      JsonNode first = raw.exchange(request(1, "tools/call", "{\"name\":\"ask\"}"), 1).json();
      assertThat(first.path("resultType").asString()).isEqualTo("input_required");
      JsonNode question = first.path("inputRequests").path("elicitation-1");
      assertThat(question.path("method").asString()).isEqualTo("elicitation/create");
      assertThat(question.path("params").path("message").asString()).isEqualTo("Who are you?");
      String state = first.path("requestState").asString();
      assertThat(state).startsWith("v1.");

      JsonNode second = raw.exchange(request(2, "tools/call", "{\"name\":\"ask\","
          + "\"inputResponses\":{\"elicitation-1\":{\"action\":\"accept\","
          + "\"content\":{\"name\":\"Ada\"}}},\"requestState\":\"" + state + "\"}"), 2).json();
      assertThat(second.path("resultType").asString()).isEqualTo("complete");
      assertThat(second.path("content").get(0).path("text").asString())
          .isEqualTo("accept {name=\"Ada\"}");
      assertSchemaValid(raw);
    }
  }

  @Test
  void aMultiRoundAgentKeepsEveryEarlierAnswer() throws Exception {
    try (RawClient raw = new RawClient(server)) {
      // The agent samples twice: first the model asks for the weather tool, then it answers.
      JsonNode first = raw.exchange(request(1, "tools/call", "{\"name\":\"agent\"}"), 1).json();
      assertThat(first.path("inputRequests").has("sampling-1")).isTrue();
      String toolUse = "{\"role\":\"assistant\",\"model\":\"m\",\"stopReason\":\"toolUse\","
          + "\"content\":[{\"type\":\"tool_use\",\"id\":\"u1\",\"name\":\"weather\","
          + "\"input\":{\"city\":\"Oslo\"}}]}";
      JsonNode second = raw.exchange(request(2, "tools/call", "{\"name\":\"agent\","
          + "\"inputResponses\":{\"sampling-1\":" + toolUse + "},\"requestState\":\""
          + first.path("requestState").asString() + "\"}"), 2).json();
      assertThat(second.path("resultType").asString()).isEqualTo("input_required");
      JsonNode followUp = second.path("inputRequests").path("sampling-2");
      assertThat(followUp.path("params").path("messages").toString()).contains("sunny in Oslo");
      String answer = "{\"role\":\"assistant\",\"model\":\"m\",\"stopReason\":\"endTurn\","
          + "\"content\":{\"type\":\"text\",\"text\":\"It is sunny.\"}}";
      JsonNode third = raw.exchange(request(3, "tools/call", "{\"name\":\"agent\","
          + "\"inputResponses\":{\"sampling-2\":" + answer + "},\"requestState\":\""
          + second.path("requestState").asString() + "\"}"), 3).json();
      assertThat(third.path("content").get(0).path("text").asString()).isEqualTo("It is sunny.");
      assertSchemaValid(raw);
    }
  }

  @Test
  void aTamperedStateIsRefused() throws Exception {
    try (RawClient raw = new RawClient(server)) {
      String state = raw.exchange(request(1, "tools/call", "{\"name\":\"ask\"}"), 1).json()
          .path("requestState").asString();
      int dot = state.lastIndexOf('.');
      String payload = state.substring(0, dot);
      // Flip one character of the payload: the MAC no longer matches.
      char[] chars = payload.toCharArray();
      chars[5] = chars[5] == 'A' ? 'B' : 'A';
      String tampered = new String(chars) + state.substring(dot);
      RawClient.Exchange refused = raw.exchange(request(2, "tools/call", "{\"name\":\"ask\","
          + "\"requestState\":\"" + tampered + "\"}"), 2);
      assertThat(refused.errorCode()).isEqualTo(ErrorCodes.INVALID_PARAMS);
      assertThat(refused.error().error().message()).contains("altered");
      assertThat(raw.exchange(request(3, "tools/call", "{\"name\":\"ask\","
          + "\"requestState\":\"garbage\"}"), 3).errorCode()).isEqualTo(ErrorCodes.INVALID_PARAMS);
    }
  }

  @Test
  void aStateReplayedOnAnotherRequestIsRefused() throws Exception {
    try (RawClient raw = new RawClient(server)) {
      String state = raw.exchange(request(1, "tools/call", "{\"name\":\"ask\"}"), 1).json()
          .path("requestState").asString();
      RawClient.Exchange otherTool = raw.exchange(request(2, "tools/call", "{\"name\":\"sample\","
          + "\"requestState\":\"" + state + "\"}"), 2);
      assertThat(otherTool.errorCode()).isEqualTo(ErrorCodes.INVALID_PARAMS);
      assertThat(otherTool.error().error().message()).contains("different request");
      RawClient.Exchange otherArguments = raw.exchange(request(3, "tools/call",
          "{\"name\":\"ask\",\"arguments\":{\"x\":1},\"requestState\":\"" + state + "\"}"), 3);
      assertThat(otherArguments.errorCode()).isEqualTo(ErrorCodes.INVALID_PARAMS);
    }
  }

  @Test
  void withSingleUseAStateIsAcceptedOnce() throws Exception {
    McpServer strict = Fixtures.builder().singleUseRequestState(true).build();
    try (RawClient raw = new RawClient(strict)) {
      String state = raw.exchange(request(1, "tools/call", "{\"name\":\"ask\"}"), 1).json()
          .path("requestState").asString();
      String retry = "{\"name\":\"ask\",\"inputResponses\":{\"elicitation-1\":{\"action\":"
          + "\"decline\"}},\"requestState\":\"" + state + "\"}";
      assertThat(raw.exchange(request(2, "tools/call", retry), 2).json()
          .path("resultType").asString()).isEqualTo("complete");
      RawClient.Exchange replay = raw.exchange(request(3, "tools/call", retry), 3);
      assertThat(replay.errorCode()).isEqualTo(ErrorCodes.INVALID_PARAMS);
      assertThat(replay.error().error().message()).contains("already used");
    }
  }

  @Test
  void anExpiredStateIsRefused() throws Exception {
    McpServer hasty = Fixtures.builder().requestStateTtl(Duration.ofMillis(1)).build();
    try (RawClient raw = new RawClient(hasty)) {
      String state = raw.exchange(request(1, "tools/call", "{\"name\":\"ask\"}"), 1).json()
          .path("requestState").asString();
      Thread.sleep(20);
      RawClient.Exchange late = raw.exchange(request(2, "tools/call", "{\"name\":\"ask\","
          + "\"inputResponses\":{\"elicitation-1\":{\"action\":\"cancel\"}},"
          + "\"requestState\":\"" + state + "\"}"), 2);
      assertThat(late.errorCode()).isEqualTo(ErrorCodes.INVALID_PARAMS);
      assertThat(late.error().error().message()).contains("expired");
    }
  }

  @Test
  void aStateFromAnotherServerKeyIsRefusedButASharedKeyIsAccepted() throws Exception {
    byte[] key = new byte[32];
    key[0] = 7;
    McpServer first = Fixtures.builder().requestStateKey(key).build();
    McpServer second = Fixtures.builder().requestStateKey(key).build();
    McpServer stranger = Fixtures.builder().build();
    String state;
    try (RawClient raw = new RawClient(first)) {
      state = raw.exchange(request(1, "tools/call", "{\"name\":\"ask\"}"), 1).json()
          .path("requestState").asString();
    }
    String retry = "{\"name\":\"ask\",\"inputResponses\":{\"elicitation-1\":{\"action\":"
        + "\"accept\",\"content\":{\"name\":\"Bo\"}}},\"requestState\":\"" + state + "\"}";
    try (RawClient raw = new RawClient(second)) {
      assertThat(raw.exchange(request(2, "tools/call", retry), 2).json()
          .path("content").get(0).path("text").asString()).contains("Bo");
    }
    try (RawClient raw = new RawClient(stranger)) {
      assertThat(raw.exchange(request(2, "tools/call", retry), 2).errorCode())
          .isEqualTo(ErrorCodes.INVALID_PARAMS);
    }
  }

  @Test
  void onlyDeclaredCapabilitiesAreAskedFor() throws Exception {
    try (RawClient raw = new RawClient(server)) {
      RawClient.Exchange refused = raw.exchange(request(1, "tools/call", "{\"name\":\"sample\"}",
          "{\"elicitation\":{}}", null), 1);
      assertThat(refused.errorCode()).isEqualTo(ErrorCodes.MISSING_REQUIRED_CLIENT_CAPABILITY);
      assertThat(refused.error().error().data().path("requiredCapabilities").has("sampling"))
          .isTrue();
      // Tools in sampling need sampling.tools as well.
      assertThat(raw.exchange(request(2, "tools/call", "{\"name\":\"agent\"}",
          "{\"sampling\":{}}", null), 2).errorCode())
          .isEqualTo(ErrorCodes.MISSING_REQUIRED_CLIENT_CAPABILITY);
    }
  }

  @Test
  void askingSeveralThingsAtOnceUsesTheHandlersKeys() throws Exception {
    AtomicInteger runs = new AtomicInteger();
    McpServer asking = Fixtures.builder().tool(new ServerTool(Tool.builder("survey").build(),
        (args, context) -> {
          runs.incrementAndGet();
          var answers = context.ask(io.jmcp.schema.mrtr.InputRequests.of(
              "user_name", io.jmcp.schema.elicitation.ElicitFormRequest.of("Name?",
                  io.jmcp.schema.elicitation.ElicitationSchema.builder()
                      .required("name", io.jmcp.schema.elicitation.StringSchema.of("Name", null))
                      .build()),
              "client_roots", io.jmcp.schema.roots.ListRootsRequest.of()));
          ElicitResult name = answers.get("user_name", ElicitResult.class).orElseThrow();
          return CallToolResult.text("Hello, " + name.content().get("name").asString()
              + "; roots: " + answers.get("client_roots",
                  io.jmcp.schema.roots.ListRootsResult.class).orElseThrow().roots().size());
        })).build();
    try (RawClient raw = new RawClient(asking)) {
      JsonNode first = raw.exchange(request(1, "tools/call", "{\"name\":\"survey\"}"), 1).json();
      assertThat(first.path("inputRequests").propertyNames())
          .containsExactly("user_name", "client_roots");
      JsonNode done = raw.exchange(request(2, "tools/call", "{\"name\":\"survey\","
          + "\"inputResponses\":{\"user_name\":{\"action\":\"accept\",\"content\":{\"name\":"
          + "\"Ada\"}},\"client_roots\":{\"roots\":[{\"uri\":\"file:///tmp\"}]},"
          + "\"ignored\":{\"x\":1}},\"requestState\":\""
          + first.path("requestState").asString() + "\"}"), 2).json();
      assertThat(done.path("content").get(0).path("text").asString())
          .isEqualTo("Hello, Ada; roots: 1");
      assertThat(runs).hasValue(2);
      // The test itself sent an invalid extra answer on purpose; only the server's side counts.
      assertThat(ProtocolSchema.of(ProtocolVersion.V2026_07_28)
          .validate(raw.log, WireRecorder.Direction.RECEIVED)).isEmpty();
    }
  }

  @Test
  void aMissingAnswerAsksAgainAndAMalformedOneIsRefused() throws Exception {
    try (RawClient raw = new RawClient(server)) {
      String state = raw.exchange(request(1, "tools/call", "{\"name\":\"ask\"}"), 1).json()
          .path("requestState").asString();
      JsonNode again = raw.exchange(request(2, "tools/call", "{\"name\":\"ask\","
          + "\"requestState\":\"" + state + "\"}"), 2).json();
      assertThat(again.path("resultType").asString()).isEqualTo("input_required");
      assertThat(again.path("inputRequests").has("elicitation-1")).isTrue();
      RawClient.Exchange malformed = raw.exchange(request(3, "tools/call", "{\"name\":\"ask\","
          + "\"inputResponses\":{\"elicitation-1\":{\"content\":{}}},\"requestState\":\""
          + state + "\"}"), 3);
      assertThat(malformed.errorCode()).isEqualTo(ErrorCodes.INVALID_PARAMS);
    }
  }

  @Test
  void listenStreamsCarryOnlyWhatWasAskedTaggedWithTheSubscription() throws Exception {
    try (RawClient raw = new RawClient(server)) {
      raw.send(request("listen-1", "subscriptions/listen", "{\"notifications\":"
          + "{\"toolsListChanged\":true,\"resourceSubscriptions\":[\"test://static\"]}}"));
      JsonRpcNotification ack = (JsonRpcNotification) raw.next(Duration.ofSeconds(5));
      assertThat(ack.method()).isEqualTo("notifications/subscriptions/acknowledged");
      assertThat(ack.params().path("_meta").path(Meta.SUBSCRIPTION_ID).asString())
          .isEqualTo("listen-1");
      assertThat(ack.params().path("notifications").path("toolsListChanged").asBoolean()).isTrue();

      server.addPrompt(new io.jmcp.server.ServerPrompt(
          io.jmcp.schema.prompts.Prompt.of("new", "not asked for"),
          (arguments, context) -> io.jmcp.schema.prompts.GetPromptResult.of("x")));
      server.addTool(new ServerTool(Tool.builder("late").build(),
          (args, context) -> CallToolResult.text("late")));
      server.notifyResourceUpdated("test://other");
      server.notifyResourceUpdated("test://static");
      JsonRpcNotification tools = (JsonRpcNotification) raw.next(Duration.ofSeconds(5));
      assertThat(tools.method()).isEqualTo("notifications/tools/list_changed");
      assertThat(tools.params().path("_meta").path(Meta.SUBSCRIPTION_ID).asString())
          .isEqualTo("listen-1");
      JsonRpcNotification updated = (JsonRpcNotification) raw.next(Duration.ofSeconds(5));
      assertThat(updated.method()).isEqualTo("notifications/resources/updated");
      assertThat(updated.params().path("uri").asString()).isEqualTo("test://static");

      // Cancelling ends the subscription without a response.
      raw.send("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/cancelled\",\"params\":"
          + "{\"requestId\":\"listen-1\"}}");
      assertThat(raw.next(Duration.ofMillis(300))).isNull();
      server.addTool(new ServerTool(Tool.builder("later").build(),
          (args, context) -> CallToolResult.text("later")));
      assertThat(raw.next(Duration.ofMillis(300))).isNull();
      assertSchemaValid(raw);
    }
  }

  @Test
  void aServerClosingEndsListenStreamsWithAResult() throws Exception {
    McpServer closing = Fixtures.server();
    try (RawClient raw = new RawClient(closing)) {
      raw.send(request(9, "subscriptions/listen", "{\"notifications\":{\"toolsListChanged\":true}}"));
      assertThat(raw.next(Duration.ofSeconds(5))).isInstanceOf(JsonRpcNotification.class);
      closing.close();
      JsonRpcMessage end = raw.next(Duration.ofSeconds(5));
      assertThat(end).isInstanceOf(io.jmcp.jsonrpc.JsonRpcResult.class);
      JsonNode result = ((io.jmcp.jsonrpc.JsonRpcResult) end).result();
      assertThat(result.path("_meta").path(Meta.SUBSCRIPTION_ID).asLong()).isEqualTo(9);
    }
  }

  @Test
  void theSameHandlerAnswersAnElicitationInBothEras() throws Exception {
    // Legacy: the question is a server-to-client request answered by the client's handler.
    try (McpClient legacy = McpTestKit.connect(server, b -> b
        .protocolVersion(ProtocolVersion.V2025_11_25)
        .elicitation((request, context) -> ElicitResult.accept(
            Map.of("name", McpJson.toTree("Ada")))))) {
      // (the jmcp client fills in the form's defaults)
      assertThat(Fixtures.text(legacy.callTool("ask", Map.of())))
          .isEqualTo("accept {name=\"Ada\", age=30}");
    }
    // 2026-07-28: the same handler, unchanged, asks through a multi round-trip request.
    try (RawClient raw = new RawClient(server)) {
      String state = raw.exchange(request(1, "tools/call", "{\"name\":\"ask\"}"), 1).json()
          .path("requestState").asString();
      assertThat(raw.exchange(request(2, "tools/call", "{\"name\":\"ask\",\"inputResponses\":"
          + "{\"elicitation-1\":{\"action\":\"accept\",\"content\":{\"name\":\"Ada\","
          + "\"age\":30}}},\"requestState\":\"" + state + "\"}"), 2).json()
          .path("content").get(0).path("text").asString())
          .isEqualTo("accept {name=\"Ada\", age=30}");
    }
  }

  @Test
  void aLegacySessionOnTheSameServerIsUnchanged() throws Exception {
    try (RawClient raw = new RawClient(server)) {
      JsonNode init = raw.exchange("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\","
          + "\"params\":{\"protocolVersion\":\"2026-07-28\",\"capabilities\":{},\"clientInfo\":"
          + "{\"name\":\"old\",\"version\":\"1\"}}}", 1).json();
      // A handshake asking for the stateless revision gets the newest handshake revision.
      assertThat(init.path("protocolVersion").asString()).isEqualTo("2025-11-25");
      assertThat(init.has("resultType")).isFalse();
      raw.send("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}");
      JsonNode tools = raw.exchange("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}", 2)
          .json();
      assertThat(tools.has("resultType")).isFalse();
      assertThat(tools.has("ttlMs")).isFalse();
    }
  }
}
