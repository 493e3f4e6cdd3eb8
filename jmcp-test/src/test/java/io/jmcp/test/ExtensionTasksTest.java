package io.jmcp.test;

import static io.jmcp.test.Fixtures.text;
import static io.jmcp.test.StatelessServerTest.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.jmcp.client.McpClient;
import io.jmcp.core.CallOptions;
import io.jmcp.core.tasks.InMemoryTaskStore;
import io.jmcp.core.tasks.TaskRunner;
import io.jmcp.jsonrpc.ErrorCodes;
import io.jmcp.jsonrpc.JsonRpcException;
import io.jmcp.jsonrpc.JsonRpcMessage;
import io.jmcp.jsonrpc.JsonRpcNotification;
import io.jmcp.jsonrpc.JsonRpcRequest;
import io.jmcp.jsonrpc.RequestCancelledException;
import io.jmcp.schema.Implementation;
import io.jmcp.schema.McpJson;
import io.jmcp.schema.Meta;
import io.jmcp.schema.ProtocolVersion;
import io.jmcp.schema.elicitation.ElicitResult;
import io.jmcp.schema.tasks.Task;
import io.jmcp.schema.tasks.TaskStatus;
import io.jmcp.schema.tasks.TasksExtension;
import io.jmcp.schema.tools.CallToolRequest;
import io.jmcp.schema.tools.CallToolResult;
import io.jmcp.server.McpServer;
import io.jmcp.transport.memory.InMemoryTransport;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The tasks extension of 2026-07-28 ({@code io.modelcontextprotocol/tasks}), end to end: the
 * server makes tasks of calls whose request declared the extension, and only then; the client
 * follows them so that {@code callTool} returns the result as if it had come at once; task
 * questions go through {@code tasks/update}; cancellation, expiry, gating and wire shapes.
 */
class ExtensionTasksTest {

  private static final String WITH_TASKS = """
      {"elicitation":{"form":{}},"extensions":{"io.modelcontextprotocol/tasks":{}}}""";
  private static final String WITHOUT_TASKS = "{\"elicitation\":{\"form\":{}}}";

  private final TaskTools.Probe probe = new TaskTools.Probe();
  private final TestClock clock = new TestClock();
  private final InMemoryTaskStore store = new InMemoryTaskStore(100, clock);
  private final McpServer server = TaskTools.builder(probe).taskStore(store).build();

  @AfterEach
  void release() {
    probe.release.countDown();
    server.close();
  }

  private static String call(Object id, String tool, String arguments, String capabilities) {
    return request(id, "tools/call", "{\"name\":\"" + tool + "\",\"arguments\":" + arguments
        + "}", capabilities, null);
  }

  private static String task(Object id, String method, String taskId, String capabilities) {
    return request(id, method, "{\"taskId\":\"" + taskId + "\"}", capabilities, null);
  }

