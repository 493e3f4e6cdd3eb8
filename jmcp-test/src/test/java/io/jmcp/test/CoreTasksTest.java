package io.jmcp.test;

import static io.jmcp.test.Fixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.jmcp.client.McpClient;
import io.jmcp.client.McpClientBuilder;
import io.jmcp.core.CallOptions;
import io.jmcp.core.tasks.InMemoryTaskStore;
import io.jmcp.jsonrpc.ErrorCodes;
import io.jmcp.jsonrpc.JsonRpcException;
import io.jmcp.jsonrpc.JsonRpcMessage;
import io.jmcp.jsonrpc.JsonRpcNotification;
import io.jmcp.jsonrpc.JsonRpcRequest;
import io.jmcp.jsonrpc.JsonRpcResult;
import io.jmcp.schema.Implementation;
import io.jmcp.schema.McpJson;
import io.jmcp.schema.Meta;
import io.jmcp.schema.ProtocolVersion;
import io.jmcp.schema.elicitation.ElicitResult;
import io.jmcp.schema.lifecycle.ServerCapabilities;
import io.jmcp.schema.tasks.ListTasksResult;
import io.jmcp.schema.tasks.Task;
import io.jmcp.schema.tasks.TaskMetadata;
import io.jmcp.schema.tasks.TaskStatus;
import io.jmcp.schema.tools.CallToolRequest;
import io.jmcp.schema.tools.CallToolResult;
import io.jmcp.schema.tools.TaskSupport;
import io.jmcp.schema.tools.Tool;
import io.jmcp.server.McpServer;
import io.jmcp.transport.memory.InMemoryTransport;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The experimental core tasks of 2025-11-25, end to end: the client asks for a task, polls it,
 * fetches its answer, lists and cancels tasks; the server enforces each tool's task support,
 * tags the task's questions, binds tasks to the caller and forgets them after their ttl.
 */
class CoreTasksTest {

  private static final ProtocolVersion V = ProtocolVersion.V2025_11_25;

  private final TaskTools.Probe probe = new TaskTools.Probe();
  private final TestClock clock = new TestClock();
  private final McpServer server = TaskTools.builder(probe).pageSize(2)
      .taskStore(new InMemoryTaskStore(100, clock)).taskTtl(Duration.ofMinutes(1),
          Duration.ofMinutes(10)).build();

  @AfterEach
  void release() {
    probe.release.countDown();
    server.close();
  }

  private TestConnection open(UnaryOperator<McpClientBuilder> more) {
    return McpTestKit.open(server, builder -> more.apply(builder.protocolVersion(V)));
  }

  private TestConnection open() {
    return open(builder -> builder);
  }

  private static CallToolRequest call(String tool, int n) {
    return CallToolRequest.of(tool, McpJson.object().put("n", n));
  }

  @Test
  void theServerSaysWhatMayRunAsATaskOnlyInTheRevisionThatHasTasks() {
    try (TestConnection connection = open()) {
      ServerCapabilities capabilities = connection.client().serverCapabilities();
      assertThat(capabilities.tasks()).isNotNull();
      assertThat(capabilities.tasks().list()).isNotNull();
      assertThat(capabilities.tasks().cancel()).isNotNull();
      assertThat(capabilities.tasks().requests().path("tools").has("call")).isTrue();
      Map<String, Tool> tools = byName(connection.client().listTools());
      assertThat(tools.get("plain").execution()).isNull();
      assertThat(tools.get("compute").execution().taskSupport()).isEqualTo(TaskSupport.OPTIONAL);
      assertThat(tools.get("fails").execution().taskSupport()).isEqualTo(TaskSupport.REQUIRED);
      assertThat(connection.schemaViolations()).isEmpty();
    }
    try (McpClient older = McpTestKit.connect(server,
        builder -> builder.protocolVersion(ProtocolVersion.V2025_06_18))) {
      assertThat(older.serverCapabilities().tasks()).isNull();
      assertThat(byName(older.listTools()).get("compute").execution()).isNull();
      // A revision without tasks runs even a task-only tool directly.
      assertThat(older.callTool("fails", Map.of()).isError()).isTrue();
    }
  }

