package io.jmcp.server.internal;

import io.jmcp.core.CallOptions;
import io.jmcp.jsonrpc.InboundRequest;
import io.jmcp.jsonrpc.RequestId;
import io.jmcp.jsonrpc.TransportContext;
import io.jmcp.schema.McpJson;
import io.jmcp.schema.McpResult;
import io.jmcp.schema.Meta;
import io.jmcp.schema.ProgressNotification;
import io.jmcp.schema.ProgressToken;
import io.jmcp.schema.ProtocolFeature;
import io.jmcp.schema.ServerRequest;
import io.jmcp.schema.elicitation.ElicitRequest;
import io.jmcp.schema.elicitation.ElicitResult;
import io.jmcp.schema.logging.LoggingLevel;
import io.jmcp.schema.mrtr.InputRequests;
import io.jmcp.schema.mrtr.InputResponses;
import io.jmcp.schema.roots.ListRootsRequest;
import io.jmcp.schema.roots.ListRootsResult;
import io.jmcp.schema.roots.Root;
import io.jmcp.schema.sampling.CreateMessageRequest;
import io.jmcp.schema.sampling.CreateMessageResult;
import io.jmcp.server.RequestContext;
import io.jmcp.server.ServerSession;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The {@link RequestContext} of a request in a legacy session: progress and log messages go back
 * on the request's own route, and questions to the client are server-to-client requests.
 */
final class ServerRequestContext implements RequestContext {

  private final ServerConnection session;
  private final InboundRequest request;
  private final Meta meta;
  private final @Nullable ProgressToken progressToken;
  private double lastProgress = Double.NEGATIVE_INFINITY;

  ServerRequestContext(ServerConnection session, InboundRequest request) {
    this.session = session;
    this.request = request;
    JsonNode metaNode = request.params() == null ? null : request.params().get("_meta");
    Meta parsed;
    try {
      parsed = metaNode == null || !metaNode.isObject() ? Meta.empty()
          : McpJson.fromTree(metaNode, Meta.class);
    } catch (IllegalArgumentException e) {
      parsed = Meta.empty();
    }
    this.meta = parsed;
    this.progressToken = parsed.progressToken().orElse(null);
  }

  /** The session the request arrived on. */
  ServerConnection connection() {
    return session;
  }

  @Override
  public RequestId requestId() {
    return request.id();
  }

  @Override
  public String method() {
    return request.method();
  }

  @Override
  public Meta meta() {
    return meta;
  }

  @Override
  public ServerSession session() {
    return session;
  }

  @Override
  public TransportContext transport() {
    return request.context();
  }

  @Override
  public boolean isCancelled() {
    return request.isCancelled();
  }

  @Override
  public void checkCancelled() {
    request.checkCancelled();
  }

  @Override
  public void onCancel(Runnable action) {
    request.onCancel(action);
  }

  @Override
  public boolean progressRequested() {
    return progressToken != null;
  }

  @Override
  public void progress(double progress, @Nullable Double total, @Nullable String message) {
    ProgressToken token = progressToken;
    if (token == null) {
      return;
    }
    synchronized (this) {
      // The spec requires progress to increase with every notification.
      if (progress <= lastProgress) {
        return;
      }
      lastProgress = progress;
    }
    String text = session.supports(ProtocolFeature.PROGRESS_MESSAGE) ? message : null;
    ProgressNotification notification =
        new ProgressNotification(token, progress, total, text, null, Map.of());
    request.notify(notification.method(), McpJson.toObject(notification));
  }

  @Override
  public void log(LoggingLevel level, @Nullable String logger, Object data) {
    session.log(level, logger, data, request);
  }

  @Override
  public ElicitResult elicit(ElicitRequest elicitation) {
    ElicitRequest outbound = ClientInputRules.elicitation(elicitation,
        session.clientCapabilities(), session.protocolVersion(), session.refusal());
    return session.channel().call(outbound, clientCall(), request.id());
  }

  @Override
  public CreateMessageResult sample(CreateMessageRequest sampling) {
    CreateMessageRequest outbound = ClientInputRules.sampling(sampling,
        session.clientCapabilities(), session.protocolVersion(), session.refusal());
    return session.channel().call(outbound, clientCall(), request.id());
  }

  /** One question after the other, each a server-to-client request of its own. */
  @Override
  public InputResponses ask(InputRequests requests) {
    for (ServerRequest<?> question : requests.requests().values()) {
      ClientInputRules.prepare(question, session.clientCapabilities(), session.protocolVersion(),
          session.refusal());
    }
    Map<String, McpResult> answers = new LinkedHashMap<>();
    for (Map.Entry<String, ServerRequest<?>> entry : requests.requests().entrySet()) {
      McpResult answer = switch (entry.getValue()) {
        case ElicitRequest elicitation -> elicit(elicitation);
        case CreateMessageRequest sampling -> sample(sampling);
        case ListRootsRequest roots -> ListRootsResult.of(roots());
        default -> throw new IllegalArgumentException(entry.getValue().method());
      };
      answers.put(entry.getKey(), answer);
    }
    return InputResponses.of(answers);
  }

  @Override
  public List<Root> roots() {
    return session.roots(request.id());
  }

  private CallOptions clientCall() {
    return CallOptions.timeout(session.options().clientRequestTimeout());
  }

  /** The progress token, for tests and diagnostics. */
  Optional<ProgressToken> progressToken() {
    return Optional.ofNullable(progressToken);
  }
}