  /** Polls tasks/get until the task has {@code status}. */
  private static JsonNode awaitStatus(RawClient raw, String taskId, String status)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    int id = 1000;
    while (System.nanoTime() < deadline) {
      JsonNode task = raw.exchange(task(id, "tasks/get", taskId, WITH_TASKS), id).json();
      id++;
      if (task.path("status").asString().equals(status)) {
        return task;
      }
      Thread.sleep(20);
    }
    throw new AssertionError("task " + taskId + " never became " + status);
  }

  private static void assertSchemaValid(RawClient raw) {
    assertThat(ProtocolSchema.of(ProtocolVersion.V2026_07_28).validate(raw.log, null)).isEmpty();
  }

  @Test
  void discoverDeclaresTheExtensionAndNoCoreTasks() throws Exception {
    try (RawClient raw = new RawClient(server)) {
      JsonNode capabilities = raw.exchange(request(1, "server/discover", null), 1).json()
          .path("capabilities");
      assertThat(capabilities.path("extensions").has(TasksExtension.ID)).isTrue();
      assertThat(capabilities.has("tasks")).isFalse();
      JsonNode tools = raw.exchange(request(2, "tools/list", null), 2).json().path("tools");
      tools.forEach(tool -> assertThat(tool.has("execution")).isFalse());
      assertSchemaValid(raw);
    }
    McpServer off = TaskTools.builder(probe).tasksExtension(false).build();
    try (RawClient raw = new RawClient(off)) {
      JsonNode capabilities = raw.exchange(request(1, "server/discover", null), 1).json()
          .path("capabilities");
      assertThat(capabilities.path("extensions").has(TasksExtension.ID)).isFalse();
      assertThat(raw.exchange(call(2, "compute", "{\"n\":1}", WITH_TASKS), 2).json()
          .path("resultType").asString()).isEqualTo("complete");
    }
  }

  @Test
  void aCallBecomesATaskOnlyWhenItsRequestDeclaresTheExtension() throws Exception {
    try (RawClient raw = new RawClient(server)) {
      JsonNode direct = raw.exchange(call(1, "compute", "{\"n\":1}", WITHOUT_TASKS), 1).json();
      assertThat(direct.path("resultType").asString()).isEqualTo("complete");
      assertThat(text(direct)).isEqualTo("computed 2 directly");

      JsonNode created = raw.exchange(call(2, "compute", "{\"n\":1}", WITH_TASKS), 2).json();
      assertThat(created.path("resultType").asString()).isEqualTo("task");
      assertThat(created.has("task")).isFalse();
      assertThat(created.path("status").asString()).isEqualTo("working");
      assertThat(created.path("ttlMs").asLong()).isEqualTo(3_600_000L);
      assertThat(created.path("pollIntervalMs").asLong()).isEqualTo(20L);
      for (String absent : List.of("ttl", "pollInterval", "result", "error", "inputRequests",
          "requestState")) {
        assertThat(created.has(absent)).as(absent).isFalse();
      }
      String taskId = created.path("taskId").asString();
      JsonNode done = awaitStatus(raw, taskId, "completed");
      assertThat(done.path("resultType").asString()).isEqualTo("complete");
      assertThat(text(done.path("result"))).isEqualTo("computed 2 as a task");
      assertThat(done.path("result").path("_meta").has(Meta.RELATED_TASK)).isFalse();

      // A legacy task param means nothing in 2026-07-28.
      JsonNode plain = raw.exchange(request(3, "tools/call", """
          {"name":"plain","arguments":{},"task":{"ttl":1000}}""", WITH_TASKS, null), 3).json();
      assertThat(text(plain)).isEqualTo("plain");
      assertSchemaValid(raw);
    }
  }

  private static String text(JsonNode result) {
    return result.path("content").path(0).path("text").asString();
  }

  @Test
  void aTaskOnlyToolIsRefusedToAClientWithoutTheExtension() throws Exception {
    try (RawClient raw = new RawClient(server)) {
      RawClient.Exchange refused = raw.exchange(call(1, "fails", "{}", WITHOUT_TASKS), 1);
      assertThat(refused.errorCode()).isEqualTo(ErrorCodes.MISSING_REQUIRED_CLIENT_CAPABILITY);
      assertThat(refused.error().error().data().path("requiredCapabilities").path("extensions")
          .has(TasksExtension.ID)).isTrue();
      assertSchemaValid(raw);
    }
    try (McpClient client = McpTestKit.connect(server, builder -> builder.tasksExtension(false))) {
      JsonRpcException error = catchThrowableOfType(JsonRpcException.class,
          () -> client.callTool("fails", Map.of()));
      assertThat(error.code()).isEqualTo(ErrorCodes.MISSING_REQUIRED_CLIENT_CAPABILITY);
    }
  }

  @Test
  void taskMethodsNeedTheExtensionBeforeAnyTaskIsLookedUp() throws Exception {
    try (RawClient raw = new RawClient(server)) {
      int id = 1;
      for (String method : List.of("tasks/get", "tasks/cancel")) {
        RawClient.Exchange gated = raw.exchange(task(id, method, "gate-test", WITHOUT_TASKS), id);
        assertThat(gated.errorCode()).as(method)
            .isEqualTo(ErrorCodes.MISSING_REQUIRED_CLIENT_CAPABILITY);
        id++;
      }
      RawClient.Exchange update = raw.exchange(request(id, "tasks/update",
          "{\"taskId\":\"gate-test\",\"inputResponses\":{}}", WITHOUT_TASKS, null), id);
      assertThat(update.errorCode()).isEqualTo(ErrorCodes.MISSING_REQUIRED_CLIENT_CAPABILITY);
      for (String removed : List.of("tasks/result", "tasks/list")) {
        assertThat(raw.exchange(task(removed, removed, "x", WITH_TASKS), removed).errorCode())
            .as(removed).isEqualTo(ErrorCodes.METHOD_NOT_FOUND);
      }
      // (What this test sent is not valid 2026-07-28 on purpose; what came back is.)
      assertThat(raw.exchange(task(50, "tasks/get", "unknown", WITH_TASKS), 50).errorCode())
          .isEqualTo(ErrorCodes.INVALID_PARAMS);
      assertThat(raw.exchange(request(51, "tasks/get", "{}", WITH_TASKS, null), 51).errorCode())
          .isEqualTo(ErrorCodes.INVALID_PARAMS);
      assertThat(ProtocolSchema.of(ProtocolVersion.V2026_07_28).validate(raw.log,
          WireRecorder.Direction.RECEIVED)).isEmpty();
    }
  }

  @Test
  void toolErrorsCompleteATaskAndProtocolErrorsFailIt() throws Exception {
    try (RawClient raw = new RawClient(server)) {
      String failing = raw.exchange(call(1, "fails", "{}", WITH_TASKS), 1).json()
          .path("taskId").asString();
      JsonNode completed = awaitStatus(raw, failing, "completed");
      assertThat(completed.path("result").path("isError").asBoolean()).isTrue();

      String broken = raw.exchange(call(2, "broken", "{}", WITH_TASKS), 2).json()
          .path("taskId").asString();
      JsonNode failed = awaitStatus(raw, broken, "failed");
      assertThat(failed.path("error").path("code").asInt()).isEqualTo(TaskTools.BROKEN);
      assertThat(failed.path("error").path("message").asString()).isEqualTo("broken on purpose");
      assertThat(failed.path("error").path("data").path("detail").asString()).isEqualTo("test");
      assertThat(failed.has("result")).isFalse();
      assertSchemaValid(raw);
    }
  }

  @Test
  void theClientFollowsTasksSoCallToolWorksUnchanged() {
    try (TestConnection connection = McpTestKit.open(server, builder -> builder)) {
      McpClient client = connection.client();
      assertThat(client.protocolVersion()).isEqualTo(ProtocolVersion.V2026_07_28);
      assertThat(Fixtures.text(client.callTool(CallToolRequest.of("compute",
          McpJson.object().put("n", 41)), CallOptions.progress(notification -> { }))))
          .isEqualTo("computed 42 as a task");
      CallToolResult failed = client.callTool("fails", Map.of());
      assertThat(failed.isError()).isTrue();
      JsonRpcException broken = catchThrowableOfType(JsonRpcException.class,
          () -> client.callTool("broken", Map.of()));
      assertThat(broken.code()).isEqualTo(TaskTools.BROKEN);
      assertThat(broken.data().path("detail").asString()).isEqualTo("test");
      assertThat(methods(connection)).contains("tasks/get");
      assertThat(connection.wire().sent()).allSatisfy(message -> {
        if (message instanceof JsonRpcRequest request) {
          assertThat(request.params().path("_meta").path(Meta.CLIENT_CAPABILITIES)
              .path("extensions").has(TasksExtension.ID)).isTrue();
          if (request.method().startsWith("tasks/")) {
            assertThat(request.params().path("_meta").has("progressToken")).isFalse();
          }
        }
      });
      assertThat(connection.schemaViolations()).isEmpty();
    }
  }

  private static List<String> methods(TestConnection connection) {
    return connection.wire().sent().stream().filter(JsonRpcRequest.class::isInstance)
        .map(message -> ((JsonRpcRequest) message).method()).toList();
  }

  @Test
  void aTasksQuestionIsAnsweredThroughTasksUpdateAndTheHandlerGoesOn() {
    AtomicInteger asked = new AtomicInteger();
    try (TestConnection connection = McpTestKit.open(server, builder -> builder.elicitation(
        (request, context) -> {
          asked.incrementAndGet();
          assertThat(context.inputKey()).isPresent();
          return ElicitResult.accept(Map.of("confirm", McpJson.toTree(true),
              "name", McpJson.toTree("Ada")));
        }))) {
      McpClient client = connection.client();
      assertThat(Fixtures.text(client.callTool("confirm", Map.of()))).isEqualTo("confirmed");
      assertThat(asked).hasValue(1);
      assertThat(Fixtures.text(client.callTool("two_questions", Map.of())))
          .isEqualTo("Ada+Ada");
      assertThat(asked).hasValue(3);
      assertThat(methods(connection)).contains("tasks/update");
      assertThat(connection.schemaViolations()).isEmpty();
    }
  }

  @Test
  void answersMayComeOneByOneAndUnknownKeysAreIgnored() throws Exception {
    try (RawClient raw = new RawClient(server)) {
      String taskId = raw.exchange(call(1, "two_questions", "{}", WITH_TASKS), 1).json()
          .path("taskId").asString();
      JsonNode waiting = awaitStatus(raw, taskId, "input_required");
      JsonNode questions = waiting.path("inputRequests");
      assertThat(questions.propertyNames()).containsExactly("first", "second");
      assertThat(questions.path("first").path("method").asString())
          .isEqualTo("elicitation/create");

      JsonNode ack = raw.exchange(request(2, "tasks/update", """
          {"taskId":"%s","inputResponses":{"first":{"action":"accept","content":{"name":"A"}},
           "unknown-key":{"ignored":true}}}""".formatted(taskId), WITH_TASKS, null), 2).json();
      assertThat(ack.propertyNames()).containsExactly("resultType");
      assertThat(ack.path("resultType").asString()).isEqualTo("complete");
      JsonNode partly = raw.exchange(task(3, "tasks/get", taskId, WITH_TASKS), 3).json();
      assertThat(partly.path("status").asString()).isEqualTo("input_required");
      assertThat(partly.path("inputRequests").propertyNames()).containsExactly("second");

      RawClient.Exchange malformed = raw.exchange(request(4, "tasks/update", """
          {"taskId":"%s","inputResponses":{"second":12345}}""".formatted(taskId), WITH_TASKS,
          null), 4);
      assertThat(malformed.errorCode()).isEqualTo(ErrorCodes.INVALID_PARAMS);

      raw.exchange(request(5, "tasks/update", """
          {"taskId":"%s","inputResponses":{"second":{"action":"accept","content":{"name":"B"}}}}
          """.formatted(taskId), WITH_TASKS, null), 5);
      JsonNode done = awaitStatus(raw, taskId, "completed");
      assertThat(text(done.path("result"))).isEqualTo("A+B");
      assertSchemaValid(raw);
    }
  }

  @Test
  void cancellingInterruptsTheHandlerAndIsAcknowledgedEvenWhenTheTaskHadEnded() throws Exception {
    try (RawClient raw = new RawClient(server)) {
      String taskId = raw.exchange(call(1, "blocker", "{}", WITH_TASKS), 1).json()
          .path("taskId").asString();
      assertThat(probe.started.await(10, TimeUnit.SECONDS)).isTrue();
      // Progress of a task shows as its status message (the extension has no progress notices).
      JsonNode working = raw.exchange(task(5, "tasks/get", taskId, WITH_TASKS), 5).json();
      assertThat(working.path("status").asString()).isEqualTo("working");
      assertThat(working.path("statusMessage").asString()).isEqualTo("waiting (1)");
      JsonNode ack = raw.exchange(task(2, "tasks/cancel", taskId, WITH_TASKS), 2).json();
      assertThat(ack.propertyNames()).containsExactly("resultType");
      assertThat(probe.interrupted.await(10, TimeUnit.SECONDS)).isTrue();
      assertThat(probe.cancelHeard.await(10, TimeUnit.SECONDS)).isTrue();
      JsonNode cancelled = awaitStatus(raw, taskId, "cancelled");
      assertThat(cancelled.has("result")).isFalse();
      JsonNode again = raw.exchange(task(3, "tasks/cancel", taskId, WITH_TASKS), 3).json();
      assertThat(again.path("resultType").asString()).isEqualTo("complete");
      assertThat(raw.exchange(task(4, "tasks/get", taskId, WITH_TASKS), 4).json()
          .path("status").asString()).isEqualTo("cancelled");
      assertSchemaValid(raw);
    }
  }

  @Test
  void aTaskTheHandlerStartedIsCancelledLikeAnyOther() throws Exception {
    try (RawClient raw = new RawClient(server)) {
      JsonNode created = raw.exchange(call(1, "late_blocker", "{}", WITH_TASKS), 1).json();
      assertThat(created.path("resultType").asString()).isEqualTo("task");
      assertThat(probe.started.await(10, TimeUnit.SECONDS)).isTrue();
      String taskId = created.path("taskId").asString();
      raw.exchange(task(2, "tasks/cancel", taskId, WITH_TASKS), 2);
      assertThat(probe.interrupted.await(10, TimeUnit.SECONDS)).isTrue();
      // A listener registered before the task existed hears the task's cancellation.
      assertThat(probe.cancelHeard.await(10, TimeUnit.SECONDS)).isTrue();
      assertThat(awaitStatus(raw, taskId, "cancelled").has("result")).isFalse();
    }
  }

  @Test
  void aCallerInterruptedWhileItsTaskRunsCancelsTheTask() throws Exception {
    try (TestConnection connection = McpTestKit.open(server, builder -> builder)) {
      McpClient client = connection.client();
      CompletableFuture<Throwable> outcome = new CompletableFuture<>();
      Thread caller = Thread.ofVirtual().start(() -> {
        try {
          client.callTool("blocker", Map.of());
          outcome.complete(null);
        } catch (Throwable e) {
          outcome.complete(e);
        }
      });
      assertThat(probe.started.await(10, TimeUnit.SECONDS)).isTrue();
      // Interrupt once the client follows the task (before, it would only drop the call).
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (!methods(connection).contains("tasks/get") && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      caller.interrupt();
      assertThat(outcome.get(10, TimeUnit.SECONDS)).isInstanceOf(RequestCancelledException.class);
      assertThat(probe.interrupted.await(10, TimeUnit.SECONDS)).isTrue();
      assertThat(methods(connection)).contains("tasks/cancel");
      String taskId = connection.wire().sent().stream()
          .filter(m -> m instanceof JsonRpcRequest r && r.method().equals("tasks/cancel"))
          .map(m -> ((JsonRpcRequest) m).params().path("taskId").asString()).findFirst()
          .orElseThrow();
      assertThat(client.getTask(taskId).status()).isEqualTo(TaskStatus.CANCELLED);
    }
  }

  @Test
  void aHandlerMayAskFirstAndBecomeATaskAfter() throws Exception {
    try (RawClient raw = new RawClient(server)) {
      JsonNode first = raw.exchange(call(1, "ask_then_task", "{}", WITH_TASKS), 1).json();
      assertThat(first.path("resultType").asString()).isEqualTo("input_required");
      assertThat(first.has("taskId")).isFalse();
      assertThat(first.path("inputRequests").has("user_name")).isTrue();
      JsonNode second = raw.exchange(request(2, "tools/call", """
          {"name":"ask_then_task","arguments":{},
           "inputResponses":{"user_name":{"action":"accept","content":{"name":"Alice"}}},
           "requestState":"%s"}""".formatted(first.path("requestState").asString()),
          WITH_TASKS, null), 2).json();
      assertThat(second.path("resultType").asString()).isEqualTo("task");
      assertThat(second.has("requestState")).isFalse();
      assertThat(second.has("inputRequests")).isFalse();
      JsonNode done = awaitStatus(raw, second.path("taskId").asString(), "completed");
      assertThat(text(done.path("result"))).isEqualTo("Hi Alice from a task");

      // A handler that never starts its task answers directly.
      JsonNode direct = raw.exchange(call(3, "task_if_big", "{\"n\":1}", WITH_TASKS), 3).json();
      assertThat(direct.path("resultType").asString()).isEqualTo("complete");
      assertThat(text(direct)).isEqualTo("direct");
      JsonNode big = raw.exchange(call(4, "task_if_big", "{\"n\":11}", WITH_TASKS), 4).json();
      assertThat(big.path("resultType").asString()).isEqualTo("task");
      assertThat(text(awaitStatus(raw, big.path("taskId").asString(), "completed")
          .path("result"))).isEqualTo("task");
      assertSchemaValid(raw);
    }
    try (McpClient client = McpTestKit.connect(server, builder -> builder.elicitation(
        (request, context) -> ElicitResult.accept(Map.of("name", McpJson.toTree("Bob")))))) {
      assertThat(Fixtures.text(client.callTool("ask_then_task", Map.of())))
          .isEqualTo("Hi Bob from a task");
    }
  }

  @Test
  void aTaskOutlivesTheConnectionThatCreatedIt() throws Exception {
    String taskId;
    try (RawClient creator = new RawClient(server)) {
      taskId = creator.exchange(call(1, "blocker", "{}", WITH_TASKS), 1).json().path("taskId")
          .asString();
      assertThat(probe.started.await(10, TimeUnit.SECONDS)).isTrue();
    }
    probe.release.countDown();
    try (RawClient later = new RawClient(server)) {
      assertThat(text(awaitStatus(later, taskId, "completed").path("result")))
          .isEqualTo("released");
    }
  }

  @Test
  void aTaskIsForgottenOnceItsTtlIsUp() throws Exception {
    try (RawClient raw = new RawClient(server)) {
      String taskId = raw.exchange(call(1, "compute", "{}", WITH_TASKS), 1).json()
          .path("taskId").asString();
      awaitStatus(raw, taskId, "completed");
      clock.advance(Duration.ofHours(2));
      assertThat(raw.exchange(task(2, "tasks/get", taskId, WITH_TASKS), 2).errorCode())
          .isEqualTo(ErrorCodes.INVALID_PARAMS);
    }
  }

  @Test
  void oneServerKeepsTheTwoDesignsApart() throws Exception {
    try (McpClient legacy = McpTestKit.connect(server,
        builder -> builder.protocolVersion(ProtocolVersion.V2025_11_25));
        RawClient modern = new RawClient(server)) {
      Task old = legacy.callToolAsTask(CallToolRequest.of("compute", null), null);
      assertThat(modern.exchange(task(1, "tasks/get", old.taskId(), WITH_TASKS), 1).errorCode())
          .isEqualTo(ErrorCodes.INVALID_PARAMS);
      String modernTask = modern.exchange(call(2, "compute", "{}", WITH_TASKS), 2).json()
          .path("taskId").asString();
      JsonRpcException error = catchThrowableOfType(JsonRpcException.class,
          () -> legacy.getTask(modernTask));
      assertThat(error.code()).isEqualTo(ErrorCodes.INVALID_PARAMS);
    }
  }

  @Test
  void aListenStreamCarriesTheTasksItNames() throws Exception {
    try (RawClient raw = new RawClient(server)) {
      String taskId = raw.exchange(call(1, "blocker", "{}", WITH_TASKS), 1).json()
          .path("taskId").asString();
      assertThat(probe.started.await(10, TimeUnit.SECONDS)).isTrue();
      RawClient.Exchange refused = raw.exchange(request(2, "subscriptions/listen",
          "{\"notifications\":{\"taskIds\":[\"" + taskId + "\"]}}", WITHOUT_TASKS, null), 2);
      assertThat(refused.errorCode()).isEqualTo(ErrorCodes.MISSING_REQUIRED_CLIENT_CAPABILITY);

      raw.send(request("listen", "subscriptions/listen", "{\"notifications\":{\"taskIds\":[\""
          + taskId + "\",\"unknown\"]}}", WITH_TASKS, null));
      JsonRpcNotification ack = (JsonRpcNotification) raw.next(Duration.ofSeconds(10));
      assertThat(ack.method()).isEqualTo("notifications/subscriptions/acknowledged");
      assertThat(ack.params().path("notifications").path("taskIds").toString())
          .isEqualTo("[\"" + taskId + "\"]");
      probe.release.countDown();
      JsonRpcNotification done = null;
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (done == null && System.nanoTime() < deadline) {
        JsonRpcMessage next = raw.next(Duration.ofSeconds(1));
        if (next instanceof JsonRpcNotification n && n.method().equals("notifications/tasks")
            && n.params().path("status").asString().equals("completed")) {
          done = n;
        }
      }
      assertThat(done).as("the completed task, pushed").isNotNull();
      assertThat(done.params().path("taskId").asString()).isEqualTo(taskId);
      assertThat(text(done.params().path("result"))).isEqualTo("released");
      assertThat(done.params().has("resultType")).isFalse();
      assertThat(done.params().path("_meta").path(Meta.SUBSCRIPTION_ID).asString())
          .isEqualTo("listen");
      raw.send("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/cancelled\",\"params\":"
          + "{\"requestId\":\"listen\"}}");
      assertThat(ProtocolSchema.of(ProtocolVersion.V2026_07_28).validate(raw.log,
          WireRecorder.Direction.RECEIVED)).isEmpty();
    }
  }

  @Test
  void tasksAreBoundToTheAuthenticatedCaller() throws Exception {
    try (McpClient alice = asCaller("alice"); McpClient bob = asCaller("bob")) {
      assertThat(alice.protocolVersion()).isEqualTo(ProtocolVersion.V2026_07_28);
      CompletableFuture<CallToolResult> running = CompletableFuture.supplyAsync(
          () -> alice.callTool("blocker", Map.of()));
      assertThat(probe.started.await(10, TimeUnit.SECONDS)).isTrue();
      String taskId = store.list(TaskRunner.owner(Optional.of(() -> "alice"))).getFirst()
          .taskId();
      for (Runnable attempt : List.<Runnable>of(() -> bob.getTask(taskId),
          () -> bob.cancelTask(taskId))) {
        assertThat(catchThrowableOfType(JsonRpcException.class, attempt::run).code())
            .isEqualTo(ErrorCodes.INVALID_PARAMS);
      }
      assertThat(alice.getTask(taskId).status()).isEqualTo(TaskStatus.WORKING);
      probe.release.countDown();
      assertThat(Fixtures.text(running.get(10, TimeUnit.SECONDS))).isEqualTo("released");
    }
  }

  private McpClient asCaller(String name) {
    InMemoryTransport.Pair pair = InMemoryTransport.pair();
    server.connect(new CallerTransport(pair.server(), name));
    return McpClient.builder(Implementation.of(name, "1")).connect(pair.client());
  }
}
