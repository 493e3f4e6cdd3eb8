package io.jmcp.servers.everything;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.jmcp.core.jsonschema.Description;
import io.jmcp.schema.Annotations;
import io.jmcp.schema.McpJson;
import io.jmcp.schema.Role;
import io.jmcp.schema.content.AudioContent;
import io.jmcp.schema.content.ContentBlock;
import io.jmcp.schema.content.EmbeddedResource;
import io.jmcp.schema.content.ImageContent;
import io.jmcp.schema.content.ResourceLink;
import io.jmcp.schema.content.SamplingContent;
import io.jmcp.schema.content.TextContent;
import io.jmcp.schema.elicitation.BooleanSchema;
import io.jmcp.schema.elicitation.ElicitAction;
import io.jmcp.schema.elicitation.ElicitResult;
import io.jmcp.schema.elicitation.ElicitationSchema;
import io.jmcp.schema.elicitation.EnumOption;
import io.jmcp.schema.elicitation.NumberSchema;
import io.jmcp.schema.elicitation.StringSchema;
import io.jmcp.schema.elicitation.TitledSingleSelectEnumSchema;
import io.jmcp.schema.logging.LoggingLevel;
import io.jmcp.schema.roots.Root;
import io.jmcp.schema.sampling.CreateMessageRequest;
import io.jmcp.schema.sampling.CreateMessageResult;
import io.jmcp.schema.sampling.SamplingMessage;
import io.jmcp.schema.tools.CallToolResult;
import io.jmcp.schema.tools.TaskSupport;
import io.jmcp.schema.tools.Tool;
import io.jmcp.schema.tools.ToolAnnotations;
import io.jmcp.server.McpServerBuilder;
import io.jmcp.server.RequestContext;
import io.jmcp.server.TaskStart;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The everything server's tools: one per protocol feature worth showing. */
final class EverythingTools {

  private EverythingTools() {
  }

  record EchoArgs(@Description("the text to echo back") String message) {
  }

  record AddArgs(@Description("the first number") double a,
      @Description("the second number") double b) {
  }

  record LongRunningArgs(
      @Description("how long the operation takes, in seconds (at most 60; default 5)")
      Optional<Double> duration,
      @Description("how many progress steps to report (1 to 100; default 5)")
      Optional<Integer> steps) {
  }

  record PrimeSumArgs(
      @Description("how many primes to add up (1 to 100000; default 10000)")
      Optional<Integer> count,
      @Description("how long to take at least, in seconds (at most 60; default 5)")
      Optional<Double> duration,
      @Description("whether to ask the user before starting (default false)")
      Optional<Boolean> confirm) {
  }

  record SampleArgs(@Description("what to ask the client's LLM") String prompt,
      @Description("the most tokens to sample (default 100)") Optional<Integer> maxTokens) {
  }

  enum MessageType {
    @JsonProperty("error") ERROR,
    @JsonProperty("success") SUCCESS,
    @JsonProperty("debug") DEBUG
  }

  record AnnotatedArgs(@Description("the kind of message to return") MessageType messageType,
      @Description("whether to add an image") Optional<Boolean> includeImage) {
  }

  record ResourceArgs(@Description("the id of a static resource, 1 to 100") int resourceId) {
  }

  record LinkArgs(@Description("how many resource links to return (1 to 10; default 3)")
      Optional<Integer> count) {
  }

  record WeatherArgs(@Description("the city") String city) {
  }

  record Weather(@Description("the city") String city,
      @Description("temperature in degrees Celsius") double temperature,
      @Description("what the sky looks like") String conditions,
      @Description("relative humidity in percent") int humidity) {
  }

  record LogArgs(@Description("the message to log") String message,
      @Description("its level (default info)") Optional<LoggingLevel> level) {
  }

