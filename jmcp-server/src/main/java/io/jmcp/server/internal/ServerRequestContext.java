package io.jmcp.server.internal;

import io.jmcp.core.CallOptions;
import io.jmcp.jsonrpc.InboundRequest;
import io.jmcp.schema.McpResult;
import io.jmcp.schema.Meta;
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
import org.jspecify.annotations.Nullable;

/**
 * The {@link RequestContext} of a request in a legacy session: progress and log messages go back
 * on the request's own route, and questions to the client are server-to-client requests.
 */
final class ServerRequestContext extends InboundRequestContext {

  private final ServerConnection session;
  private final Meta meta;

  ServerRequestContext(ServerConnection session, InboundRequest request) {
    this(session, request, Meta.ofParams(request.params()));
  }

  private ServerRequestContext(ServerConnection session, InboundRequest request, Meta meta) {
    super(request, meta.progressToken().orElse(null));
    this.session = session;
    this.meta = meta;
  }

  /** The session the request arrived on. */
  ServerConnection connection() {
    return session;
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
  @Nullable String progressMessage(@Nullable String message) {
    return session.supports(ProtocolFeature.PROGRESS_MESSAGE) ? message : null;
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
}
