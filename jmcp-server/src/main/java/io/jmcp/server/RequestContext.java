package io.jmcp.server;

import io.jmcp.core.TraceContext;
import io.jmcp.jsonrpc.RequestId;
import io.jmcp.jsonrpc.TransportContext;
import io.jmcp.schema.Implementation;
import io.jmcp.schema.Meta;
import io.jmcp.schema.ProtocolVersion;
import io.jmcp.schema.elicitation.ElicitFormRequest;
import io.jmcp.schema.elicitation.ElicitRequest;
import io.jmcp.schema.elicitation.ElicitResult;
import io.jmcp.schema.elicitation.ElicitationSchema;
import io.jmcp.schema.lifecycle.ClientCapabilities;
import io.jmcp.schema.logging.LoggingLevel;
import io.jmcp.schema.mrtr.InputRequests;
import io.jmcp.schema.mrtr.InputResponses;
import io.jmcp.schema.roots.Root;
import io.jmcp.schema.sampling.CreateMessageRequest;
import io.jmcp.schema.sampling.CreateMessageResult;
import java.security.Principal;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Everything a handler may need while it serves one request: who asked and with which
 * capabilities, progress and log messages back to the client, cancellation, and questions to the
 * client ({@link #elicit}, {@link #sample}, {@link #roots}).
 *
 * <p>The client-facing calls block until the client answers. In the legacy revisions they are
 * requests from server to client; in 2026-07-28 they are rounds of a multi round-trip request.
 * Handler code does not depend on how they travel.
 */
public interface RequestContext {

  /** The id of the request being served. */
  RequestId requestId();

  /** The JSON-RPC method being served, e.g. {@code tools/call}. */
  String method();

  /** The request's {@code _meta}; empty when it had none. */
  Meta meta();

  /** The session (connection) the request arrived on. */
  ServerSession session();

  /** The protocol revision in use for this request. */
  default ProtocolVersion protocolVersion() {
    return session().protocolVersion();
  }

  /** What the client declared it supports. */
  default ClientCapabilities clientCapabilities() {
    return session().clientCapabilities();
  }

  /** The client's self-reported name and version; never use it for security decisions. */
  default Implementation clientInfo() {
    return session().clientInfo();
  }

  /** What the transport knows about this request (HTTP headers, the stream...). */
  TransportContext transport();

  /** The authenticated caller, when the transport authenticated one. */
  default Optional<Principal> caller() {
    return transport().get(Principal.class);
  }

  /**
   * The caller's W3C trace context ({@code traceparent}, {@code tracestate}, {@code baggage} in
   * {@code _meta}), if it sent a valid one: where this request's work belongs in its trace.
   */
  default Optional<TraceContext> traceContext() {
    return TraceContext.from(meta());
  }

  // ------------------------------------------------------------ cancellation

  /** Whether the client cancelled this request; a long handler should check now and then. */
  boolean isCancelled();

  /** Throws {@link io.jmcp.jsonrpc.RequestCancelledException} if the client cancelled. */
  void checkCancelled();

  /** Runs {@code action} when the request is cancelled (at once if it already was). */
  void onCancel(Runnable action);

  // ------------------------------------------------------------ progress and logs

  /** Whether the client asked for progress (sent a progress token). */
  boolean progressRequested();

  /**
   * Reports progress; sent only if the client asked for it. {@code progress} must increase from
   * one call to the next (calls that do not are dropped).
   *
   * @param total the total, if known
   * @param message a human-readable message (2025-03-26+; dropped for older clients)
   */
  void progress(double progress, @Nullable Double total, @Nullable String message);

  default void progress(double progress, double total) {
    progress(progress, total, null);
  }

  /**
   * Sends a log message to the client, if its level passes the client's threshold.
   *
   * @param data any value Jackson can turn into JSON; a string is typical
   */
  void log(LoggingLevel level, @Nullable String logger, Object data);

  default void log(LoggingLevel level, String message) {
    log(level, null, message);
  }

  default void debug(String message) {
    log(LoggingLevel.DEBUG, message);
  }

  default void info(String message) {
    log(LoggingLevel.INFO, message);
  }

  default void warning(String message) {
    log(LoggingLevel.WARNING, message);
  }

  default void error(String message) {
    log(LoggingLevel.ERROR, message);
  }

  // ------------------------------------------------------------ asking the client

  /**
   * Asks the user, through the client, for input (form or URL mode) and waits for the answer.
   *
   * @throws io.jmcp.jsonrpc.JsonRpcException with code
   *     {@link io.jmcp.jsonrpc.ErrorCodes#MISSING_REQUIRED_CLIENT_CAPABILITY} if the client (or its
   *     protocol revision) cannot elicit in that mode
   */
  ElicitResult elicit(ElicitRequest request);

  /** Asks the user to fill a form. */
  default ElicitResult elicit(String message, ElicitationSchema schema) {
    return elicit(ElicitFormRequest.of(message, schema));
  }

  /**
   * Asks the client's LLM for a completion and waits for it.
   *
   * @throws io.jmcp.jsonrpc.JsonRpcException with code
   *     {@link io.jmcp.jsonrpc.ErrorCodes#MISSING_REQUIRED_CLIENT_CAPABILITY} if the client cannot
   *     sample (or cannot use tools in sampling, when the request has tools)
   */
  CreateMessageResult sample(CreateMessageRequest request);

  /**
   * The client's roots.
   *
   * @throws io.jmcp.jsonrpc.JsonRpcException with code
   *     {@link io.jmcp.jsonrpc.ErrorCodes#MISSING_REQUIRED_CLIENT_CAPABILITY} if the client has no
   *     roots
   */
  List<Root> roots();

  /**
   * Asks the client several things at once (elicitations, sampling requests, roots requests),
   * under keys of the handler's choosing, and waits for every answer. In the legacy revisions
   * they are server-to-client requests; in 2026-07-28 they are one round of a multi round-trip
   * request, and the keys are the {@code inputRequests} keys on the wire.
   *
   * <p>In 2026-07-28 a handler that asks is run again once the client answered, with the
   * answers at hand: keep side effects after the questions, or make them idempotent.
   *
   * @throws io.jmcp.jsonrpc.JsonRpcException with code
   *     {@link io.jmcp.jsonrpc.ErrorCodes#MISSING_REQUIRED_CLIENT_CAPABILITY} if the client cannot
   *     answer one of them
   */
  InputResponses ask(InputRequests requests);

  // ------------------------------------------------------------ tasks

  /**
   * The id of the task this call runs as, once it runs as one (the client then polls for the
   * answer instead of waiting for it).
   */
  default Optional<String> taskId() {
    return Optional.empty();
  }

  /**
   * Makes this call a task now, if it may become one: its tool supports tasks and this request's
   * client can poll (2026-07-28: it declared the {@code io.modelcontextprotocol/tasks} extension).
   * The client gets its task handle and the handler goes on in the background. Only tools that
   * start their tasks themselves ({@link TaskStart#BY_HANDLER}) need it; call it from the
   * handler's own thread.
   *
   * @return whether the call runs as a task now
   */
  default boolean startTask() {
    return taskId().isPresent();
  }
}