  static void register(McpServerBuilder server, EverythingResources resources) {
    server.tool("echo", "Echoes back the message it is given.", EchoArgs.class,
        (args, context) -> CallToolResult.text("Echo: " + args.message()));
    server.tool("add", "Adds two numbers.", AddArgs.class,
        (args, context) -> CallToolResult.text(
            "The sum of " + number(args.a()) + " and " + number(args.b()) + " is "
                + number(args.a() + args.b()) + "."));
    server.tool("long_running_operation",
        "Runs for a while and reports progress; cancel it to see cancellation.",
        LongRunningArgs.class, EverythingTools::longRunning);
    server.tool(McpServerBuilder.typedTool("prime_sum",
        "Adds up the first primes, slowly, reporting progress; runs as a task when the client "
            + "allows (2025-11-25 task-augmented calls, the 2026-07-28 tasks extension). With "
            + "confirm, asks the user first, before the task exists.",
        PrimeSumArgs.class, EverythingTools::primeSum)
        .withTaskSupport(TaskSupport.OPTIONAL, TaskStart.BY_HANDLER));
    server.tool("sample_llm", "Asks the client's LLM (sampling) and returns its answer.",
        SampleArgs.class, EverythingTools::sample);
    server.tool(Tool.builder("elicit_user_info")
        .description("Asks the user for their details through a form (elicitation).").build(),
        (args, context) -> elicit(context));
    server.tool(Tool.builder("get_tiny_image")
        .description("Returns a tiny PNG image between two texts.").build(),
        (args, context) -> CallToolResult.of(TextContent.of("This is a tiny image:"),
            ImageContent.of(SampleMedia.PNG, "image/png"),
            TextContent.of("The image above is a 1x1 PNG.")));
    server.tool(Tool.builder("get_tiny_audio")
        .description("Returns a short WAV tone (audio content).").build(),
        (args, context) -> CallToolResult.of(TextContent.of("A 440 Hz tone:"),
            AudioContent.of(SampleMedia.WAV, "audio/wav")));
    server.tool("annotated_message",
        "Returns content with annotations (audience, priority) that hint how to use it.",
        AnnotatedArgs.class, EverythingTools::annotated);
    server.tool("get_resource_reference", "Returns a static resource embedded in the result.",
        ResourceArgs.class, (args, context) -> CallToolResult.of(
            TextContent.of("Here is resource " + args.resourceId() + ":"),
            EmbeddedResource.of(resources.contents(args.resourceId()))));
    server.tool("get_resource_links", "Returns links to static resources (resource_link).",
        LinkArgs.class, (args, context) -> links(args.count().orElse(3)));
    server.structuredTool("get_weather",
        "Returns made-up weather for a city as structured content with an output schema.",
        WeatherArgs.class, Weather.class,
        (args, context) -> new Weather(args.city(), 10 + Math.abs(args.city().hashCode() % 20),
            "partly cloudy", 40 + Math.abs(args.city().hashCode() % 50)));
    server.tool(Tool.builder("list_roots")
        .description("Asks the client for its roots and lists them.").build(),
        (args, context) -> roots(context));
    server.tool("log_message", "Sends a log message to the client at the given level.",
        LogArgs.class, (args, context) -> {
          LoggingLevel level = args.level().orElse(LoggingLevel.INFO);
          context.log(level, "everything", args.message());
          return CallToolResult.text("Logged at " + level.json() + ": " + args.message());
        });
    server.tool(Tool.builder("fail")
        .description("Always fails, to show how a tool reports an error (isError).")
        .annotations(new ToolAnnotations("Failing tool", true, false, true, false, Map.of()))
        .build(),
        (args, context) -> CallToolResult.error("This tool always fails, on purpose."));
  }

  private static CallToolResult longRunning(LongRunningArgs args, RequestContext context)
      throws InterruptedException {
    double duration = Math.max(0, Math.min(60, args.duration().orElse(5.0)));
    int steps = Math.max(1, Math.min(100, args.steps().orElse(5)));
    long pause = (long) (duration * 1000 / steps);
    for (int step = 1; step <= steps; step++) {
      Thread.sleep(pause);
      context.checkCancelled();
      context.progress(step, (double) steps, "Step " + step + " of " + steps);
    }
    return CallToolResult.text(
        "Long running operation completed: " + steps + " steps in " + duration + " seconds.");
  }

  /**
   * The task showcase: asks first if told to (in 2026-07-28, a round of the call itself), then
   * becomes a task, then works in steps, reporting progress (in the extension: the task's status
   * message) and stopping when cancelled.
   */
  private static CallToolResult primeSum(PrimeSumArgs args, RequestContext context)
      throws InterruptedException {
    int count = Math.max(1, Math.min(100_000, args.count().orElse(10_000)));
    double duration = Math.max(0, Math.min(60, args.duration().orElse(5.0)));
    if (args.confirm().orElse(false)) {
      ElicitResult answer = context.elicit("Add up the first " + count + " primes?",
          ElicitationSchema.builder().required("proceed", BooleanSchema.of("Proceed", null))
              .build());
      boolean proceed = answer.action() == ElicitAction.ACCEPT && answer.content() != null
          && answer.content().get("proceed") != null
          && answer.content().get("proceed").asBoolean(false);
      if (!proceed) {
        return CallToolResult.text("Not started: the user did not confirm.");
      }
    }
    boolean task = context.startTask();
    int steps = 10;
    long sum = 0;
    int found = 0;
    long candidate = 1;
    for (int step = 1; step <= steps; step++) {
      int target = (int) ((long) count * step / steps);
      while (found < target) {
        candidate++;
        if (isPrime(candidate)) {
          sum += candidate;
          found++;
        }
      }
      Thread.sleep((long) (duration * 1000 / steps));
      context.checkCancelled();
      context.progress(step, (double) steps, found + " primes added up");
    }
    return CallToolResult.text("The sum of the first " + count + " primes is " + sum
        + (task ? " (computed as a task)." : "."));
  }

