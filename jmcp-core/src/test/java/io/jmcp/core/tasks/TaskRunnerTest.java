package io.jmcp.core.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jmcp.jsonrpc.JsonRpcException;
import io.jmcp.jsonrpc.RequestCancelledException;
import io.jmcp.schema.McpJson;
import io.jmcp.schema.tasks.TaskStatus;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class TaskRunnerTest {

  private static final Duration PATIENCE = Duration.ofSeconds(10);

  private final TaskRunner runner = new TaskRunner(new InMemoryTaskStore(),
      TaskSettings.DEFAULT.withTtl(Duration.ofMinutes(1), Duration.ofMinutes(5)),
      Clock.systemUTC());

  private StoredTask create() {
    return runner.create(TaskDesign.EXTENSION, "tools/call", null, null, null);
  }

  @Test
  void workEndsItsTaskWithItsOutcome() throws Exception {
    StoredTask task = create();
    assertThat(task.status()).isEqualTo(TaskStatus.WORKING);
    assertThat(task.taskId()).hasSizeGreaterThanOrEqualTo(32);
    runner.start(task.taskId(), () -> TaskOutcome.completed(McpJson.object().put("n", 1)));
    StoredTask done = runner.awaitTerminal(task.taskId(), PATIENCE).orElseThrow();
    assertThat(done.status()).isEqualTo(TaskStatus.COMPLETED);
    assertThat(done.result().path("n").asInt()).isEqualTo(1);
  }

  @Test
  void aProtocolErrorFailsTheTaskWithThatError() throws Exception {
    StoredTask task = create();
    runner.start(task.taskId(), () -> {
      throw new JsonRpcException(-32050, "broken", McpJson.object().put("why", "test"));
    });
    StoredTask done = runner.awaitTerminal(task.taskId(), PATIENCE).orElseThrow();
    assertThat(done.status()).isEqualTo(TaskStatus.FAILED);
    assertThat(done.error().code()).isEqualTo(-32050);
    assertThat(done.error().data().path("why").asString()).isEqualTo("test");
    assertThat(done.result()).isNull();
  }

  @Test
  void requestedTtlsAreCappedAndDefaulted() {
    assertThat(runner.create(TaskDesign.EXTENSION, "m", null, null, 1_000L).ttl())
        .isEqualTo(Duration.ofSeconds(1));
    assertThat(runner.create(TaskDesign.EXTENSION, "m", null, null, 3_600_000L).ttl())
        .isEqualTo(Duration.ofMinutes(5));
    assertThat(create().ttl()).isEqualTo(Duration.ofMinutes(1));
  }

  @Test
  void cancellingInterruptsTheWorkAndTheTaskStaysCancelled() throws Exception {
    StoredTask task = create();
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch interrupted = new CountDownLatch(1);
    CountDownLatch listened = new CountDownLatch(1);
    runner.start(task.taskId(), () -> {
      runner.onCancel(task.taskId(), listened::countDown);
      started.countDown();
      try {
        Thread.sleep(Duration.ofMinutes(5));
      } catch (InterruptedException e) {
        interrupted.countDown();
        // Work that ignores the cancellation and answers anyway must not change the outcome.
        return TaskOutcome.completed(McpJson.object());
      }
      return TaskOutcome.completed(McpJson.object());
    });
    assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
    assertThat(runner.cancel(task.taskId(), "stop").orElseThrow().status())
        .isEqualTo(TaskStatus.CANCELLED);
    assertThat(interrupted.await(10, TimeUnit.SECONDS)).isTrue();
    assertThat(listened.await(10, TimeUnit.SECONDS)).isTrue();
    assertThat(runner.isCancelled(task.taskId())).isTrue();
    assertThat(runner.awaitTerminal(task.taskId(), PATIENCE).orElseThrow().status())
        .isEqualTo(TaskStatus.CANCELLED);
    assertThat(runner.store().find(task.taskId()).orElseThrow().result()).isNull();
  }

  @Test
  void questionsWaitForEveryAnswerAndIgnoreOthers() throws Exception {
    StoredTask task = create();
    CompletableFuture<Map<String, JsonNode>> answers = new CompletableFuture<>();
    runner.start(task.taskId(), () -> {
      answers.complete(runner.ask(task.taskId(), Map.of("a", McpJson.object().put("q", 1),
          "b", McpJson.object().put("q", 2))));
      return TaskOutcome.completed(McpJson.object());
    });
    StoredTask asking = await(task.taskId(), TaskStatus.INPUT_REQUIRED);
    assertThat(asking.inputRequests()).containsOnlyKeys("a", "b");

    runner.answer(task.taskId(), Map.of("a", McpJson.object().put("answer", "A"),
        "unknown", McpJson.object()));
    StoredTask partly = runner.store().find(task.taskId()).orElseThrow();
    assertThat(partly.status()).isEqualTo(TaskStatus.INPUT_REQUIRED);
    assertThat(partly.inputRequests()).containsOnlyKeys("b");
    assertThat(answers).isNotDone();

    runner.answer(task.taskId(), Map.of("b", McpJson.object().put("answer", "B"),
        "a", McpJson.object().put("answer", "again")));
    assertThat(answers.get(10, TimeUnit.SECONDS)).containsOnlyKeys("a", "b");
    assertThat(answers.get().get("a").path("answer").asString()).isEqualTo("A");
    assertThat(runner.awaitTerminal(task.taskId(), PATIENCE).orElseThrow().status())
        .isEqualTo(TaskStatus.COMPLETED);
  }

  @Test
  void aCancelledTaskStopsWaitingForAnswers() throws Exception {
    StoredTask task = create();
    CompletableFuture<Throwable> failure = new CompletableFuture<>();
    runner.start(task.taskId(), () -> {
      try {
        runner.ask(task.taskId(), Map.of("a", McpJson.object()));
      } catch (Throwable e) {
        failure.complete(e);
        throw e;
      }
      return TaskOutcome.completed(McpJson.object());
    });
    await(task.taskId(), TaskStatus.INPUT_REQUIRED);
    runner.cancel(task.taskId(), "no");
    assertThat(failure.get(10, TimeUnit.SECONDS)).isInstanceOfAny(InterruptedException.class,
        RequestCancelledException.class);
    assertThat(runner.store().find(task.taskId()).orElseThrow().status())
        .isEqualTo(TaskStatus.CANCELLED);
  }

  @Test
  void workAttachedLaterIsInterruptedByACancellation() throws Exception {
    StoredTask task = create();
    CompletableFuture<Boolean> interrupted = new CompletableFuture<>();
    CountDownLatch attached = new CountDownLatch(1);
    Thread.ofVirtual().start(() -> {
      TaskRunner.Attachment attachment = runner.attach(task.taskId());
      attached.countDown();
      try {
        Thread.sleep(Duration.ofMinutes(5));
        attachment.complete(TaskOutcome.completed(McpJson.object()));
        interrupted.complete(false);
      } catch (InterruptedException e) {
        attachment.fail(e);
        interrupted.complete(true);
      }
    });
    assertThat(attached.await(10, TimeUnit.SECONDS)).isTrue();
    runner.cancel(task.taskId(), "stop");
    assertThat(interrupted.get(10, TimeUnit.SECONDS)).isTrue();
    assertThat(runner.isRunning(task.taskId())).isFalse();
  }

  @Test
  void questionsOfTheCoreDesignMarkTheTaskInputRequiredWhileOpen() {
    StoredTask task = runner.create(TaskDesign.CORE_2025_11_25, "tools/call", null, null, null);
    runner.questionAsked(task.taskId());
    assertThat(runner.store().find(task.taskId()).orElseThrow().status())
        .isEqualTo(TaskStatus.INPUT_REQUIRED);
    runner.questionAnswered(task.taskId());
    assertThat(runner.store().find(task.taskId()).orElseThrow().status())
        .isEqualTo(TaskStatus.WORKING);
  }

  @Test
  void askingAnEndedTaskFails() {
    StoredTask task = create();
    runner.finish(task.taskId(), TaskOutcome.completed(McpJson.object()));
    assertThatThrownBy(() -> runner.ask(task.taskId(), Map.of("a", McpJson.object())))
        .isInstanceOf(RequestCancelledException.class);
  }

  private StoredTask await(String taskId, TaskStatus status) throws InterruptedException {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (System.nanoTime() < deadline) {
      StoredTask task = runner.store().find(taskId).orElseThrow();
      if (task.status() == status) {
        return task;
      }
      Thread.sleep(10);
    }
    throw new AssertionError("task " + taskId + " never became " + status);
  }
}
