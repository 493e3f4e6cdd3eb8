package io.jmcp.transport.http;

import io.jmcp.schema.Implementation;
import io.jmcp.schema.content.TextContent;
import io.jmcp.schema.content.TextResourceContents;
import io.jmcp.schema.elicitation.ElicitResult;
import io.jmcp.schema.elicitation.ElicitationSchema;
import io.jmcp.schema.elicitation.StringSchema;
import io.jmcp.schema.resources.ReadResourceResult;
import io.jmcp.schema.resources.Resource;
import io.jmcp.schema.sampling.CreateMessageRequest;
import io.jmcp.schema.sampling.SamplingMessage;
import io.jmcp.schema.tools.CallToolResult;
import io.jmcp.schema.tools.Tool;
import io.jmcp.server.McpServer;
import io.jmcp.server.McpServerBuilder;
import io.jmcp.transport.http.server.SseStreamControl;
import java.time.Duration;

/** A small server exercising what HTTP must carry: progress, logs, questions to the client. */
final class HttpFixtures {

  private HttpFixtures() {
  }

  record Echo(String text) {
  }

  static McpServerBuilder builder() {
    return McpServer.builder(Implementation.of("http-fixture", "1.0"))
        .tool("echo", "Echoes text", Echo.class, (args, context) -> CallToolResult.text(args.text()))
        .tool(Tool.builder("progress").build(), (args, context) -> {
          for (int i = 1; i <= 3; i++) {
            context.progress(i, 3.0, "step " + i);
            context.info("step " + i);
          }
          return CallToolResult.text("done");
        })
        .tool(Tool.builder("sample").build(), (args, context) -> CallToolResult.text(
            ((TextContent) context.sample(CreateMessageRequest.of(10,
                SamplingMessage.user("hi"))).content().getFirst()).text()))
        .tool(Tool.builder("ask").build(), (args, context) -> {
          ElicitResult answer = context.elicit("Name?", ElicitationSchema.builder()
              .required("name", StringSchema.of("Name", null)).build());
          return CallToolResult.text(answer.action().json() + ":" + answer.content());
        })
        .tool(Tool.builder("poll").description("closes its stream before answering").build(),
            (args, context) -> {
              context.info("before the break");
              context.transport().get(SseStreamControl.class)
                  .orElseThrow().closeForPolling(Duration.ofMillis(200));
              Thread.sleep(300);
              context.info("after the break");
              return CallToolResult.text("answered after reconnection");
            })
        .tool(Tool.builder("steps").description("five log messages, 100 ms apart").build(),
            (args, context) -> {
              for (int i = 1; i <= 5; i++) {
                context.info("step " + i);
                Thread.sleep(100);
              }
              return CallToolResult.text("all steps done");
            })
        .tool(Tool.builder("slow").build(), (args, context) -> {
          Thread.sleep(args.path("millis").asLong(200));
          return CallToolResult.text("slept");
        })
        .resource(Resource.of("test://static", "static"), (uri, context) ->
            ReadResourceResult.of(TextResourceContents.of(uri, "text/plain", "static")));
  }
}
