package io.jmcp.conformance;

import io.jmcp.jsonrpc.ErrorCodes;
import io.jmcp.jsonrpc.JsonRpcException;
import io.jmcp.schema.McpJson;
import io.jmcp.schema.elicitation.BooleanSchema;
import io.jmcp.schema.elicitation.ElicitAction;
import io.jmcp.schema.elicitation.ElicitFormRequest;
import io.jmcp.schema.elicitation.ElicitResult;
import io.jmcp.schema.elicitation.ElicitationSchema;
import io.jmcp.schema.elicitation.StringSchema;
import io.jmcp.schema.mrtr.InputRequests;
import io.jmcp.schema.mrtr.InputResponses;
import io.jmcp.schema.tools.CallToolResult;
import io.jmcp.schema.tools.TaskSupport;
import io.jmcp.schema.tools.Tool;
import io.jmcp.server.McpServerBuilder;
import io.jmcp.server.ServerTool;
import io.jmcp.server.TaskStart;
import java.time.Duration;
import tools.jackson.databind.node.ObjectNode;

/**
 * The tools the suite's tasks scenarios call ({@code tasks-*}, the {@code io.modelcontextprotocol/
 * tasks} extension): a tool that never runs as a task, one that may, two that must (one ending
 * with a tool error, one with a protocol error), two that ask the user while running as tasks,
 * and one that asks first and becomes a task after. Names and texts are fixed by the suite.
 */
final class TaskFixtures {

  private TaskFixtures() {
  }

  static void register(McpServerBuilder server) {
    server.taskPollInterval(Duration.ofMillis(200));
    server.tool(tool("greet", "Greets someone by name (never a task)",
        "{\"type\":\"object\",\"properties\":{\"name\":{\"type\":\"string\"}},"
            + "\"required\":[\"name\"]}"), (args, context) ->
        CallToolResult.text("Hello, " + args.path("name").asString("") + "!"));
    server.tool(new ServerTool(tool("slow_compute",
        "Works for the given number of seconds; runs as a task when the client allows",
        "{\"type\":\"object\",\"properties\":{\"seconds\":{\"type\":\"number\",\"minimum\":0},"
            + "\"label\":{\"type\":\"string\"}}}"), (args, context) -> {
              double seconds = args.path("seconds").asDouble(1);
              String label = args.path("label").asString("compute");
              long steps = Math.max(1, (long) Math.ceil(seconds));
              for (long step = 1; step <= steps; step++) {
                Thread.sleep((long) (seconds * 1000 / steps));
                context.progress(step, (double) steps, "Computing " + label);
              }
              return CallToolResult.text("Computed " + label + " in " + seconds + " s");
            }).withTaskSupport(TaskSupport.OPTIONAL));
    server.tool(new ServerTool(tool("failing_job", "Fails as a tool after a second (a task)"),
        (args, context) -> {
          Thread.sleep(1000);
          return CallToolResult.error("The job failed, as it always does");
        }).withTaskSupport(TaskSupport.REQUIRED));
    server.tool(new ServerTool(tool("protocol_error_job",
        "Ends with a protocol error (a task)"), (args, context) -> {
          Thread.sleep(100);
          throw new JsonRpcException(ErrorCodes.INTERNAL_ERROR,
              "The job broke down with a protocol error, as it always does");
        }).withTaskSupport(TaskSupport.REQUIRED));
    server.tool(new ServerTool(tool("confirm_delete",
        "Asks the user to confirm before deleting a file (a task when the client allows)",
        "{\"type\":\"object\",\"properties\":{\"filename\":{\"type\":\"string\"}},"
            + "\"required\":[\"filename\"]}"), (args, context) -> {
              String file = args.path("filename").asString("");
              ElicitResult answer = context.elicit("Delete " + file + "?",
                  ElicitationSchema.builder()
                      .required("confirm", BooleanSchema.of("Confirm", "Delete the file"))
                      .build());
              return CallToolResult.text(confirmed(answer) ? "Deleted " + file
                  : "Kept " + file);
            }).withTaskSupport(TaskSupport.OPTIONAL));
    server.tool(new ServerTool(tool("multi_input",
        "Asks two questions at once (a task when the client allows)"), (args, context) -> {
          InputResponses answers = context.ask(InputRequests.of(
              "first", question("First question", "name"),
              "second", question("Second question", "name")));
          return CallToolResult.text("Answers: " + answers.keys());
        }).withTaskSupport(TaskSupport.OPTIONAL));
    server.tool(new ServerTool(tool("test_tool_with_task",
        "Asks the user's name, then becomes a task that greets them"), (args, context) -> {
          ElicitResult answer = context.ask(InputRequests.of("user_name",
              StatelessFixtures.nameQuestion())).get("user_name", ElicitResult.class)
              .orElseThrow();
          context.startTask();
          Thread.sleep(200);
          return CallToolResult.text("Hello, " + name(answer) + "! (from a task)");
        }).withTaskSupport(TaskSupport.REQUIRED, TaskStart.BY_HANDLER));
  }

  private static ElicitFormRequest question(String message, String field) {
    return ElicitFormRequest.of(message, ElicitationSchema.builder()
        .optional(field, StringSchema.of(field, null))
        .optional("confirm", BooleanSchema.of("Confirm", null)).build());
  }

  private static boolean confirmed(ElicitResult answer) {
    return answer.action() == ElicitAction.ACCEPT && answer.content() != null
        && answer.content().get("confirm") != null
        && answer.content().get("confirm").asBoolean(false);
  }

  private static String name(ElicitResult answer) {
    return answer.content() == null || answer.content().get("name") == null ? "stranger"
        : answer.content().get("name").asString();
  }

  private static Tool tool(String name, String description) {
    return tool(name, description, "{\"type\":\"object\"}");
  }

  private static Tool tool(String name, String description, String schema) {
    return Tool.builder(name).description(description)
        .inputSchema((ObjectNode) McpJson.mapper().readTree(schema)).build();
  }
}
