package io.jmcp.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.jmcp.client.McpClient;
import io.jmcp.client.McpClientBuilder;
import io.jmcp.jsonrpc.JsonRpcException;
import io.jmcp.jsonrpc.JsonRpcMessage;
import io.jmcp.jsonrpc.JsonRpcRequest;
import io.jmcp.jsonrpc.JsonRpcResult;
import io.jmcp.jsonrpc.MessageReceiver;
import io.jmcp.jsonrpc.RequestId;
import io.jmcp.jsonrpc.Transport;
import io.jmcp.schema.CacheHint;
import io.jmcp.schema.Implementation;
import io.jmcp.schema.McpJson;
import io.jmcp.schema.ProtocolVersion;
import io.jmcp.schema.elicitation.ElicitResult;
import io.jmcp.schema.elicitation.ElicitationSchema;
import io.jmcp.schema.elicitation.StringSchema;
import io.jmcp.schema.tools.CallToolResult;
import io.jmcp.schema.tools.Tool;
import io.jmcp.server.CacheableKind;
import io.jmcp.server.McpServer;
import io.jmcp.server.McpServerBuilder;
import io.jmcp.server.ServerTool;
import io.jmcp.transport.memory.InMemoryTransport;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * What the client does by itself in 2026-07-28: finds the era a server speaks and remembers it,
 * re-sends a request through as many rounds of questions as the server needs (and no more than it
 * allows), and reuses results the server said may be cached until they change or expire.
 */
class StatelessClientTest {

  private static final ElicitationSchema NAME = ElicitationSchema.builder()
      .required("name", StringSchema.of("Name", null)).build();

  private final AtomicInteger asked = new AtomicInteger();

  @Test
  void aDualEraClientProbesThenFallsBackToTheHandshake() {
    McpServer legacy = Fixtures.builder()
        .protocolVersions(ProtocolVersion.V2025_06_18, ProtocolVersion.V2025_11_25).build();
    Connected first = connect(legacy, "legacy-" + UUID.randomUUID(), b -> b);
    try (McpClient client = first.client) {
      assertThat(client.isStateless()).isFalse();
      assertThat(client.protocolVersion()).isEqualTo(ProtocolVersion.V2025_11_25);
      assertThat(client.serverVersions()).containsExactly("2025-11-25");
      assertThat(client.listTools()).isNotEmpty();
    }
    assertThat(methodsSent(first.wire)).startsWith("server/discover", "initialize",
        "notifications/initialized");
    assertThat(ProtocolSchema.violations(first.wire.messages())).isEmpty();
  }

  /** The second connection to a server known to be legacy skips the probe. */
  @Test
  void theEraOfAServerIsRememberedAndRecheckedWhenItChanges() {
    String identity = "remembered-" + UUID.randomUUID();
    McpServer legacy = Fixtures.builder().protocolVersions(ProtocolVersion.V2025_11_25).build();
    connect(legacy, identity, b -> b).client.close();
    Connected again = connect(legacy, identity, b -> b);
    again.client.close();
    assertThat(methodsSent(again.wire)).startsWith("initialize", "notifications/initialized")
        .doesNotContain("server/discover");

    // The same server, upgraded: the remembered handshake is refused, so the client probes.
    McpServer upgraded = Fixtures.builder().protocolVersions(ProtocolVersion.V2026_07_28).build();
    Connected upgradedConnection = connect(upgraded, identity, b -> b);
    try (McpClient client = upgradedConnection.client) {
      assertThat(client.isStateless()).isTrue();
      assertThat(client.listTools()).isNotEmpty();
    }
    assertThat(methodsSent(upgradedConnection.wire)).startsWith("initialize", "server/discover");
    // ...and from then on goes straight to the probe.
    Connected modern = connect(upgraded, identity, b -> b);
    modern.client.close();
    assertThat(methodsSent(modern.wire)).first().isEqualTo("server/discover");
  }

  /**
   * Each round is a new request (a new id) carrying every answer so far and the state the server
   * handed out in the round before.
   */
  @Test
  void everyRoundIsAFreshRequestEchoingTheServersState() {
    McpServer server = server(b -> b.tool(Tool.builder("interview").build(), (args, context) -> {
      List<String> answers = new ArrayList<>();
      for (String question : List.of("first?", "second?", "third?")) {
        answers.add(context.elicit(question, NAME).content().get("name").asString());
      }
      return CallToolResult.text(String.join(",", answers));
    }));
    Connected connected = connect(server, null, this::answeringClient);
    try (McpClient client = connected.client) {
      CallToolResult result = client.callTool("interview", Map.of());
      assertThat(((io.jmcp.schema.content.TextContent) result.content().getFirst()).text())
          .isEqualTo("answer 1,answer 2,answer 3");
    }
    assertThat(asked).hasValue(3);
    List<JsonRpcRequest> calls = sentRequests(connected.wire, "tools/call");
    assertThat(calls).hasSize(4);
    Set<RequestId> ids = new HashSet<>();
    calls.forEach(call -> ids.add(call.id()));
    assertThat(ids).hasSize(4);
    assertThat(calls.getFirst().params().has("requestState")).isFalse();
    for (int round = 1; round < calls.size(); round++) {
      JsonNode previous = resultOf(connected.wire, calls.get(round - 1).id());
      assertThat(previous.path("resultType").asString()).isEqualTo("input_required");
      JsonNode params = calls.get(round).params();
      assertThat(params.path("requestState").asString())
          .isEqualTo(previous.path("requestState").asString());
      assertThat(params.path("inputResponses").size()).isEqualTo(1);
    }
    assertThat(ProtocolSchema.violations(connected.wire.messages())).isEmpty();
  }

