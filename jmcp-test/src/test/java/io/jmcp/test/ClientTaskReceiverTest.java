package io.jmcp.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.jmcp.client.McpClient;
import io.jmcp.jsonrpc.ErrorCodes;
import io.jmcp.jsonrpc.JsonRpcException;
import io.jmcp.jsonrpc.JsonRpcPeer;
import io.jmcp.jsonrpc.RequestOptions;
import io.jmcp.schema.Implementation;
import io.jmcp.schema.McpJson;
import io.jmcp.schema.Meta;
import io.jmcp.schema.ProtocolVersion;
import io.jmcp.schema.elicitation.ElicitResult;
import io.jmcp.schema.sampling.CreateMessageResult;
import io.jmcp.transport.memory.InMemoryTransport;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The client as the receiver of 2025-11-25 tasks: a server asks for sampling or elicitation as a
 * task; the client answers with the task, runs its handler in the background and serves
 * {@code tasks/get}, {@code tasks/result}, {@code tasks/list} and {@code tasks/cancel}.
 */
class ClientTaskReceiverTest {

  private static final RequestOptions PATIENT = RequestOptions.timeout(Duration.ofSeconds(10));

  private final CountDownLatch elicitationStarted = new CountDownLatch(1);
  private final CountDownLatch elicitationCancelled = new CountDownLatch(1);
  private final CountDownLatch releaseElicitation = new CountDownLatch(1);
  private JsonRpcPeer server;
  private McpClient client;
  private WireRecorder wire;

  @BeforeEach
  void connect() {
    InMemoryTransport.Pair pair = InMemoryTransport.pair();
    server = JsonRpcPeer.builder(pair.server()).name("raw-server").requestHandler(request ->
        McpJson.mapper().readTree("""
            {"protocolVersion":"2025-11-25","capabilities":{},
             "serverInfo":{"name":"raw","version":"1"}}""")).build();
    server.start();
    wire = new WireRecorder(pair.client());
    client = McpClient.builder(Implementation.of("receiver", "1"))
        .protocolVersion(ProtocolVersion.V2025_11_25).receiveTasks()
        .sampling((request, context) -> CreateMessageResult.text("model", "sampled"))
        .elicitation((request, context) -> {
          context.onCancel(elicitationCancelled::countDown);
          elicitationStarted.countDown();
          releaseElicitation.await(30, TimeUnit.SECONDS);
          return ElicitResult.accept(Map.of("name", McpJson.toTree("Ada")));
        })
        .connect(wire);
  }

  @AfterEach
  void close() {
    releaseElicitation.countDown();
    client.close();
    server.close();
  }

  private JsonNode call(String method, String params) {
    return server.call(method, McpJson.mapper().readTree(params), PATIENT);
  }

  @Test
  void theClientDeclaresTheRequestsItRunsAsTasks() {
    JsonNode initialize = wire.sent().stream()
        .filter(m -> m instanceof io.jmcp.jsonrpc.JsonRpcRequest r
            && r.method().equals("initialize"))
        .map(m -> ((io.jmcp.jsonrpc.JsonRpcRequest) m).params()).findFirst().orElseThrow();
    JsonNode tasks = initialize.path("capabilities").path("tasks");
    assertThat(tasks.has("list")).isTrue();
    assertThat(tasks.has("cancel")).isTrue();
    assertThat(tasks.path("requests").path("sampling").has("createMessage")).isTrue();
    assertThat(tasks.path("requests").path("elicitation").has("create")).isTrue();
  }