  private static boolean isPrime(long n) {
    if (n < 2) {
      return false;
    }
    for (long d = 2; d * d <= n; d++) {
      if (n % d == 0) {
        return false;
      }
    }
    return true;
  }

  private static CallToolResult sample(SampleArgs args, RequestContext context) {
    CreateMessageRequest request = new CreateMessageRequest(
        List.of(SamplingMessage.user(args.prompt())), null,
        "You are a helpful assistant inside an MCP demo.", null, null,
        args.maxTokens().orElse(100), null, null, null, null, null, null, Map.of());
    CreateMessageResult reply = context.sample(request);
    String text = reply.content().stream().map(EverythingTools::describe)
        .collect(Collectors.joining(" "));
    return CallToolResult.text("LLM sampling result (" + reply.model() + "): " + text);
  }

  private static String describe(SamplingContent content) {
    return content instanceof TextContent text ? text.text()
        : "[" + content.getClass().getSimpleName() + "]";
  }

  private static CallToolResult elicit(RequestContext context) {
    ElicitationSchema form = ElicitationSchema.builder()
        .required("name", StringSchema.of("Name", "Your full name"))
        .optional("email", StringSchema.of("Email", "Where to reach you").withFormat("email"))
        .optional("age", NumberSchema.integer("Age", null).withRange(0, 150).withDefault(30))
        .optional("color", new TitledSingleSelectEnumSchema("Favourite colour", null,
            List.of(new EnumOption("red", "Red"), new EnumOption("green", "Green"),
                new EnumOption("blue", "Blue")), "blue"))
        .optional("newsletter", BooleanSchema.of("Newsletter", "Send me news")
            .withDefault(false))
        .build();
    ElicitResult answer = context.elicit("Please tell us about yourself.", form);
    return switch (answer.action()) {
      case ACCEPT -> CallToolResult.text("The user provided: " + McpJson.toTree(answer.content()));
      case DECLINE -> CallToolResult.text("The user declined to share their details.");
      case CANCEL -> CallToolResult.text("The user dismissed the request.");
    };
  }

  private static CallToolResult annotated(AnnotatedArgs args, RequestContext context) {
    List<ContentBlock> content = new ArrayList<>();
    Annotations annotations = switch (args.messageType()) {
      case ERROR -> new Annotations(List.of(Role.USER, Role.ASSISTANT), 1.0, null, Map.of());
      case SUCCESS -> new Annotations(List.of(Role.USER), 0.7, null, Map.of());
      case DEBUG -> new Annotations(List.of(Role.ASSISTANT), 0.3, null, Map.of());
    };
    String text = switch (args.messageType()) {
      case ERROR -> "Error: operation failed";
      case SUCCESS -> "Operation completed successfully";
      case DEBUG -> "Debug: cache hit ratio 0.95, latency 150ms";
    };
    content.add(new TextContent(text, annotations, null));
    if (args.includeImage().orElse(false)) {
      content.add(new ImageContent(ImageContent.of(SampleMedia.PNG, "image/png").data(),
          "image/png", new Annotations(List.of(Role.USER), 0.5, null, Map.of()), null));
    }
    return new CallToolResult(content, null, null, null, Map.of());
  }

  private static CallToolResult links(int requested) {
    int count = Math.max(1, Math.min(10, requested));
    List<ContentBlock> content = new ArrayList<>();
    content.add(TextContent.of("Here are " + count + " resource links:"));
    for (int id = 1; id <= count; id++) {
      content.add(new ResourceLink(EverythingResources.uri(id), "Resource " + id, null,
          "Static resource number " + id, EverythingResources.mimeType(id), null, null, null,
          null));
    }
    return new CallToolResult(content, null, null, null, Map.of());
  }

  private static CallToolResult roots(RequestContext context) {
    List<Root> roots = context.roots();
    if (roots.isEmpty()) {
      return CallToolResult.text("The client has no roots.");
    }
    return CallToolResult.text("The client's roots:\n" + roots.stream()
        .map(root -> "- " + (root.name() == null ? "" : root.name() + ": ") + root.uri())
        .collect(Collectors.joining("\n")));
  }

  /** A number as people write it: 2 rather than 2.0, 2.5 as is. */
  private static String number(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15
        ? Long.toString((long) value) : Double.toString(value);
  }
}
