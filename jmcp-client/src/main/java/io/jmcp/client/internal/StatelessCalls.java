package io.jmcp.client.internal;

import io.jmcp.client.ClientRequestContext;
import io.jmcp.core.CallOptions;
import io.jmcp.core.McpChannel;
import io.jmcp.jsonrpc.ErrorCodes;
import io.jmcp.jsonrpc.JsonRpcException;
import io.jmcp.jsonrpc.JsonRpcPeer;
import io.jmcp.jsonrpc.RequestId;
import io.jmcp.schema.McpJson;
import io.jmcp.schema.McpResult;
import io.jmcp.schema.Meta;
import io.jmcp.schema.ProtocolVersion;
import io.jmcp.schema.ResultType;
import io.jmcp.schema.ServerRequest;
import io.jmcp.schema.logging.LoggingLevel;
import io.jmcp.schema.mrtr.InputRequests;
import io.jmcp.schema.prompts.GetPromptRequest;
import io.jmcp.schema.resources.ReadResourceRequest;
import io.jmcp.schema.tasks.TasksExtension;
import io.jmcp.schema.tools.CallToolRequest;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Makes 2026-07-28 requests: each carries the client's version, capabilities and identity in
 * {@code _meta}; a result asking for input is answered with the client's handlers and the
 * request retried (new id, {@code inputResponses}, {@code requestState} echoed byte for byte);
 * cacheable results are reused while the server says they are fresh.
 */
public final class StatelessCalls {

  /** Rounds of input one request may need before the client gives up on the server. */
  static final int MAX_ROUNDS = 16;

  private static final Set<String> MAY_ASK = Set.of(CallToolRequest.METHOD,
      GetPromptRequest.METHOD, ReadResourceRequest.METHOD);

  private final ClientOptions options;
  private final McpChannel channel;
  private final ClientInbound inbound;
  private final Supplier<ProtocolVersion> version;
  private final Supplier<@Nullable LoggingLevel> logLevel;
  private final ResultCache cache;

  public StatelessCalls(ClientOptions options, McpChannel channel, ClientInbound inbound,
      Supplier<ProtocolVersion> version, Supplier<@Nullable LoggingLevel> logLevel,
      ResultCache cache) {
    this.options = options;
    this.channel = channel;
    this.inbound = inbound;
    this.version = version;
    this.logLevel = logLevel;
    this.cache = cache;
  }

  /** The {@code _meta} every request of {@code revision} carries. */
  public Meta envelope(ProtocolVersion revision) {
    Meta meta = Meta.empty()
        .with(Meta.PROTOCOL_VERSION, revision.id())
        .with(Meta.CLIENT_CAPABILITIES, McpJson.toObject(options.capabilities(revision)))
        .with(Meta.CLIENT_INFO, McpJson.toObject(options.info()));
    LoggingLevel level = logLevel.get();
    return level == null ? meta : meta.with(Meta.LOG_LEVEL, level.json());
  }

  /** The call options of a request: the caller's, with the envelope added to {@code _meta}. */
  public CallOptions withEnvelope(CallOptions callOptions, ProtocolVersion revision) {
    Meta meta = envelope(revision);
    if (callOptions.meta() != null) {
      // The caller's own entries win (e.g. a test overriding capabilities for one request).
      for (Map.Entry<String, JsonNode> entry : callOptions.meta().entries().entrySet()) {
        meta = meta.with(entry.getKey(), entry.getValue());
      }
    }
    return callOptions.withMeta(meta);
  }

  /**
   * Sends {@code params} as {@code method} and waits for the final result.
   *
   * @param useCache whether a fresh cached result may answer instead
   */
  public JsonNode call(String method, ObjectNode params, CallOptions callOptions,
      boolean useCache) {
    ProtocolVersion revision = version.get();
    CallOptions sent = withEnvelope(callOptions, revision);
    boolean cacheable = useCache && options.cacheResults()
        && ResultCache.CACHEABLE.contains(method);
    String key = cacheable ? ResultCache.key(method, params) : null;
    if (key != null) {
      JsonNode hit = cache.fresh(key);
      if (hit != null) {
        return hit;
      }
    }
    ObjectNode round = params.deepCopy();
    for (int rounds = 0; rounds < MAX_ROUNDS; rounds++) {
      RequestId id = channel.peer().reserveId();
      JsonNode result = JsonRpcPeer.await(method,
          channel.sendRaw(id, method, round.deepCopy(), sent, null, true));
      String type = result.path(ResultType.FIELD).isString()
          ? result.get(ResultType.FIELD).asString() : ResultType.COMPLETE;
      switch (type) {
        case ResultType.COMPLETE -> {
          if (key != null && rounds == 0) {
            cache.offer(key, method, uri(params), result);
          }
          return result;
        }
        case ResultType.INPUT_REQUIRED -> round = nextRound(method, params, result);
        case ResultType.TASK -> {
          return task(method, sent, result);
        }
        default -> throw new JsonRpcException(ErrorCodes.INTERNAL_ERROR, "Invalid " + method
            + " result from the server: unknown resultType '" + type + "'");
      }
    }
    throw new JsonRpcException(ErrorCodes.INTERNAL_ERROR, "The server asked for input more than "
        + MAX_ROUNDS + " times while answering " + method + "; giving up");
  }