  @Test
  void aSamplingTaskRunsInTheBackgroundAndItsResultIsFetchedLater() {
    JsonNode created = call("sampling/createMessage", """
        {"messages":[{"role":"user","content":{"type":"text","text":"hi"}}],"maxTokens":10,
         "task":{"ttl":60000}}""");
    String taskId = created.path("task").path("taskId").asString();
    assertThat(created.path("task").path("status").asString()).isEqualTo("working");
    assertThat(created.path("task").path("ttl").asLong()).isEqualTo(60_000L);

    JsonNode result = call("tasks/result", "{\"taskId\":\"" + taskId + "\"}");
    assertThat(result.path("content").path("text").asString()).isEqualTo("sampled");
    assertThat(result.path("_meta").path(Meta.RELATED_TASK).path("taskId").asString())
        .isEqualTo(taskId);
    assertThat(call("tasks/get", "{\"taskId\":\"" + taskId + "\"}").path("status").asString())
        .isEqualTo("completed");
    JsonNode listed = call("tasks/list", "{}");
    assertThat(listed.path("tasks").path(0).path("taskId").asString()).isEqualTo(taskId);
    assertThat(ProtocolSchema.of(ProtocolVersion.V2025_11_25).validate(wire.messages(),
        WireRecorder.Direction.SENT)).isEmpty();
  }

  @Test
  void anElicitationTaskCanBeCancelledWhileTheUserThinks() throws Exception {
    JsonNode created = call("elicitation/create", """
        {"message":"Name?","requestedSchema":{"type":"object","properties":{
          "name":{"type":"string"}}},"task":{}}""");
    String taskId = created.path("task").path("taskId").asString();
    assertThat(elicitationStarted.await(10, TimeUnit.SECONDS)).isTrue();
    JsonNode cancelled = call("tasks/cancel", "{\"taskId\":\"" + taskId + "\"}");
    assertThat(cancelled.path("status").asString()).isEqualTo("cancelled");
    assertThat(elicitationCancelled.await(10, TimeUnit.SECONDS)).isTrue();
    JsonRpcException again = catchThrowableOfType(JsonRpcException.class,
        () -> call("tasks/cancel", "{\"taskId\":\"" + taskId + "\"}"));
    assertThat(again.code()).isEqualTo(ErrorCodes.INVALID_PARAMS);
    assertThat(call("tasks/get", "{\"taskId\":\"" + taskId + "\"}").path("status").asString())
        .isEqualTo("cancelled");
  }

  @Test
  void aRequestWithoutATaskIsAnsweredDirectlyAndUnknownTasksAreInvalidParams() {
    ObjectNode direct = (ObjectNode) call("sampling/createMessage", """
        {"messages":[{"role":"user","content":{"type":"text","text":"hi"}}],"maxTokens":10}""");
    assertThat(direct.path("content").path("text").asString()).isEqualTo("sampled");
    JsonRpcException unknown = catchThrowableOfType(JsonRpcException.class,
        () -> call("tasks/get", "{\"taskId\":\"nope\"}"));
    assertThat(unknown.code()).isEqualTo(ErrorCodes.INVALID_PARAMS);
  }

  @Test
  void aClientThatRunsNoTasksAnswersDirectlyAndKnowsNoTaskMethods() {
    InMemoryTransport.Pair pair = InMemoryTransport.pair();
    JsonRpcPeer other = JsonRpcPeer.builder(pair.server()).name("raw-server-2")
        .requestHandler(request -> McpJson.mapper().readTree("""
            {"protocolVersion":"2025-11-25","capabilities":{},
             "serverInfo":{"name":"raw","version":"1"}}""")).build();
    other.start();
    try (McpClient plain = McpClient.builder(Implementation.of("plain", "1"))
        .protocolVersion(ProtocolVersion.V2025_11_25)
        .sampling((request, context) -> CreateMessageResult.text("model", "now"))
        .connect(pair.client())) {
      JsonNode answer = other.call("sampling/createMessage", McpJson.mapper().readTree("""
          {"messages":[{"role":"user","content":{"type":"text","text":"hi"}}],"maxTokens":10,
           "task":{}}"""), PATIENT);
      assertThat(answer.path("content").path("text").asString()).isEqualTo("now");
      JsonRpcException missing = catchThrowableOfType(JsonRpcException.class, () -> other.call(
          "tasks/get", McpJson.mapper().readTree("{\"taskId\":\"x\"}"), PATIENT));
      assertThat(missing.code()).isEqualTo(ErrorCodes.METHOD_NOT_FOUND);
    } finally {
      other.close();
    }
  }
}
