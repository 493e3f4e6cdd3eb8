package io.jmcp.core.tasks;

import io.jmcp.jsonrpc.ErrorCodes;
import io.jmcp.jsonrpc.JsonRpcError;
import io.jmcp.jsonrpc.JsonRpcException;
import io.jmcp.jsonrpc.RequestCancelledException;
import io.jmcp.schema.tasks.TaskStatus;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * Runs tasks, in either design, over a {@link TaskStore}: creates them, runs their work on virtual
 * threads of their own (so they outlive the request and the connection that started them),
 * records how they end, cancels them (interrupting the work), and lets the work wait for the
 * requestor's input. Everything observable lives in the store; this class only keeps the threads.
 */
public final class TaskRunner implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(TaskRunner.class);

  /** How often waiting work looks at the store even without a change notice (shared stores). */
  private static final Duration RECHECK = Duration.ofSeconds(1);

  private final TaskStore store;
  private final TaskSettings settings;
  private final Clock clock;
  private final Map<String, Execution> running = new ConcurrentHashMap<>();

  public TaskRunner(TaskStore store, TaskSettings settings, Clock clock) {
    this.store = Objects.requireNonNull(store);
    this.settings = Objects.requireNonNull(settings);
    this.clock = Objects.requireNonNull(clock);
  }

  public TaskStore store() {
    return store;
  }

  public TaskSettings settings() {
    return settings;
  }

  /** Who owns the tasks of {@code caller}: a digest of its name, or null without one. */
  public static @Nullable String owner(Optional<Principal> caller) {
    return caller.map(principal -> {
      try {
        byte[] digest = MessageDigest.getInstance("SHA-256")
            .digest(principal.getName().getBytes(StandardCharsets.UTF_8));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("SHA-256 is missing from this JVM", e);
      }
    }).orElse(null);
  }

  // ------------------------------------------------------------ creating and running

  /**
   * Creates a {@code working} task with an unguessable id; it is in the store when this returns.
   *
   * @param requestedTtlMillis the requestor's wish, capped by the settings; null for the default
   */
  public StoredTask create(TaskDesign design, String method, @Nullable String owner,
      @Nullable String origin, @Nullable Long requestedTtlMillis) {
    StoredTask task = StoredTask.working(UUID.randomUUID().toString(), design, method, owner,
        origin, clock.instant(), settings.ttl(requestedTtlMillis), settings.pollInterval());
    store.create(task);
    return task;
  }

  /** The work of a task. */
  @FunctionalInterface
  public interface Work {
    /**
     * Does the request's work.
     *
     * @throws JsonRpcException the error the request ends with ({@code failed})
     */
    TaskOutcome run() throws Exception;
  }

  /**
   * Runs {@code work} for {@code taskId} on a thread of its own; its outcome ends the task
   * (unless the task was cancelled or ended otherwise first).
   */
  public void start(String taskId, Work work) {
    Thread.ofVirtual().name("jmcp-task-" + taskId.substring(0, Math.min(8, taskId.length())))
        .start(() -> {
          Attachment attachment = attach(taskId);
          try {
            attachment.complete(work.run());
          } catch (Throwable failure) {
            attachment.fail(failure);
            if (failure instanceof Error error) {
              throw error;
            }
          }
        });
  }

  /**
   * Makes the work running on the calling thread the work of {@code taskId}: from now on,
   * cancelling the task interrupts this thread. For work that began before its task existed
   * (a handler that asked its questions first); end it through the returned attachment.
   */
  public Attachment attach(String taskId) {
    Execution execution = new Execution(taskId, Thread.currentThread());
    running.put(taskId, execution);
    // A cancellation through the store (any node, any connection) interrupts the work.
    execution.watch = store.watch(taskId, task -> {
      if (task.status() == TaskStatus.CANCELLED) {
        execution.cancel();
      }
    });
    Optional<StoredTask> now = store.find(taskId);
    if (now.isEmpty() || now.get().status() == TaskStatus.CANCELLED) {
      // Cancelled before the work got here: its first wait ends it.
      execution.cancel();
      Thread.currentThread().interrupt();
    }
    return execution;
  }

  /** The work of a task, running on one thread; ended exactly once. */
  public interface Attachment {

    /** Ends the task with how its work ended. */
    void complete(TaskOutcome outcome);

    /**
     * Ends the task with the failure its work threw: a {@link JsonRpcException} is the error
     * the request ends with; an interruption or cancellation leaves it cancelled.
     */
    void fail(Throwable failure);
  }

  /** Ends a task with {@code outcome}; a task already terminal stays as it is. */
  public Optional<StoredTask> finish(String taskId, TaskOutcome outcome) {
    return store.update(taskId, task -> task.finished(outcome.status(),
        outcome.statusMessage(), outcome.result(), outcome.error(), clock.instant()));
  }

  /**
   * Cancels a task: it becomes {@code cancelled} (unless already terminal) and its work, if it
   * runs here, is interrupted.
   *
   * @return the task as it is now; empty if unknown
   */
  public Optional<StoredTask> cancel(String taskId, String message) {
    Optional<StoredTask> now = store.update(taskId, task -> task.finished(TaskStatus.CANCELLED,
        message, null, null, clock.instant()));
    Execution execution = running.get(taskId);
    if (execution != null && now.isPresent() && now.get().status() == TaskStatus.CANCELLED) {
      execution.cancel();
    }
    return now;
  }

  /** Whether the task's work was cancelled (or the task is gone). */
  public boolean isCancelled(String taskId) {
    Execution execution = running.get(taskId);
    if (execution != null) {
      return execution.cancelled;
    }
    return store.find(taskId).map(task -> task.status() == TaskStatus.CANCELLED).orElse(true);
  }

  /** Runs {@code action} when the task is cancelled (at once if it already was). */
  public void onCancel(String taskId, Runnable action) {
    Execution execution = running.get(taskId);
    if (execution == null) {
      if (isCancelled(taskId)) {
        action.run();
      }
      return;
    }
    execution.onCancel(action);
  }

  /** Sets the status message (e.g. progress), leaving the status as it is. */
  public void describe(String taskId, @Nullable String message) {
    store.update(taskId, task -> task.withMessage(message, clock.instant()));
  }

  // ------------------------------------------------------------ waiting

  /**
   * Waits until the task is terminal, at most {@code patience}.
   *
   * @return the task as it is then (terminal or not); empty if it is unknown or expired
   */
  public Optional<StoredTask> awaitTerminal(String taskId, Duration patience)
      throws InterruptedException {
    return await(taskId, StoredTask::isTerminal, patience);
  }

  private Optional<StoredTask> await(String taskId, Predicate<StoredTask> done,
      Duration patience) throws InterruptedException {
    LinkedBlockingQueue<StoredTask> changes = new LinkedBlockingQueue<>();
    long deadline = System.nanoTime() + patience.toNanos();
    try (TaskStore.Watch watch = store.watch(taskId, changes::add)) {
      while (true) {
        Optional<StoredTask> task = store.find(taskId);
        if (task.isEmpty() || done.test(task.get())) {
          return task;
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return task;
        }
        changes.poll(Math.min(left, RECHECK.toNanos()), TimeUnit.NANOSECONDS);
        changes.clear();
      }
    }
  }

  // ------------------------------------------------------------ input (extension design)

  /**
   * Asks the requestor {@code questions} (key to {@code {method, params}}) and waits for every
   * answer: the task is {@code input_required} until the answers came through
   * {@link #answer}.
   *
   * @return the answers, by key
   * @throws RequestCancelledException if the task was cancelled or ended meanwhile
   */
  public Map<String, JsonNode> ask(String taskId, Map<String, JsonNode> questions)
      throws InterruptedException {
    Optional<StoredTask> asked = store.update(taskId, task -> {
      Map<String, JsonNode> requests = new LinkedHashMap<>(task.inputRequests());
      requests.putAll(questions);
      return task.withInput(requests, task.inputResponses(), TaskStatus.INPUT_REQUIRED,
          clock.instant());
    });
    if (asked.isEmpty() || asked.get().isTerminal()) {
      throw new RequestCancelledException("Task " + taskId + " ended before its questions");
    }
    while (true) {
      Optional<StoredTask> task = await(taskId, t -> t.isTerminal()
          || t.inputResponses().keySet().containsAll(questions.keySet()), Duration.ofDays(365));
      if (task.isEmpty() || task.get().isTerminal()) {
        throw new RequestCancelledException("Task " + taskId + " ended while it waited for "
            + "input");
      }
      Map<String, JsonNode> answers = new LinkedHashMap<>();
      store.update(taskId, t -> {
        answers.clear();
        Map<String, JsonNode> left = new LinkedHashMap<>(t.inputResponses());
        for (String key : questions.keySet()) {
          answers.put(key, left.remove(key));
        }
        return t.withInput(t.inputRequests(), left, t.status(), clock.instant());
      });
      if (answers.size() == questions.size() && !answers.containsValue(null)) {
        return answers;
      }
    }
  }

  /**
   * Delivers the requestor's answers: those whose key the task waits on are taken, others are
   * ignored (the extension's rule for unknown, answered and superseded keys). The task is
   * {@code working} again once nothing is outstanding.
   *
   * @return the task as it is now; empty if unknown
   */
  public Optional<StoredTask> answer(String taskId, Map<String, JsonNode> responses) {
    return store.update(taskId, task -> {
      Map<String, JsonNode> requests = new LinkedHashMap<>(task.inputRequests());
      Map<String, JsonNode> answers = new LinkedHashMap<>(task.inputResponses());
      responses.forEach((key, answer) -> {
        if (requests.remove(key) != null) {
          answers.put(key, answer);
        }
      });
      if (requests.size() == task.inputRequests().size()) {
        return task;
      }
      TaskStatus status = requests.isEmpty() ? TaskStatus.WORKING : TaskStatus.INPUT_REQUIRED;
      return task.withInput(requests, answers, status, clock.instant());
    });
  }

  // ------------------------------------------------------------ input (2025-11-25 design)

  /**
   * Marks a question sent to the requestor as a request of its own (2025-11-25): the task is
   * {@code input_required} while any is unanswered. Pair with {@link #questionAnswered}.
   */
  public void questionAsked(String taskId) {
    Execution execution = running.get(taskId);
    int open = execution == null ? 1 : execution.openQuestions.incrementAndGet();
    if (open == 1) {
      store.update(taskId, task -> task.with(TaskStatus.INPUT_REQUIRED, task.statusMessage(),
          clock.instant()));
    }
  }

  /** The counterpart of {@link #questionAsked}. */
  public void questionAnswered(String taskId) {
    Execution execution = running.get(taskId);
    int open = execution == null ? 0 : execution.openQuestions.decrementAndGet();
    if (open == 0) {
      store.update(taskId, task -> task.status() == TaskStatus.INPUT_REQUIRED
          ? task.with(TaskStatus.WORKING, task.statusMessage(), clock.instant()) : task);
    }
  }

  /** Whether a task's work runs in this process now. */
  public boolean isRunning(String taskId) {
    return running.containsKey(taskId);
  }

  /** Cancels every task running here (the receiver is shutting down). */
  @Override
  public void close() {
    for (String taskId : List.copyOf(running.keySet())) {
      cancel(taskId, "The receiver shut down");
    }
  }

  /** A task's work running in this process. */
  private final class Execution implements Attachment {
    final String taskId;
    final Thread thread;
    final List<Runnable> cancelListeners = new CopyOnWriteArrayList<>();
    final AtomicInteger openQuestions = new AtomicInteger();
    final AtomicBoolean ended = new AtomicBoolean();
    volatile TaskStore.Watch watch = () -> { };
    volatile boolean cancelled;

    Execution(String taskId, Thread thread) {
      this.taskId = taskId;
      this.thread = thread;
    }

    @Override
    public void complete(TaskOutcome outcome) {
      if (end()) {
        finish(taskId, outcome);
      }
    }

    @Override
    public void fail(Throwable failure) {
      if (!end()) {
        return;
      }
      if (cancelled || failure instanceof InterruptedException
          || failure instanceof RequestCancelledException) {
        TaskRunner.this.cancel(taskId, "The task was cancelled");
      } else if (failure instanceof JsonRpcException e) {
        finish(taskId, TaskOutcome.failed(e.toError()));
      } else {
        LOG.debug("Task {} failed", taskId, failure);
        finish(taskId, TaskOutcome.failed(new JsonRpcError(ErrorCodes.INTERNAL_ERROR,
            "The task failed: " + (failure.getMessage() != null ? failure.getMessage()
                : failure.getClass().getSimpleName()), null)));
      }
    }

    /** Stops tracking the work; false if it had ended already. */
    private boolean end() {
      if (!ended.compareAndSet(false, true)) {
        return false;
      }
      running.remove(taskId, this);
      watch.close();
      return true;
    }

    void cancel() {
      List<Runnable> listeners;
      synchronized (this) {
        if (cancelled) {
          return;
        }
        cancelled = true;
        listeners = List.copyOf(cancelListeners);
        cancelListeners.clear();
      }
      for (Runnable listener : listeners) {
        try {
          listener.run();
        } catch (RuntimeException e) {
          LOG.warn("A cancel listener of task {} failed", taskId, e);
        }
      }
      // Work that cancels itself sees the flag when it next waits; other work is interrupted.
      if (thread != Thread.currentThread() && !ended.get()) {
        thread.interrupt();
      }
    }

    void onCancel(Runnable action) {
      synchronized (this) {
        if (!cancelled) {
          cancelListeners.add(action);
          return;
        }
      }
      action.run();
    }
  }
}