  /**
   * A call the server turned into a task (the tasks extension): followed to its end, so the
   * caller gets the call's own result. Only calls that may become tasks, and only when the
   * client declared the extension, may be answered so.
   */
  private JsonNode task(String method, CallOptions sent, JsonNode created) {
    if (TasksExtension.GET.equals(method)) {
      // Some of the extension's own examples type a tasks/get answer "task": it is the task.
      return created;
    }
    if (!CallToolRequest.METHOD.equals(method) || !options.tasks().extension()) {
      throw new JsonRpcException(ErrorCodes.INTERNAL_ERROR, "Invalid " + method + " result from "
          + "the server: a task, which " + (options.tasks().extension()
              ? "only tools/call may become" : "this client did not allow"));
    }
    return new ExtensionTaskPolling(channel, sent, this::answer).await(created);
  }

  /** The retry after an input-required answer: the original params plus this round's answers. */
  private ObjectNode nextRound(String method, ObjectNode original, JsonNode result) {
    if (!MAY_ASK.contains(method)) {
      throw new JsonRpcException(ErrorCodes.INTERNAL_ERROR, "Invalid " + method + " result from "
          + "the server: only tools/call, prompts/get and resources/read may ask for input");
    }
    ObjectNode retry = original.deepCopy();
    JsonNode questions = result.get("inputRequests");
    if (questions != null && questions.isObject()) {
      ObjectNode answers = retry.putObject("inputResponses");
      for (Map.Entry<String, JsonNode> question : questions.properties()) {
        ServerRequest<?> request;
        try {
          request = InputRequests.decode(question.getValue());
        } catch (IllegalArgumentException e) {
          throw new JsonRpcException(ErrorCodes.INTERNAL_ERROR, "Invalid input request '"
              + question.getKey() + "' from the server: " + e.getMessage());
        }
        answers.set(question.getKey(), McpJson.toObject(answer(question.getKey(), request)));
      }
    }
    JsonNode state = result.get("requestState");
    if (state != null && state.isString()) {
      // Echoed exactly as received: it is the server's, and opaque to the client.
      retry.set("requestState", state);
    }
    if (!retry.has("inputResponses") && !retry.has("requestState")) {
      throw new JsonRpcException(ErrorCodes.INTERNAL_ERROR, "Invalid " + method + " result from "
          + "the server: input required, but neither inputRequests nor requestState");
    }
    return retry;
  }

  private McpResult answer(String key, ServerRequest<?> request) {
    try {
      return inbound.answer(request, new InputContext(key));
    } catch (JsonRpcException e) {
      throw e;
    } catch (Exception e) {
      throw new JsonRpcException(ErrorCodes.INTERNAL_ERROR, "Answering " + request.method()
          + " ('" + key + "') failed: " + e.getMessage(), null, e);
    }
  }

  private static @Nullable String uri(ObjectNode params) {
    JsonNode uri = params.get("uri");
    return uri != null && uri.isString() ? uri.asString() : null;
  }

  /** The context of one input request: it has a key, not a request id of its own. */
  private record InputContext(String key) implements ClientRequestContext {

    @Override
    public RequestId requestId() {
      return RequestId.of(key);
    }

    @Override
    public Optional<String> inputKey() {
      return Optional.of(key);
    }

    @Override
    public Meta meta() {
      return Meta.empty();
    }

    @Override
    public boolean isCancelled() {
      return false;
    }

    @Override
    public void onCancel(Runnable action) {
      // Nothing cancels an input request: the client simply does not retry.
    }
  }
}