  private static Map<String, Tool> byName(List<Tool> tools) {
    return tools.stream().collect(java.util.stream.Collectors.toMap(Tool::name, t -> t));
  }

  @Test
  void aToolRunsAsATaskAndItsAnswerIsFetchedLaterTaggedWithTheTask() {
    try (TestConnection connection = open()) {
      McpClient client = connection.client();
      Task task = client.callToolAsTask(call("compute", 1), Duration.ofSeconds(30));
      assertThat(task.status()).isEqualTo(TaskStatus.WORKING);
      assertThat(task.ttl()).isEqualTo(30_000L);
      assertThat(task.pollInterval()).isEqualTo(20L);
      assertThat(Instant.parse(task.createdAt())).isBeforeOrEqualTo(
          Instant.parse(task.lastUpdatedAt()));

      assertThat(text(client.toolTaskResult(task.taskId()))).isEqualTo("computed 2 as a task");
      Task done = client.getTask(task.taskId());
      assertThat(done.status()).isEqualTo(TaskStatus.COMPLETED);
      assertThat(done.ttl()).isEqualTo(30_000L);

      JsonNode payload = resultOf(connection, "tasks/result");
      assertThat(payload.path("_meta").path(Meta.RELATED_TASK).path("taskId").asString())
          .isEqualTo(task.taskId());
      assertThat(connection.schemaViolations()).isEmpty();
    }
  }

  @Test
  void aToolErrorFailsTheTaskWhoseResultStillCarriesIt() {
    try (TestConnection connection = open()) {
      McpClient client = connection.client();
      Task task = client.callToolAsTask(CallToolRequest.of("fails", null), null);
      CallToolResult result = client.toolTaskResult(task.taskId());
      assertThat(result.isError()).isTrue();
      assertThat(text(result)).isEqualTo("it failed");
      Task failed = client.getTask(task.taskId());
      assertThat(failed.status()).isEqualTo(TaskStatus.FAILED);
      assertThat(failed.statusMessage()).isNotBlank();
      assertThat(connection.schemaViolations()).isEmpty();
    }
  }

  @Test
  void tasksResultAnswersTheProtocolErrorTheCallEndedWith() {
    try (TestConnection connection = open()) {
      McpClient client = connection.client();
      Task task = client.callToolAsTask(CallToolRequest.of("broken", null), null);
      JsonRpcException error = catchThrowableOfType(JsonRpcException.class,
          () -> client.toolTaskResult(task.taskId()));
      assertThat(error.code()).isEqualTo(TaskTools.BROKEN);
      assertThat(error.getMessage()).contains("broken on purpose");
      assertThat(error.data().path("detail").asString()).isEqualTo("test");
      assertThat(client.getTask(task.taskId()).status()).isEqualTo(TaskStatus.FAILED);
    }
  }

  @Test
  void eachToolsTaskSupportIsEnforced() {
    try (TestConnection connection = open()) {
      McpClient client = connection.client();
      JsonRpcException forbidden = catchThrowableOfType(JsonRpcException.class,
          () -> client.callToolAsTask(CallToolRequest.of("plain", null), null));
      assertThat(forbidden.code()).isEqualTo(ErrorCodes.METHOD_NOT_FOUND);
      JsonRpcException required = catchThrowableOfType(JsonRpcException.class,
          () -> client.request(CallToolRequest.of("fails", null)));
      assertThat(required.code()).isEqualTo(ErrorCodes.METHOD_NOT_FOUND);
      // The same call through callTool becomes a task and is followed to its end; the polls
      // ask for no progress of their own.
      CallToolResult result = client.callTool(CallToolRequest.of("fails", null),
          CallOptions.progress(notification -> { }));
      assertThat(result.isError()).isTrue();
      assertThat(text(result)).isEqualTo("it failed");
      assertThat(connection.wire().sent()).anySatisfy(message -> assertThat(
          message instanceof JsonRpcRequest request && request.method().equals("tools/call")
              && request.params().has("task")).isTrue());
      assertThat(connection.wire().sent()).allSatisfy(message -> {
        if (message instanceof JsonRpcRequest request && request.method().startsWith("tasks/")) {
          assertThat(request.params().path("_meta").has("progressToken")).isFalse();
        }
      });
      // An optional tool without a task runs directly.
      assertThat(text(client.callTool("compute", Map.of("n", 4)))).isEqualTo("computed 5 directly");
    }
  }

