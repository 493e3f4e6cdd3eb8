package io.jmcp.core.tasks;

import io.jmcp.jsonrpc.JsonRpcError;
import io.jmcp.schema.tasks.Task;
import io.jmcp.schema.tasks.TaskStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A task as a {@link TaskStore} keeps it, in either design: its state, its answer once it has one,
 * and the questions it waits on.
 *
 * @param design the design that created it, and the only one that sees it
 * @param method the request the task runs, e.g. {@code tools/call}
 * @param owner who may see the task: a digest of the authenticated caller, or null when there
 *     was none (then anyone holding the unguessable id may)
 * @param origin the session or connection that created it (for listing without authentication)
 * @param ttl how long the task is kept after its creation; null for unlimited
 * @param pollInterval how often the requestor should poll; null for no advice
 * @param result the answer, as its JSON result (a {@code completed} task; in 2025-11-25 also a
 *     tool result with {@code isError}, which makes the task {@code failed})
 * @param error the JSON-RPC error the request ended with (a {@code failed} task)
 * @param inputRequests questions the task waits on, by key, each {@code {method, params}}
 *     (extension design)
 * @param inputResponses answers that arrived and the task has not taken yet, by key
 */
public record StoredTask(
    String taskId,
    TaskDesign design,
    String method,
    @Nullable String owner,
    @Nullable String origin,
    TaskStatus status,
    @Nullable String statusMessage,
    Instant createdAt,
    Instant lastUpdatedAt,
    @Nullable Duration ttl,
    @Nullable Duration pollInterval,
    @Nullable JsonNode result,
    @Nullable JsonRpcError error,
    Map<String, JsonNode> inputRequests,
    Map<String, JsonNode> inputResponses) {

  public StoredTask {
    Objects.requireNonNull(taskId, "taskId");
    Objects.requireNonNull(design, "design");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(lastUpdatedAt, "lastUpdatedAt");
    inputRequests = copy(inputRequests);
    inputResponses = copy(inputResponses);
  }

  /** A new task, {@code working}, created {@code now}. */
  public static StoredTask working(String taskId, TaskDesign design, String method,
      @Nullable String owner, @Nullable String origin, Instant now, @Nullable Duration ttl,
      @Nullable Duration pollInterval) {
    Instant created = now.truncatedTo(ChronoUnit.MILLIS);
    return new StoredTask(taskId, design, method, owner, origin, TaskStatus.WORKING, null,
        created, created, ttl, pollInterval, null, null, Map.of(), Map.of());
  }

  public boolean isTerminal() {
    return status.isTerminal();
  }

  /** When the store may forget the task; null if never. */
  public @Nullable Instant expiresAt() {
    return ttl == null ? null : createdAt.plus(ttl);
  }

  /** Whether the task's time is up at {@code now}. */
  public boolean isExpired(Instant now) {
    Instant expiry = expiresAt();
    return expiry != null && !now.isBefore(expiry);
  }

  /** Whether a requestor known as {@code requestor} may see it. */
  public boolean visibleTo(@Nullable String requestor) {
    return owner == null || owner.equals(requestor);
  }

  /** A copy in {@code newStatus}, with a new message, updated {@code now}. */
  public StoredTask with(TaskStatus newStatus, @Nullable String message, Instant now) {
    return new StoredTask(taskId, design, method, owner, origin, newStatus, message, createdAt,
        stamp(now), ttl, pollInterval, result, error, inputRequests, inputResponses);
  }

  /** A copy with a new status message only. */
  public StoredTask withMessage(@Nullable String message, Instant now) {
    return with(status, message, now);
  }

  /** A copy that has ended in {@code finalStatus} with an answer or an error. */
  public StoredTask finished(TaskStatus finalStatus, @Nullable String message,
      @Nullable JsonNode answer, @Nullable JsonRpcError failure, Instant now) {
    return new StoredTask(taskId, design, method, owner, origin, finalStatus, message, createdAt,
        stamp(now), ttl, pollInterval, answer, failure, Map.of(), Map.of());
  }

  /** A copy with other questions and answers in flight (the status is left to the caller). */
  public StoredTask withInput(Map<String, JsonNode> requests, Map<String, JsonNode> responses,
      TaskStatus newStatus, Instant now) {
    return new StoredTask(taskId, design, method, owner, origin, newStatus, statusMessage,
        createdAt, stamp(now), ttl, pollInterval, result, error, requests, responses);
  }

  /** The task as 2025-11-25 puts it on the wire. */
  public Task toWire() {
    return new Task(taskId, status, statusMessage, createdAt.toString(),
        lastUpdatedAt.toString(), ttl == null ? null : ttl.toMillis(),
        pollInterval == null ? null : pollInterval.toMillis(), Map.of());
  }

  private Instant stamp(Instant now) {
    Instant truncated = now.truncatedTo(ChronoUnit.MILLIS);
    // lastUpdatedAt never goes back, even if the clock does.
    return truncated.isBefore(lastUpdatedAt) ? lastUpdatedAt : truncated;
  }

  private static Map<String, JsonNode> copy(@Nullable Map<String, JsonNode> map) {
    return map == null || map.isEmpty() ? Map.of()
        : Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }
}
