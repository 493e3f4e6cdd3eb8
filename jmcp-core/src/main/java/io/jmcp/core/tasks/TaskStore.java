package io.jmcp.core.tasks;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * Where tasks live, in both designs: the in-memory default ({@link InMemoryTaskStore}) or a shared
 * store, so that several server instances behind a load balancer can answer for each other's
 * tasks.
 *
 * <p>Rules every store keeps: a task {@link #create created} is found at once (the extension
 * forbids answering with a task handle before that); {@link #update updates} of one task are
 * atomic; a terminal task ({@code completed}, {@code failed}, {@code cancelled}) never changes
 * again; a task past its ttl is never returned (and may be dropped at any time).
 */
public interface TaskStore {

  /**
   * Keeps a new task.
   *
   * @throws io.jmcp.jsonrpc.JsonRpcException -32603 if the store is full
   */
  void create(StoredTask task);

  /** The task, unless it is unknown or has expired. */
  Optional<StoredTask> find(String taskId);

  /**
   * Replaces the task with {@code change} applied to it, atomically, and tells the watchers.
   * A terminal task is left as it is.
   *
   * @return the task as it is now; empty if it is unknown or has expired
   */
  Optional<StoredTask> update(String taskId, UnaryOperator<StoredTask> change);

  /** The live tasks of {@code owner} (those with no owner when null), oldest first. */
  List<StoredTask> list(@Nullable String owner);

  /** Forgets a task. */
  void remove(String taskId);

  /**
   * Calls {@code listener} with the task after each change, until the returned watch is closed.
   * Listeners run on the thread that made the change and must be quick.
   */
  Watch watch(String taskId, Consumer<StoredTask> listener);

  /** A registration made by {@link #watch}. */
  @FunctionalInterface
  interface Watch extends AutoCloseable {
    @Override
    void close();
  }
}