  @Test
  void aToolThatRunsOnlyAsATaskIsCalledAsOneWhenTheClientKnowsIt() {
    try (TestConnection connection = open()) {
      McpClient client = connection.client();
      client.listTools();
      JsonRpcException error = catchThrowableOfType(JsonRpcException.class,
          () -> client.callTool("broken", Map.of()));
      assertThat(error.code()).isEqualTo(TaskTools.BROKEN);
      long refused = connection.wire().received().stream()
          .filter(m -> m instanceof io.jmcp.jsonrpc.JsonRpcErrorResponse e
              && e.error().code() == ErrorCodes.METHOD_NOT_FOUND).count();
      assertThat(refused).isZero();
    }
  }

  @Test
  void cancellingARunningTaskInterruptsItsHandlerAndEndsTheTaskForGood() throws Exception {
    try (TestConnection connection = open()) {
      McpClient client = connection.client();
      Task task = client.callToolAsTask(CallToolRequest.of("blocker", null), null);
      assertThat(probe.started.await(10, TimeUnit.SECONDS)).isTrue();
      Task cancelled = client.cancelTask(task.taskId());
      assertThat(cancelled.status()).isEqualTo(TaskStatus.CANCELLED);
      assertThat(probe.interrupted.await(10, TimeUnit.SECONDS)).isTrue();
      assertThat(probe.cancelHeard.await(10, TimeUnit.SECONDS)).isTrue();
      assertThat(client.getTask(task.taskId()).status()).isEqualTo(TaskStatus.CANCELLED);

      JsonRpcException again = catchThrowableOfType(JsonRpcException.class,
          () -> client.cancelTask(task.taskId()));
      assertThat(again.code()).isEqualTo(ErrorCodes.INVALID_PARAMS);
      assertThat(again.getMessage()).contains("terminal status 'cancelled'");
      JsonRpcException noResult = catchThrowableOfType(JsonRpcException.class,
          () -> client.toolTaskResult(task.taskId()));
      assertThat(noResult.getMessage()).contains("cancelled");
      assertThat(connection.schemaViolations()).isEmpty();
    }
  }

  @Test
  void aCompletedTaskCannotBeCancelled() {
    try (TestConnection connection = open()) {
      McpClient client = connection.client();
      Task task = client.callToolAsTask(call("compute", 1), null);
      client.toolTaskResult(task.taskId());
      JsonRpcException error = catchThrowableOfType(JsonRpcException.class,
          () -> client.cancelTask(task.taskId()));
      assertThat(error.code()).isEqualTo(ErrorCodes.INVALID_PARAMS);
      assertThat(client.getTask(task.taskId()).status()).isEqualTo(TaskStatus.COMPLETED);
    }
  }

  @Test
  void unknownTasksAreInvalidParams() {
    try (TestConnection connection = open()) {
      McpClient client = connection.client();
      for (Runnable attempt : List.<Runnable>of(() -> client.getTask("nope"),
          () -> client.toolTaskResult("nope"), () -> client.cancelTask("nope"))) {
        JsonRpcException error = catchThrowableOfType(JsonRpcException.class, attempt::run);
        assertThat(error.code()).isEqualTo(ErrorCodes.INVALID_PARAMS);
      }
    }
  }

