package io.jmcp.test;

import io.jmcp.jsonrpc.JsonRpcException;
import io.jmcp.schema.Implementation;
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
import io.jmcp.server.McpServer;
import io.jmcp.server.McpServerBuilder;
import io.jmcp.server.ServerTool;
import io.jmcp.server.TaskStart;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.node.ObjectNode;

/**
 * A server whose tools run as tasks, in both designs, with latches a test uses to see and steer
 * what the handlers do.
 */
final class TaskTools {

  /** Error code of the protocol error {@code broken} raises. */
  static final int BROKEN = -32050;

  /** The latches of one test. */
  static final class Probe {
    final CountDownLatch started = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);
    final CountDownLatch interrupted = new CountDownLatch(1);
    final CountDownLatch cancelHeard = new CountDownLatch(1);
  }

  private TaskTools() {
  }

  static McpServerBuilder builder(Probe probe) {
    return McpServer.builder(Implementation.of("tasks", "1.0.0"))
        .taskPollInterval(Duration.ofMillis(20))
        .tool(tool("plain", "Never a task"), (args, context) -> CallToolResult.text("plain"))
        .tool(new ServerTool(tool("compute", "Adds one to n; a task when allowed"),
            (args, context) -> {
              context.progress(1, 2.0, "half way");
              int n = args.path("n").asInt(0);
              return CallToolResult.text("computed " + (n + 1)
                  + (context.taskId().isPresent() ? " as a task" : " directly"));
            }).withTaskSupport(TaskSupport.OPTIONAL))
        .tool(new ServerTool(tool("blocker", "Runs until released or cancelled"),
            (args, context) -> {
              context.onCancel(probe.cancelHeard::countDown);
              context.progress(1, null, "waiting");
              probe.started.countDown();
              try {
                if (!probe.release.await(60, TimeUnit.SECONDS)) {
                  return CallToolResult.error("never released");
                }
              } catch (InterruptedException e) {
                probe.interrupted.countDown();
                throw e;
              }
              return CallToolResult.text("released");
            }).withTaskSupport(TaskSupport.OPTIONAL))
        .tool(new ServerTool(tool("fails", "A tool error, as a task"),
            (args, context) -> CallToolResult.error("it failed"))
            .withTaskSupport(TaskSupport.REQUIRED))
        .tool(new ServerTool(tool("broken", "A protocol error, as a task"), (args, context) -> {
          throw new JsonRpcException(BROKEN, "broken on purpose",
              McpJson.object().put("detail", "test"));
        }).withTaskSupport(TaskSupport.REQUIRED))
        .tool(new ServerTool(tool("confirm", "Asks for a confirmation; a task when allowed"),
            (args, context) -> {
              ElicitResult answer = context.elicit("Really?", ElicitationSchema.builder()
                  .required("confirm", BooleanSchema.of("Confirm", null)).build());
              boolean yes = answer.action() == ElicitAction.ACCEPT && answer.content() != null
                  && answer.content().get("confirm").asBoolean(false);
              return CallToolResult.text(yes ? "confirmed" : "refused");
            }).withTaskSupport(TaskSupport.OPTIONAL))
        .tool(new ServerTool(tool("two_questions", "Asks two things at once"),
            (args, context) -> {
              InputResponses answers = context.ask(InputRequests.of("first", name("First?"),
                  "second", name("Second?")));
              return CallToolResult.text(field(answers.get("first", ElicitResult.class)
                  .orElseThrow()) + "+" + field(answers.get("second", ElicitResult.class)
                  .orElseThrow()));
            }).withTaskSupport(TaskSupport.OPTIONAL))
        .tool(new ServerTool(tool("ask_then_task", "Asks a name, then becomes a task"),
            (args, context) -> {
              ElicitResult answer = context.ask(InputRequests.of("user_name", name("Name?")))
                  .get("user_name", ElicitResult.class).orElseThrow();
              boolean task = context.startTask();
              return CallToolResult.text("Hi " + field(answer) + (task ? " from a task" : ""));
            }).withTaskSupport(TaskSupport.REQUIRED, TaskStart.BY_HANDLER))
        .tool(new ServerTool(tool("late_blocker", "Starts its task, then runs until released"),
            (args, context) -> {
              context.onCancel(probe.cancelHeard::countDown);
              context.startTask();
              probe.started.countDown();
              try {
                probe.release.await(60, TimeUnit.SECONDS);
              } catch (InterruptedException e) {
                probe.interrupted.countDown();
                throw e;
              }
              return CallToolResult.text("released");
            }).withTaskSupport(TaskSupport.OPTIONAL, TaskStart.BY_HANDLER))
        .tool(new ServerTool(tool("task_if_big", "A task only for big n"), (args, context) -> {
          if (args.path("n").asInt(0) > 10) {
            context.startTask();
          }
          return CallToolResult.text(context.taskId().isPresent() ? "task" : "direct");
        }).withTaskSupport(TaskSupport.OPTIONAL, TaskStart.BY_HANDLER));
  }

  static McpServer server(Probe probe) {
    return builder(probe).build();
  }

  static ElicitFormRequest name(String message) {
    return ElicitFormRequest.of(message, ElicitationSchema.builder()
        .required("name", StringSchema.of("Name", null)).build());
  }

  static String field(ElicitResult answer) {
    return answer.content() == null ? "?" : answer.content().get("name").asString();
  }

  private static Tool tool(String name, String description) {
    ObjectNode schema = McpJson.object().put("type", "object");
    schema.putObject("properties").putObject("n").put("type", "integer");
    return Tool.builder(name).description(description).inputSchema(schema).build();
  }
}
