package io.jmcp.server.internal;

import io.jmcp.core.CallOptions;
import io.jmcp.core.RevisionAdapter;
import io.jmcp.jsonrpc.InboundRequest;
import io.jmcp.jsonrpc.RequestId;
import io.jmcp.jsonrpc.TransportContext;
import io.jmcp.schema.McpJson;
import io.jmcp.schema.Meta;
import io.jmcp.schema.ProgressNotification;
import io.jmcp.schema.ProgressToken;
import io.jmcp.schema.ProtocolFeature;
import io.jmcp.schema.elicitation.ElicitFormRequest;
import io.jmcp.schema.elicitation.ElicitRequest;
import io.jmcp.schema.elicitation.ElicitResult;
import io.jmcp.schema.elicitation.ElicitUrlRequest;
import io.jmcp.schema.lifecycle.ElicitationCapability;
import io.jmcp.schema.lifecycle.SamplingCapability;
import io.jmcp.schema.logging.LoggingLevel;
import io.jmcp.schema.roots.Root;
import io.jmcp.schema.sampling.CreateMessageRequest;
import io.jmcp.schema.sampling.CreateMessageResult;
import io.jmcp.server.RequestContext;
import io.jmcp.server.ServerSession;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
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
    ElicitationCapability capability = session.clientCapabilities().elicitation();
    boolean modeDeclared = capability != null && switch (elicitation) {
      case ElicitFormRequest form -> capability.supportsForm();
      case ElicitUrlRequest url -> capability.supportsUrl();
    };
    String mode = elicitation instanceof ElicitUrlRequest ? "url" : "form";
    session.requireClientCapability(
        modeDeclared && RevisionAdapter.modeSupported(elicitation, session.protocolVersion()),
        "elicitation", "elicit input in " + mode + " mode");
    ElicitRequest outbound = elicitation;
    if (outbound instanceof ElicitUrlRequest url && url.elicitationId() == null) {
      // 2025-11-25 requires an id so the server can later announce completion.
      outbound = new ElicitUrlRequest(url.message(), url.url(), UUID.randomUUID().toString(),
          url.task(), url.meta(), url.extra());
    }
    outbound = RevisionAdapter.elicitation(outbound, session.protocolVersion());
    return session.channel().call(outbound, clientCall(), request.id());
  }

  @Override
  public CreateMessageResult sample(CreateMessageRequest sampling) {
    SamplingCapability capability = session.clientCapabilities().sampling();
    session.requireClientCapability(capability != null, "sampling", "sample an LLM");
    if (sampling.tools() != null || sampling.toolChoice() != null) {
      session.requireClientCapability(
          capability.tools() != null && session.supports(ProtocolFeature.SAMPLING_TOOLS),
          "sampling", "use tools in sampling (it lacks sampling.tools)");
    }
    return session.channel().call(sampling, clientCall(), request.id());
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