  @Test
  void aTasksQuestionIsTaggedWithItWhileTheTaskWaitsForInput() {
    AtomicReference<String> relatedTask = new AtomicReference<>();
    AtomicReference<TaskStatus> statusWhileAsked = new AtomicReference<>();
    AtomicReference<McpClient> self = new AtomicReference<>();
    try (TestConnection connection = open(builder -> builder.elicitation((request, context) -> {
      String taskId = context.meta().get(Meta.RELATED_TASK).path("taskId").asString();
      relatedTask.set(taskId);
      statusWhileAsked.set(self.get().getTask(taskId).status());
      return ElicitResult.accept(Map.of("confirm", McpJson.toTree(true)));
    }))) {
      McpClient client = connection.client();
      self.set(client);
      Task task = client.callToolAsTask(CallToolRequest.of("confirm", null), null);
      assertThat(text(client.toolTaskResult(task.taskId()))).isEqualTo("confirmed");
      assertThat(relatedTask.get()).isEqualTo(task.taskId());
      assertThat(statusWhileAsked.get()).isEqualTo(TaskStatus.INPUT_REQUIRED);
      assertThat(client.getTask(task.taskId()).status()).isEqualTo(TaskStatus.COMPLETED);
      assertThat(connection.schemaViolations()).isEmpty();
    }
  }

  @Test
  void tasksAreListedPageByPageAndOnlyToTheSessionThatMadeThem() {
    try (TestConnection first = open(); TestConnection second = open()) {
      for (int n = 0; n < 3; n++) {
        first.client().callToolAsTask(call("compute", n), null);
      }
      Task other = second.client().callToolAsTask(call("compute", 9), null);
      ListTasksResult page = first.client().listTasks(null);
      assertThat(page.tasks()).hasSize(2);
      assertThat(page.nextCursor()).isNotNull();
      assertThat(first.client().listTasks()).hasSize(3)
          .noneMatch(task -> task.taskId().equals(other.taskId()));
      assertThat(second.client().listTasks()).extracting(Task::taskId)
          .containsExactly(other.taskId());
      JsonRpcException badCursor = catchThrowableOfType(JsonRpcException.class,
          () -> first.client().listTasks("forged"));
      assertThat(badCursor.code()).isEqualTo(ErrorCodes.INVALID_PARAMS);
      assertThat(first.schemaViolations()).isEmpty();
    }
  }

  @Test
  void aTaskOutlivesTheConnectionThatCreatedIt() throws Exception {
    String taskId;
    try (TestConnection creator = open()) {
      taskId = creator.client().callToolAsTask(CallToolRequest.of("blocker", null), null)
          .taskId();
      assertThat(probe.started.await(10, TimeUnit.SECONDS)).isTrue();
    }
    probe.release.countDown();
    try (TestConnection later = open()) {
      assertThat(text(later.client().toolTaskResult(taskId))).isEqualTo("released");
      assertThat(probe.interrupted.getCount()).isEqualTo(1);
    }
  }

  @Test
  void aTaskIsForgottenOnceItsTtlIsUp() {
    try (TestConnection connection = open()) {
      McpClient client = connection.client();
      Task task = client.callToolAsTask(call("compute", 1), Duration.ofSeconds(5));
      client.toolTaskResult(task.taskId());
      assertThat(client.getTask(task.taskId()).status()).isEqualTo(TaskStatus.COMPLETED);
      clock.advance(Duration.ofSeconds(6));
      JsonRpcException gone = catchThrowableOfType(JsonRpcException.class,
          () -> client.getTask(task.taskId()));
      assertThat(gone.code()).isEqualTo(ErrorCodes.INVALID_PARAMS);
    }
  }