  @Test
  void aServerThatNeverStopsAskingIsGivenUpOn() {
    McpServer server = server(b -> b.tool(Tool.builder("endless").build(), (args, context) -> {
      for (int round = 0; ; round++) {
        context.elicit("question " + round, NAME);
      }
    }));
    Connected connected = connect(server, null, this::answeringClient);
    try (McpClient client = connected.client) {
      JsonRpcException gaveUp = catchThrowableOfType(JsonRpcException.class,
          () -> client.callTool("endless", Map.of()));
      assertThat(gaveUp.getMessage()).contains("more than 16 times").contains("tools/call");
      // The connection is fine afterwards.
      assertThat(client.listTools()).isNotEmpty();
    }
    assertThat(sentRequests(connected.wire, "tools/call")).hasSize(16);
  }

  @Test
  void cacheableResultsAreReusedUntilTheListChanges() throws Exception {
    McpServer server = server(b -> b.cacheHint(CacheableKind.TOOLS_LIST,
        CacheHint.privateFor(Duration.ofMinutes(5))));
    AtomicInteger changes = new AtomicInteger();
    Connected connected = connect(server, null, b -> b.onToolsChanged(changes::incrementAndGet));
    try (McpClient client = connected.client) {
      List<Tool> first = client.listTools();
      assertThat(client.listTools()).isEqualTo(first);
      assertThat(sentRequests(connected.wire, "tools/list")).hasSize(1);

      server.addTool(new ServerTool(Tool.builder("added").build(),
          (args, context) -> CallToolResult.text("+")));
      for (int i = 0; i < 200 && changes.get() == 0; i++) {
        Thread.sleep(25);
      }
      assertThat(changes.get()).isPositive();
      assertThat(client.listTools()).extracting(Tool::name).contains("added");
      assertThat(sentRequests(connected.wire, "tools/list")).hasSize(2);
    }
  }

  @Test
  void resultsWithoutALifetimeOrWithCachingOffAreFetchedEachTime() {
    McpServer uncached = server(b -> b);
    Connected plain = connect(uncached, null, b -> b);
    try (McpClient client = plain.client) {
      client.listTools();
      client.listTools();
    }
    assertThat(sentRequests(plain.wire, "tools/list")).hasSize(2);

    McpServer cached = server(b -> b.cacheHint(CacheHint.privateFor(Duration.ofMinutes(5))));
    Connected off = connect(cached, null, b -> b.cacheResults(false));
    try (McpClient client = off.client) {
      client.listTools();
      client.listTools();
    }
    assertThat(sentRequests(off.wire, "tools/list")).hasSize(2);
  }

  @Test
  void aCachedResultExpiresAfterItsLifetime() throws Exception {
    McpServer server = server(b -> b.cacheHint(CacheableKind.TOOLS_LIST,
        CacheHint.privateFor(Duration.ofSeconds(2))));
    Connected connected = connect(server, null, b -> b);
    try (McpClient client = connected.client) {
      client.listTools();
      client.listTools();
      assertThat(sentRequests(connected.wire, "tools/list")).hasSize(1);
      // A lifetime far beyond two quick calls, even on a loaded machine, and then waited out.
      Thread.sleep(2_500);
      client.listTools();
      assertThat(sentRequests(connected.wire, "tools/list")).hasSize(2);
    }
  }

  private McpClientBuilder answeringClient(McpClientBuilder builder) {
    return builder.elicitation((request, context) -> ElicitResult.accept(
        Map.of("name", McpJson.toTree("answer " + asked.incrementAndGet()))));
  }

  private static McpServer server(java.util.function.UnaryOperator<McpServerBuilder> configure) {
    return configure.apply(Fixtures.builder()).build();
  }

  private record Connected(McpClient client, WireRecorder wire) {
  }

  /** Connects over memory, with the server known as {@code identity} (none when null). */
  private static Connected connect(McpServer server, @Nullable String identity,
      java.util.function.UnaryOperator<McpClientBuilder> configure) {
    InMemoryTransport.Pair pair = InMemoryTransport.pair();
    server.connect(pair.server());
    WireRecorder wire = new WireRecorder(new Identified(pair.client(), identity));
    McpClient client = configure.apply(
        McpClient.builder(Implementation.of("stateless-client-test", "1"))).connect(wire);
    return new Connected(client, wire);
  }

  private static List<String> methodsSent(WireRecorder wire) {
    List<String> methods = new ArrayList<>();
    for (JsonRpcMessage message : wire.sent()) {
      if (message instanceof JsonRpcRequest request) {
        methods.add(request.method());
      } else if (message instanceof io.jmcp.jsonrpc.JsonRpcNotification notification) {
        methods.add(notification.method());
      }
    }
    return methods;
  }

  private static List<JsonRpcRequest> sentRequests(WireRecorder wire, String method) {
    List<JsonRpcRequest> requests = new ArrayList<>();
    for (JsonRpcMessage message : wire.sent()) {
      if (message instanceof JsonRpcRequest request && request.method().equals(method)) {
        requests.add(request);
      }
    }
    return requests;
  }

  private static JsonNode resultOf(WireRecorder wire, RequestId id) {
    return wire.received().stream()
        .filter(message -> message instanceof JsonRpcResult result && result.id().equals(id))
        .map(message -> ((JsonRpcResult) message).result())
        .findFirst().orElseThrow();
  }

  /** A transport that names its peer, as a process command line or URL would. */
  private record Identified(Transport delegate, @Nullable String identity) implements Transport {

    @Override
    public void start(MessageReceiver receiver) {
      delegate.start(receiver);
    }

    @Override
    public void send(JsonRpcMessage message, @Nullable RequestId relatedRequest) {
      delegate.send(message, relatedRequest);
    }

    @Override
    public @Nullable String peerIdentity() {
      return identity;
    }

    @Override
    public void close() {
      delegate.close();
    }
  }
}
