package io.jmcp.servers.sequentialthinking;

import io.jmcp.schema.Implementation;
import io.jmcp.schema.McpJson;
import io.jmcp.schema.content.TextContent;
import io.jmcp.schema.tools.CallToolResult;
import io.jmcp.schema.tools.Tool;
import io.jmcp.schema.tools.ToolAnnotations;
import io.jmcp.server.McpServer;
import io.jmcp.server.RequestContext;
import io.jmcp.server.ServerSession;
import io.jmcp.servers.internal.json.JsonText;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * The sequential-thinking server, a drop-in for the official
 * {@code @modelcontextprotocol/server-sequential-thinking}: one tool, {@code sequentialthinking},
 * that a model calls once per step of its reasoning. Each call is counted, an estimate below the
 * step's number is raised to it, branches are remembered by id, and the step is drawn on stderr
 * (unless {@code DISABLE_THOUGHT_LOGGING=true}). Each client session thinks on its own.
 */
public final class SequentialThinkingServer {

  /** Set to {@code true} (any case) to keep thoughts off stderr, as for the official server. */
  public static final String DISABLE_LOGGING_VARIABLE = "DISABLE_THOUGHT_LOGGING";

  private static final String DESCRIPTION = """
      Think through a problem one recorded step at a time, revising, branching and extending \
      the plan as understanding grows.

      Use it for problems that need several steps, plans that may change, analysis that may \
      need correcting, problems whose scope is unclear at first, and work that must keep \
      context across steps while setting aside what is irrelevant.

      How it works:
      - Each call records one thought. Start with an estimate of how many thoughts you need \
      (totalThoughts); raise or lower it at any time, and go past it when needed.
      - A thought may question or revise an earlier one (isRevision, revisesThought), or start \
      an alternative line of reasoning from an earlier one (branchFromThought, branchId).
      - Thinking need not be linear: state uncertainty, explore alternatives, backtrack.
      - Form a hypothesis, check it against the earlier steps, and repeat until satisfied.

      Arguments:
      - thought: this step: an analysis, a revision, a question about an earlier decision, the \
      realisation that more analysis is needed, a change of approach, a hypothesis or its check
      - nextThoughtNeeded: true while more thinking is needed, even past what looked like the end
      - thoughtNumber: this step's number (it may exceed the first estimate)
      - totalThoughts: the current estimate of the steps needed
      - isRevision: whether this step revises earlier thinking
      - revisesThought: with isRevision, the number of the step reconsidered
      - branchFromThought: when branching, the number of the step branched from
      - branchId: the name of the branch this step belongs to
      - needsMoreThoughts: set when reaching the end but more steps turn out to be needed

      Set nextThoughtNeeded to false only when done and a satisfactory answer is reached; then \
      give one answer, as correct as you can make it.""";

  private final ConcurrentMap<String, ThinkingProcess> sessions = new ConcurrentHashMap<>();
  private final @Nullable PrintStream thoughtLog;
  private final boolean colour;

  private SequentialThinkingServer(@Nullable PrintStream thoughtLog, boolean colour) {
    this.thoughtLog = thoughtLog;
    this.colour = colour;
  }

  /**
   * The server as configured by the environment: thoughts drawn on stderr unless
   * {@value #DISABLE_LOGGING_VARIABLE} is {@code true}, coloured when {@code FORCE_COLOR} asks.
   */
  public static McpServer create(Map<String, String> environment) {
    return create(loggingDisabled(environment) ? null : System.err, colourForced(environment));
  }

  /**
   * The server.
   *
   * @param thoughtLog where each thought is drawn, or null for nowhere
   * @param colour whether to colour the labels with ANSI codes
   */
  public static McpServer create(@Nullable PrintStream thoughtLog, boolean colour) {
    SequentialThinkingServer thinking = new SequentialThinkingServer(thoughtLog, colour);
    return McpServer.builder(Implementation.of("jmcp-sequential-thinking", version())
            .withTitle("jmcp sequential thinking server")
            .withDescription("Step-by-step, revisable, branching problem solving"))
        .tool(Tool.builder("sequentialthinking").title("Sequential Thinking")
                .description(DESCRIPTION).inputSchema(ThinkingSchemas.input())
                .outputSchema(ThinkingSchemas.output())
                .annotations(new ToolAnnotations(null, true, false, true, false, Map.of()))
                .build(),
            thinking::think)
        .build();
  }

  static boolean loggingDisabled(Map<String, String> environment) {
    return environment.getOrDefault(DISABLE_LOGGING_VARIABLE, "").toLowerCase(Locale.ROOT)
        .equals("true");
  }

  /**
   * Whether {@code FORCE_COLOR} asks for colour, as the official server's terminal library reads
   * it; without it there is no colour, since an MCP server's stderr is a pipe or a log file.
   */
  static boolean colourForced(Map<String, String> environment) {
    String force = environment.get("FORCE_COLOR");
    if (force == null) {
      return false;
    }
    return switch (force.toLowerCase(Locale.ROOT)) {
      case "", "true" -> true;
      case "false" -> false;
      default -> force.matches("[0-9]{1,9}") && Integer.parseInt(force) > 0;
    };
  }

  private CallToolResult think(ObjectNode arguments, RequestContext context) {
    Thought thought = ThoughtArguments.read(arguments).withTotalAtLeastNumber();
    ThinkingProcess process = process(context.session());
    ThinkingProcess.Status status;
    synchronized (process) {
      status = process.record(thought);
      if (thoughtLog != null) {
        thoughtLog.println(ThoughtBox.draw(thought, colour));
        thoughtLog.flush();
      }
    }
    ObjectNode json = McpJson.object().put("thoughtNumber", status.thoughtNumber())
        .put("totalThoughts", status.totalThoughts())
        .put("nextThoughtNeeded", status.nextThoughtNeeded());
    status.branches().forEach(json.putArray("branches")::add);
    json.put("thoughtHistoryLength", status.thoughtHistoryLength());
    return new CallToolResult(List.of(TextContent.of(JsonText.JAVASCRIPT.write(json, 2))), json,
        null, null, Map.of());
  }

  /** The session's own thinking, forgotten when the session closes. */
  private ThinkingProcess process(ServerSession session) {
    return sessions.computeIfAbsent(session.id(), id -> {
      session.closed().whenComplete((cause, error) -> sessions.remove(id));
      return new ThinkingProcess();
    });
  }

  private static String version() {
    String version = SequentialThinkingServer.class.getPackage().getImplementationVersion();
    return version == null ? "dev" : version;
  }
}