  @Test
  void tasksAreBoundToTheAuthenticatedCaller() {
    try (McpClient alice = asCaller("alice"); McpClient bob = asCaller("bob");
        McpClient aliceAgain = asCaller("alice")) {
      Task task = alice.callToolAsTask(call("compute", 1), null);
      assertThat(text(aliceAgain.toolTaskResult(task.taskId()))).isEqualTo("computed 2 as a task");
      for (Runnable attempt : List.<Runnable>of(() -> bob.getTask(task.taskId()),
          () -> bob.toolTaskResult(task.taskId()), () -> bob.cancelTask(task.taskId()))) {
        assertThat(catchThrowableOfType(JsonRpcException.class, attempt::run).code())
            .isEqualTo(ErrorCodes.INVALID_PARAMS);
      }
      assertThat(bob.listTasks()).isEmpty();
      assertThat(aliceAgain.listTasks()).extracting(Task::taskId).containsExactly(task.taskId());
    }
  }

  private McpClient asCaller(String name) {
    InMemoryTransport.Pair pair = InMemoryTransport.pair();
    server.connect(new CallerTransport(pair.server(), name));
    return McpClient.builder(Implementation.of("caller", "1")).protocolVersion(V)
        .connect(pair.client());
  }

  @Test
  void progressAndStatusNoticesReachTheSessionTaggedWithTheTask() throws Exception {
    try (RawClient raw = new RawClient(server)) {
      raw.exchange("""
          {"jsonrpc":"2.0","id":0,"method":"initialize","params":{"protocolVersion":"2025-11-25",
           "capabilities":{},"clientInfo":{"name":"raw","version":"1"}}}""", 0);
      raw.send("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}");
      JsonNode created = raw.exchange("""
          {"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"compute",
           "arguments":{"n":1},"task":{"ttl":60000},"_meta":{"progressToken":"p-1"}}}""", 1)
          .json();
      String taskId = created.path("task").path("taskId").asString();
      assertThat(created.path("task").path("status").asString()).isEqualTo("working");
      boolean progress = false;
      boolean completed = false;
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while ((!progress || !completed) && System.nanoTime() < deadline) {
        JsonRpcMessage message = raw.next(Duration.ofSeconds(1));
        if (message instanceof JsonRpcNotification n && n.method().equals("notifications/progress")) {
          assertThat(n.params().path("progressToken").asString()).isEqualTo("p-1");
          assertThat(n.params().path("_meta").path(Meta.RELATED_TASK).path("taskId").asString())
              .isEqualTo(taskId);
          progress = true;
        } else if (message instanceof JsonRpcNotification n
            && n.method().equals("notifications/tasks/status")
            && n.params().path("status").asString().equals("completed")) {
          assertThat(n.params().path("taskId").asString()).isEqualTo(taskId);
          completed = true;
        }
      }
      assertThat(progress).as("progress notice").isTrue();
      assertThat(completed).as("status notice").isTrue();
      assertThat(ProtocolSchema.of(V).validate(raw.log, null)).isEmpty();
    }
  }

  @Test
  void aServerWithoutTaskToolsIgnoresTheTaskParam() {
    McpServer plain = Fixtures.server();
    try (McpClient client = McpTestKit.connect(plain, builder -> builder.protocolVersion(V))) {
      assertThat(client.serverCapabilities().tasks()).isNull();
      CallToolResult result = client.request(new CallToolRequest("echo",
          McpJson.object().put("text", "hi"), new TaskMetadata(null, Map.of()), null, Map.of()));
      assertThat(text(result)).isEqualTo("hi");
    }
  }

  private static JsonNode resultOf(TestConnection connection, String method) {
    JsonRpcRequest request = connection.wire().sent().stream()
        .filter(m -> m instanceof JsonRpcRequest r && r.method().equals(method))
        .map(JsonRpcRequest.class::cast).reduce((a, b) -> b).orElseThrow();
    return connection.wire().received().stream()
        .filter(m -> m instanceof JsonRpcResult r && r.id().equals(request.id()))
        .map(m -> ((JsonRpcResult) m).result()).findFirst().orElseThrow();
  }

}
