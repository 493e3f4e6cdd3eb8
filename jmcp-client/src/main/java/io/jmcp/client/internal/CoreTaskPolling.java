package io.jmcp.client.internal;

import io.jmcp.core.CallOptions;
import io.jmcp.core.McpChannel;
import io.jmcp.core.ProgressListener;
import io.jmcp.jsonrpc.ErrorCodes;
import io.jmcp.jsonrpc.JsonRpcException;
import io.jmcp.jsonrpc.JsonRpcPeer;
import io.jmcp.jsonrpc.RequestCancelledException;
import io.jmcp.jsonrpc.RequestId;
import io.jmcp.jsonrpc.RequestTimeoutException;
import io.jmcp.schema.McpJson;
import io.jmcp.schema.McpRequest;
import io.jmcp.schema.McpResult;
import io.jmcp.schema.tasks.CancelTaskRequest;
import io.jmcp.schema.tasks.CreateTaskResult;
import io.jmcp.schema.tasks.GetTaskPayloadRequest;
import io.jmcp.schema.tasks.GetTaskRequest;
import io.jmcp.schema.tasks.Task;
import io.jmcp.schema.tasks.TaskStatus;
import io.jmcp.schema.tools.CallToolRequest;
import io.jmcp.schema.tools.CallToolResult;
import java.time.Duration;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * Calls a tool as a 2025-11-25 task and follows it to its end, for callers who want just the
 * result: polls {@code tasks/get} as the server advises until the task ends or needs input, then
 * asks {@code tasks/result} (the server's questions arrive meanwhile and are answered by the
 * client's handlers), and cancels the task when the caller gives up.
 */
public final class CoreTaskPolling {

  private static final Logger LOG = LoggerFactory.getLogger(CoreTaskPolling.class);
  private static final Duration CANCEL_PATIENCE = Duration.ofSeconds(5);

  private final McpChannel channel;
  private final CallOptions options;
  /** The options of the polling requests: the caller's, without a progress listener. */
  private final CallOptions polling;

  public CoreTaskPolling(McpChannel channel, CallOptions options) {
    this.channel = channel;
    this.options = options;
    this.polling = options.withProgress(null);
  }

  /** Sends {@code call} as a task; the server's answer is the task. */
  public Task start(CallToolRequest call) {
    return start(call, channel.peer().reserveId());
  }

  private Task start(CallToolRequest call, RequestId id) {
    JsonNode created = JsonRpcPeer.await(CallToolRequest.METHOD, channel.sendRaw(id,
        CallToolRequest.METHOD, McpJson.toObject(call), options, null, true));
    try {
      return McpJson.fromTree(created, CreateTaskResult.class).task();
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new JsonRpcException(ErrorCodes.INTERNAL_ERROR, "Invalid answer to a task-augmented "
          + "tools/call from the server (not a CreateTaskResult): " + e.getMessage(), null, e);
    }
  }

  /**
   * Calls {@code call} (which asks for a task) and returns the tool's result. The caller's
   * progress listener hears the task's progress, which keeps the call's token.
   */
  public CallToolResult call(CallToolRequest call) {
    RequestId id = channel.peer().reserveId();
    Task task = start(call, id);
    ProgressListener listener = options.onProgress();
    try (McpChannel.Following following = listener == null ? () -> { }
        : channel.followProgress(McpChannel.progressToken(id), id, listener)) {
      while (true) {
        if (task.status().isTerminal() || task.status() == TaskStatus.INPUT_REQUIRED) {
          try {
            JsonNode result = JsonRpcPeer.await(GetTaskPayloadRequest.METHOD,
                channel.sendRaw(channel.peer().reserveId(), GetTaskPayloadRequest.METHOD,
                    McpJson.toObject(new GetTaskPayloadRequest(task.taskId(), null, Map.of())),
                    polling, null, true));
            return McpJson.fromTree(result, CallToolResult.class);
          } catch (RequestTimeoutException e) {
            LOG.debug("tasks/result of {} took long; polling again", task.taskId());
          }
        }
        Thread.sleep(interval(task).toMillis());
        task = send(new GetTaskRequest(task.taskId(), null, Map.of()), polling).task();
      }
    } catch (InterruptedException | RequestCancelledException e) {
      cancel(task.taskId());
      throw new RequestCancelledException("Interrupted while waiting for task " + task.taskId());
    }
  }

  private static Duration interval(Task task) {
    Long advised = task.pollInterval();
    if (advised == null) {
      return ExtensionTaskPolling.DEFAULT_INTERVAL;
    }
    Duration interval = Duration.ofMillis(advised);
    if (interval.compareTo(ExtensionTaskPolling.MIN_INTERVAL) < 0) {
      return ExtensionTaskPolling.MIN_INTERVAL;
    }
    return interval.compareTo(ExtensionTaskPolling.MAX_INTERVAL) > 0
        ? ExtensionTaskPolling.MAX_INTERVAL : interval;
  }

  private <R extends McpResult> R send(McpRequest<R> request, CallOptions with) {
    return JsonRpcPeer.await(request.method(), channel.send(request, with, null, true));
  }

  private void cancel(String taskId) {
    boolean interrupted = Thread.interrupted();
    try {
      send(new CancelTaskRequest(taskId, null, Map.of()), polling.withTimeout(CANCEL_PATIENCE));
    } catch (RuntimeException e) {
      LOG.debug("Could not cancel task {}: {}", taskId, e.getMessage());
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
