package io.jmcp.server.internal;

import io.jmcp.jsonrpc.InboundRequest;
import io.jmcp.jsonrpc.JsonRpcException;
import io.jmcp.schema.Implementation;
import io.jmcp.schema.McpJson;
import io.jmcp.schema.Meta;
import io.jmcp.schema.ProtocolVersion;
import io.jmcp.schema.ServerRequest;
import io.jmcp.schema.elicitation.ElicitRequest;
import io.jmcp.schema.elicitation.ElicitResult;
import io.jmcp.schema.lifecycle.ClientCapabilities;
import io.jmcp.schema.logging.LoggingLevel;
import io.jmcp.schema.logging.LoggingMessageNotification;
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
 * The {@link RequestContext} of a 2026-07-28 request: everything comes from the request itself.
 * Progress and log messages ride on the request's own stream (log messages only when the request
 * asked for a level); questions to the client become rounds of a multi round-trip request.
 */
final class StatelessRequestContext extends InboundRequestContext {

  private final RequestFacts facts;
  private final @Nullable InputExchange exchange;
  private final boolean logging;
  private final ServerSession session;

  /**
   * @param exchange the input of this round, or null when the method cannot ask for input
   * @param logging whether the server sends log messages at all
   */
  StatelessRequestContext(InboundRequest request, RequestFacts facts,
      @Nullable InputExchange exchange, boolean logging, ServerSession connection) {
    super(request, facts.meta().progressToken().orElse(null));
    this.facts = facts;
    this.exchange = exchange;
    this.logging = logging;
    this.session = new RequestSession(connection, this);
  }

  @Override
  public Meta meta() {
    return facts.meta();
  }

  @Override
  public ServerSession session() {
    return session;
  }

  @Override
  public ProtocolVersion protocolVersion() {
    return facts.version();
  }

  @Override
  public ClientCapabilities clientCapabilities() {
    return facts.capabilities();
  }

  @Override
  public Implementation clientInfo() {
    Implementation info = facts.clientInfo();
    return info != null ? info : Implementation.of("unknown", "unknown");
  }

  /** The log level this request asked for, or null (then no log message is sent). */
  @Nullable LoggingLevel logLevel() {
    return facts.logLevel();
  }

  @Override
  @Nullable String progressMessage(@Nullable String message) {
    return message;
  }

  @Override
  public void log(LoggingLevel level, @Nullable String logger, Object data) {
    LoggingLevel threshold = facts.logLevel();
    // Without a level in the request the client wants no log messages at all.
    if (!logging || threshold == null || !level.isAtLeast(threshold)) {
      return;
    }
    LoggingMessageNotification message =
        new LoggingMessageNotification(level, logger, McpJson.toTree(data), null, Map.of());
    request.notify(message.method(), McpJson.toObject(message));
  }

  @Override
  public ElicitResult elicit(ElicitRequest elicitation) {
    return one("elicitation", elicitation, ElicitResult.class);
  }

  @Override
  public CreateMessageResult sample(CreateMessageRequest sampling) {
    return one("sampling", sampling, CreateMessageResult.class);
  }

  @Override
  public List<Root> roots() {
    return one("roots", ListRootsRequest.of(), ListRootsResult.class).roots();
  }

  @Override
  public InputResponses ask(InputRequests requests) {
    InputExchange round = exchange();
    Map<String, ServerRequest<?>> prepared = new LinkedHashMap<>();
    requests.requests().forEach((key, question) -> prepared.put(key, prepare(question)));
    return round.ask(new InputRequests(prepared));
  }

  private <R> R one(String kind, ServerRequest<?> question, Class<R> type) {
    InputExchange round = exchange();
    ServerRequest<?> prepared = prepare(question);
    String key = round.nextKey(kind);
    return round.ask(InputRequests.of(key, prepared)).get(key, type).orElseThrow();
  }

  private ServerRequest<?> prepare(ServerRequest<?> question) {
    return ClientInputRules.prepare(question, facts.capabilities(), facts.version(),
        ClientInputRules.UNDECLARED);
  }

  private InputExchange exchange() {
    if (exchange == null) {
      throw JsonRpcException.internalError("The handler of " + request.method() + " asked the "
          + "client for input, which only tools/call, prompts/get and resources/read can do");
    }
    return exchange;
  }
}
