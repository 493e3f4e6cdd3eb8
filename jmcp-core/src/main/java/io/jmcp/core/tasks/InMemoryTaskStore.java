package io.jmcp.core.tasks;

import io.jmcp.jsonrpc.JsonRpcException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default {@link TaskStore}: tasks in this process's memory, at most {@code capacity} of them.
 * Expired tasks are dropped as they are met and in a sweep at most once a second; when the store
 * is full, the oldest finished task makes room, and if every task is still running a new one is
 * refused.
 */
public final class InMemoryTaskStore implements TaskStore {

  private static final Logger LOG = LoggerFactory.getLogger(InMemoryTaskStore.class);

  /** The capacity of {@link #InMemoryTaskStore()}. */
  public static final int DEFAULT_CAPACITY = 10_000;

  private static final Duration SWEEP_INTERVAL = Duration.ofSeconds(1);

  private final int capacity;
  private final Clock clock;
  private final LinkedHashMap<String, StoredTask> tasks = new LinkedHashMap<>();
  private final Map<String, List<Consumer<StoredTask>>> watchers = new ConcurrentHashMap<>();
  private Instant lastSweep = Instant.MIN;

  public InMemoryTaskStore() {
    this(DEFAULT_CAPACITY, Clock.systemUTC());
  }

  /** A store of at most {@code capacity} tasks, telling time by {@code clock}. */
  public InMemoryTaskStore(int capacity, Clock clock) {
    if (capacity < 1) {
      throw new IllegalArgumentException("a task store holds at least one task");
    }
    this.capacity = capacity;
    this.clock = Objects.requireNonNull(clock);
  }

  @Override
  public void create(StoredTask task) {
    synchronized (this) {
      Instant now = clock.instant();
      sweep(now, tasks.size() >= capacity);
      if (tasks.size() >= capacity && !evictOldestFinished()) {
        throw JsonRpcException.internalError("Too many tasks at once (" + capacity
            + "); try again when some have finished");
      }
      if (tasks.putIfAbsent(task.taskId(), task) != null) {
        throw new IllegalArgumentException("task " + task.taskId() + " exists already");
      }
    }
    tell(task);
  }

  @Override
  public synchronized Optional<StoredTask> find(String taskId) {
    return Optional.ofNullable(live(taskId, clock.instant()));
  }

  @Override
  public Optional<StoredTask> update(String taskId, UnaryOperator<StoredTask> change) {
    StoredTask changed;
    synchronized (this) {
      StoredTask current = live(taskId, clock.instant());
      if (current == null) {
        return Optional.empty();
      }
      if (current.isTerminal()) {
        return Optional.of(current);
      }
      changed = Objects.requireNonNull(change.apply(current), "a task change gave null");
      if (!changed.taskId().equals(taskId)) {
        throw new IllegalArgumentException("a task change may not change the task id");
      }
      if (changed.equals(current)) {
        return Optional.of(current);
      }
      tasks.put(taskId, changed);
    }
    tell(changed);
    return Optional.of(changed);
  }

  @Override
  public synchronized List<StoredTask> list(@Nullable String owner) {
    Instant now = clock.instant();
    sweep(now, true);
    List<StoredTask> owned = new ArrayList<>();
    for (StoredTask task : tasks.values()) {
      if (Objects.equals(task.owner(), owner)) {
        owned.add(task);
      }
    }
    return owned;
  }

  @Override
  public synchronized void remove(String taskId) {
    tasks.remove(taskId);
  }

  @Override
  public Watch watch(String taskId, Consumer<StoredTask> listener) {
    List<Consumer<StoredTask>> list =
        watchers.computeIfAbsent(taskId, id -> new CopyOnWriteArrayList<>());
    list.add(listener);
    return () -> watchers.computeIfPresent(taskId, (id, current) -> {
      current.remove(listener);
      return current.isEmpty() ? null : current;
    });
  }

  /** How many tasks the store holds now, expired ones included until they are swept. */
  public synchronized int size() {
    return tasks.size();
  }

  private @Nullable StoredTask live(String taskId, Instant now) {
    StoredTask task = tasks.get(taskId);
    if (task != null && task.isExpired(now)) {
      tasks.remove(taskId);
      return null;
    }
    return task;
  }

  /** Drops expired tasks, at most once a second unless {@code now} is needed. */
  private void sweep(Instant now, boolean force) {
    if (!force && Duration.between(lastSweep, now).compareTo(SWEEP_INTERVAL) < 0) {
      return;
    }
    lastSweep = now;
    tasks.values().removeIf(task -> task.isExpired(now));
  }

  private boolean evictOldestFinished() {
    Iterator<StoredTask> oldestFirst = tasks.values().iterator();
    while (oldestFirst.hasNext()) {
      StoredTask task = oldestFirst.next();
      if (task.isTerminal()) {
        oldestFirst.remove();
        LOG.debug("Task store full: forgetting finished task {}", task.taskId());
        return true;
      }
    }
    return false;
  }

  private void tell(StoredTask task) {
    List<Consumer<StoredTask>> listeners = watchers.get(task.taskId());
    if (listeners == null) {
      return;
    }
    for (Consumer<StoredTask> listener : listeners) {
      try {
        listener.accept(task);
      } catch (RuntimeException e) {
        LOG.warn("A watcher of task {} failed", task.taskId(), e);
      }
    }
  }
}
