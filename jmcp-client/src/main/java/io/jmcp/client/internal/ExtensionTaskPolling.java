package io.jmcp.client.internal;

import io.jmcp.core.CallOptions;
import io.jmcp.core.McpChannel;
import io.jmcp.jsonrpc.ErrorCodes;
import io.jmcp.jsonrpc.JsonRpcError;
import io.jmcp.jsonrpc.JsonRpcException;
import io.jmcp.jsonrpc.JsonRpcPeer;
import io.jmcp.jsonrpc.RequestCancelledException;
import io.jmcp.schema.McpJson;
import io.jmcp.schema.McpResult;
import io.jmcp.schema.ServerRequest;
import io.jmcp.schema.mrtr.InputRequests;
import io.jmcp.schema.tasks.TasksExtension;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Follows a task the server made of a 2026-07-28 call (the tasks extension) to its end, so that
 * the caller gets the call's result as if it had been answered directly: polls {@code tasks/get}
 * as often as the server advises, answers the task's questions with the client's handlers
 * ({@code tasks/update}, each key once), returns the inlined result or throws the task's error,
 * and cancels the task ({@code tasks/cancel}) when the caller gives up.
 */
final class ExtensionTaskPolling {

  private static final Logger LOG = LoggerFactory.getLogger(ExtensionTaskPolling.class);

  /** The interval when the server advises none, and the bounds of what it may advise. */
  static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(1);
  static final Duration MIN_INTERVAL = Duration.ofMillis(10);
  static final Duration MAX_INTERVAL = Duration.ofMinutes(1);

  /** How long a last {@code tasks/cancel} may take when the caller gave up. */
  private static final Duration CANCEL_PATIENCE = Duration.ofSeconds(5);

  private final McpChannel channel;
  private final CallOptions envelope;
  private final BiFunction<String, ServerRequest<?>, McpResult> answerer;

  /**
   * @param envelope the options of the call, with its {@code _meta} (the extension declared)
   * @param answerer answers one input request, by key
   */
  ExtensionTaskPolling(McpChannel channel, CallOptions envelope,
      BiFunction<String, ServerRequest<?>, McpResult> answerer) {
    this.channel = channel;
    // Polls carry the call's _meta but ask for no progress of their own.
    this.envelope = envelope.withProgress(null);
    this.answerer = answerer;
  }

  /** The final result of the task {@code created} announced. */
  JsonNode await(JsonNode created) {
    JsonNode taskId = created.get("taskId");
    if (taskId == null || !taskId.isString()) {
      throw new JsonRpcException(ErrorCodes.INTERNAL_ERROR,
          "Invalid tools/call result from the server: a task without a taskId");
    }
    String id = taskId.asString();
    Set<String> answered = new HashSet<>();
    JsonNode task = created;
    try {
      while (true) {
        switch (task.path("status").asString("")) {
          case "completed" -> {
            return result(id, task);
          }
          case "failed" -> throw failure(id, task);
          case "cancelled" -> throw new JsonRpcException(ErrorCodes.INTERNAL_ERROR,
              "Task " + id + " was cancelled" + message(task));
          case "input_required" -> answer(id, task, answered);
          case "working" -> {
          }
          default -> throw new JsonRpcException(ErrorCodes.INTERNAL_ERROR, "Invalid task from "
              + "the server: unknown status '" + task.path("status").asString("") + "'");
        }
        Thread.sleep(interval(task).toMillis());
        task = call(TasksExtension.GET, McpJson.object().put("taskId", id));
      }
    } catch (InterruptedException | RequestCancelledException e) {
      cancel(id);
      throw new RequestCancelledException("Interrupted while waiting for task " + id);
    } catch (RuntimeException e) {
      if (!(e instanceof JsonRpcException rpc && rpc.isFromPeer())) {
        // The client cannot follow the task any more (its handler failed, say): stop it.
        cancel(id);
      }
      throw e;
    }
  }

  private static JsonNode result(String id, JsonNode task) {
    JsonNode result = task.get("result");
    if (result == null || !result.isObject()) {
      throw new JsonRpcException(ErrorCodes.INTERNAL_ERROR,
          "Invalid task from the server: task " + id + " completed without a result");
    }
    return result;
  }

  private static JsonRpcException failure(String id, JsonNode task) {
    JsonNode error = task.get("error");
    if (error == null || !error.path("code").isIntegralNumber()) {
      return new JsonRpcException(ErrorCodes.INTERNAL_ERROR, "Task " + id + " failed"
          + message(task));
    }
    JsonNode data = error.get("data");
    return JsonRpcException.fromError(new JsonRpcError(error.get("code").asInt(),
        error.path("message").asString("Task " + id + " failed"),
        data == null || data.isNull() ? null : data));
  }

  private static String message(JsonNode task) {
    return task.path("statusMessage").isString() ? ": " + task.get("statusMessage").asString()
        : "";
  }

  /** Answers the questions not answered yet, in one {@code tasks/update}. */
  private void answer(String id, JsonNode task, Set<String> answered) {
    JsonNode questions = task.get("inputRequests");
    if (questions == null || !questions.isObject()) {
      return;
    }
    ObjectNode answers = McpJson.object();
    for (Map.Entry<String, JsonNode> question : questions.properties()) {
      if (answered.contains(question.getKey())) {
        continue;
      }
      ServerRequest<?> request;
      try {
        request = InputRequests.decode(question.getValue());
      } catch (IllegalArgumentException e) {
        throw new JsonRpcException(ErrorCodes.INTERNAL_ERROR, "Invalid input request '"
            + question.getKey() + "' of task " + id + ": " + e.getMessage());
      }
      answers.set(question.getKey(),
          McpJson.toObject(answerer.apply(question.getKey(), request)));
    }
    if (answers.isEmpty()) {
      return;
    }
    ObjectNode params = McpJson.object().put("taskId", id);
    params.set("inputResponses", answers);
    call(TasksExtension.UPDATE, params);
    answers.propertyNames().forEach(answered::add);
  }

  private static Duration interval(JsonNode task) {
    JsonNode advised = task.get("pollIntervalMs");
    if (advised == null || !advised.isNumber()) {
      return DEFAULT_INTERVAL;
    }
    Duration interval = Duration.ofMillis(advised.asLong());
    if (interval.compareTo(MIN_INTERVAL) < 0) {
      return MIN_INTERVAL;
    }
    return interval.compareTo(MAX_INTERVAL) > 0 ? MAX_INTERVAL : interval;
  }

  private JsonNode call(String method, ObjectNode params) {
    return JsonRpcPeer.await(method, channel.sendRaw(channel.peer().reserveId(), method, params,
        envelope, null, true));
  }

  /** Best effort: the caller is gone, so the server should stop working for it. */
  private void cancel(String id) {
    boolean interrupted = Thread.interrupted();
    try {
      JsonRpcPeer.await(TasksExtension.CANCEL, channel.sendRaw(channel.peer().reserveId(),
          TasksExtension.CANCEL, McpJson.object().put("taskId", id),
          envelope.withTimeout(CANCEL_PATIENCE), null, false));
    } catch (RuntimeException e) {
      LOG.debug("Could not cancel task {}: {}", id, e.getMessage());
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
