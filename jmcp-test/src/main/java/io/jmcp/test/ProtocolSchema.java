package io.jmcp.test;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.jmcp.jsonrpc.JsonRpcBatch;
import io.jmcp.jsonrpc.JsonRpcErrorResponse;
import io.jmcp.jsonrpc.JsonRpcMessage;
import io.jmcp.jsonrpc.JsonRpcNotification;
import io.jmcp.jsonrpc.JsonRpcRequest;
import io.jmcp.jsonrpc.JsonRpcResult;
import io.jmcp.jsonrpc.RequestId;
import io.jmcp.schema.McpJson;
import io.jmcp.schema.ProtocolVersion;
import io.jmcp.schema.ResultType;
import io.jmcp.schema.tasks.TasksExtension;
import io.jmcp.test.WireRecorder.Direction;
import io.jmcp.test.WireRecorder.Recorded;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The official JSON schema of one protocol revision, applied to messages: a request or
 * notification must match the definition of its method, a result the result definition of the
 * request it answers, and every message the JSON-RPC envelope of that revision.
 */
public final class ProtocolSchema {

  private static final Map<ProtocolVersion, ProtocolSchema> LOADED =
      new EnumMap<>(ProtocolVersion.class);

  /**
   * Messages of the 2026-07-28 tasks extension ({@code io.modelcontextprotocol/tasks}), which
   * the revision's schema does not define: like the official suite, only their JSON-RPC envelope
   * (and, for results, the base {@code Result}) is checked.
   */
  private static final Set<String> EXTENSION_REQUESTS = Set.of(TasksExtension.GET,
      TasksExtension.UPDATE, TasksExtension.CANCEL);
  private static final Set<String> EXTENSION_NOTIFICATIONS =
      Set.of(TasksExtension.STATUS_NOTIFICATION);

  /** Stands for the method of a task-augmented request, whose answer is a CreateTaskResult. */
  private static final String TASK_AUGMENTED = " task-augmented";

  private final ProtocolVersion version;
  private final JsonNode document;
  private final String definitionsKey;
  private final SchemaRegistry registry;
  private final Map<String, Schema> compiled = new ConcurrentHashMap<>();
  private final Map<String, String> requestDefinitions = new HashMap<>();
  private final Map<String, String> notificationDefinitions = new HashMap<>();

  private ProtocolSchema(ProtocolVersion version, JsonNode document) {
    this.version = version;
    this.definitionsKey = document.has("$defs") ? "$defs" : "definitions";
    this.document = withErrata(document, definitionsKey);
    this.registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    for (Map.Entry<String, JsonNode> definition : document.get(definitionsKey).properties()) {
      JsonNode method = definition.getValue().path("properties").path("method").path("const");
      if (!method.isString()) {
        continue;
      }
      if (definition.getKey().endsWith("Request")) {
        requestDefinitions.put(method.stringValue(), definition.getKey());
      } else if (definition.getKey().endsWith("Notification")) {
        notificationDefinitions.put(method.stringValue(), definition.getKey());
      }
    }
  }

  /**
   * Corrects the one known error of the generated {@code schema.json} files that valid traffic hits:
   * {@code schema.ts} (the normative source) types an elicitation answer as
   * {@code string | number | boolean | string[]}, but the JSON schema says {@code integer} instead of
   * {@code number}, so a fractional answer to a {@code number} field would fail (SPEC-MAP section 11,
   * "Numbers vs integers"). Everything else is used exactly as published.
   */
  private static JsonNode withErrata(JsonNode document, String definitionsKey) {
    JsonNode values = document.path(definitionsKey).path("ElicitResult").path("properties")
        .path("content").path("additionalProperties");
    if (values.isMissingNode()) {
      return document;
    }
    ObjectNode copy = (ObjectNode) document.deepCopy();
    ObjectNode content = (ObjectNode) copy.get(definitionsKey).get("ElicitResult")
        .get("properties").get("content");
    content.set("additionalProperties", McpJson.mapper().readTree(
        values.toString().replace("\"integer\"", "\"number\"")));
    return copy;
  }

  /**
   * Checks a whole recorded connection against the revision it spoke, found in the traffic: the
   * version of the {@code initialize} result, or else the stateless version requests carry in
   * {@code _meta}. A dual-era client's probe before {@code initialize} is checked against the
   * stateless revision it used.
   */
  public static List<String> violations(List<Recorded> conversation) {
    int handshake = -1;
    ProtocolVersion legacy = null;
    Map<RequestId, Integer> initializeIds = new HashMap<>();
    for (int i = 0; i < conversation.size() && legacy == null; i++) {
      Recorded recorded = conversation.get(i);
      JsonRpcMessage message = recorded.message();
      if (message instanceof JsonRpcRequest request && request.method().equals("initialize")) {
        initializeIds.put(request.id(), i);
      } else if (message instanceof JsonRpcResult result && initializeIds.containsKey(result.id())
          && conversation.get(initializeIds.get(result.id())).direction()
              != recorded.direction()) {
        handshake = initializeIds.get(result.id());
        legacy = ProtocolVersion.parse(result.result().path("protocolVersion").asString(""))
            .orElse(null);
      }
    }
    ProtocolVersion modern = ProtocolVersion.V2026_07_28;
    for (Recorded recorded : conversation) {
      if (recorded.message() instanceof JsonRpcRequest request && request.params() != null) {
        String claimed = request.params().path("_meta")
            .path("io.modelcontextprotocol/protocolVersion").asString("");
        modern = ProtocolVersion.parse(claimed).filter(v -> !v.isLegacy()).orElse(modern);
        break;
      }
    }
    if (legacy == null) {
      return of(modern).validate(conversation, null);
    }
    List<String> problems = new ArrayList<>(
        of(modern).validate(conversation.subList(0, handshake), null));
    problems.addAll(of(legacy).validate(conversation.subList(handshake, conversation.size()),
        null));
    return problems;
  }

  /** The schema of {@code version}, loaded once. */
  public static synchronized ProtocolSchema of(ProtocolVersion version) {
    return LOADED.computeIfAbsent(version, v -> new ProtocolSchema(v, load(v)));
  }

  private static JsonNode load(ProtocolVersion version) {
    String path = "schema/" + version.id() + "/schema.json";
    try (InputStream in = ProtocolSchema.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + path);
      }
      return McpJson.mapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public ProtocolVersion version() {
    return version;
  }

  /** The definition describing requests of {@code method}, if the revision has the method. */
  public Optional<String> requestDefinition(String method) {
    return Optional.ofNullable(requestDefinitions.get(method));
  }

  /** The definition describing notifications of {@code method}. */
  public Optional<String> notificationDefinition(String method) {
    return Optional.ofNullable(notificationDefinitions.get(method));
  }

  /** The definition of the result of a request of {@code method}. */
  public String resultDefinition(String method) {
    String request = requestDefinitions.get(method);
    if (request == null) {
      return "Result";
    }
    String result = request.substring(0, request.length() - "Request".length()) + "Result";
    if (document.get(definitionsKey).has(result)) {
      return result;
    }
    return document.get(definitionsKey).has("EmptyResult") ? "EmptyResult" : "Result";
  }

  /** Problems of {@code instance} against definition {@code name}; empty when it conforms. */
  public List<String> validate(String name, JsonNode instance) {
    if (!document.get(definitionsKey).has(name)) {
      return List.of("revision " + version + " has no definition " + name);
    }
    Schema schema = compiled.computeIfAbsent(name, this::compile);
    List<String> problems = new ArrayList<>();
    for (Error error : schema.validate(instance)) {
      problems.add(name + ": " + error.getMessage());
    }
    return problems;
  }

  private Schema compile(String name) {
    ObjectNode root = McpJson.object();
    root.set("$schema", document.get("$schema"));
    root.put("$ref", "#/" + definitionsKey + "/" + name);
    root.set(definitionsKey, document.get(definitionsKey));
    return registry.getSchema(root);
  }

  /**
   * Checks a recorded conversation, message by message. Results are matched to the requests they
   * answer through the ids seen earlier in the same recording.
   *
   * @param only check only messages going this way, or all when null
   * @return one line per problem, naming the message
   */
  public List<String> validate(List<Recorded> conversation, @Nullable Direction only) {
    Map<RequestId, String> sentRequests = new HashMap<>();
    Map<RequestId, String> receivedRequests = new HashMap<>();
    List<String> problems = new ArrayList<>();
    for (Recorded recorded : conversation) {
      List<JsonRpcMessage> messages = recorded.message() instanceof JsonRpcBatch batch
          ? batch.messages() : List.of(recorded.message());
      for (JsonRpcMessage message : messages) {
        boolean sent = recorded.direction() == Direction.SENT;
        Map<RequestId, String> mine = sent ? sentRequests : receivedRequests;
        Map<RequestId, String> theirs = sent ? receivedRequests : sentRequests;
        List<String> found = check(message, mine, theirs);
        if (only == null || only == recorded.direction()) {
          JsonNode json = new Recorded(recorded.direction(), message).json();
          for (String problem : found) {
            problems.add(recorded.direction() + " " + abbreviate(json) + "\n    " + problem);
          }
        }
      }
    }
    return problems;
  }

  private List<String> check(JsonRpcMessage message, Map<RequestId, String> mine,
      Map<RequestId, String> theirs) {
    JsonNode json = new Recorded(Direction.SENT, message).json();
    List<String> problems = new ArrayList<>();
    switch (message) {
      case JsonRpcRequest request -> {
        // A task-augmented request (2025-11-25) is answered with the task, not its result.
        boolean augmented = request.params() != null && request.params().path("task").isObject()
            && has("CreateTaskResult");
        mine.put(request.id(), augmented ? TASK_AUGMENTED : request.method());
        problems.addAll(validate("JSONRPCRequest", json));
        Optional<String> definition = requestDefinition(request.method());
        if (definition.isPresent()) {
          problems.addAll(validate(definition.get(), json));
        } else if (!isExtension(EXTENSION_REQUESTS, request.method())) {
          problems.add("revision " + version + " has no request " + request.method());
        }
      }
      case JsonRpcNotification notification -> {
        problems.addAll(validate("JSONRPCNotification", json));
        Optional<String> definition = notificationDefinition(notification.method());
        if (definition.isPresent()) {
          problems.addAll(validate(definition.get(), json));
        } else if (!isExtension(EXTENSION_NOTIFICATIONS, notification.method())) {
          problems.add("revision " + version + " has no notification " + notification.method());
        }
      }
      case JsonRpcResult result -> {
        problems.addAll(validate(has("JSONRPCResultResponse") ? "JSONRPCResultResponse"
            : "JSONRPCResponse", json));
        String method = theirs.remove(result.id());
        if (method == null) {
          problems.add("result for unknown request id " + result.id());
        } else if (result.result() != null
            && "input_required".equals(result.result().path("resultType").asString(""))) {
          // 2026-07-28: any request that may ask for input answers with this instead.
          problems.addAll(validate("InputRequiredResult", result.result()));
        } else if (result.result() != null && isExtension(Set.of(ResultType.TASK),
            result.result().path(ResultType.FIELD).asString(""))) {
          // A task handle of the tasks extension: typed by the extension, not by the revision.
          problems.addAll(validate("Result", result.result()));
        } else {
          problems.addAll(validate(method.equals(TASK_AUGMENTED) ? "CreateTaskResult"
              : resultDefinition(method), result.result()));
        }
      }
      case JsonRpcErrorResponse error -> {
        if (error.id() != null) {
          theirs.remove(error.id());
        }
        problems.addAll(validate(has("JSONRPCErrorResponse") ? "JSONRPCErrorResponse"
            : "JSONRPCError", json));
      }
      case JsonRpcBatch batch -> throw new IllegalStateException("batches are unpacked first");
    }
    return problems;
  }

  /** Whether {@code name} belongs to the tasks extension, which only stateless revisions have. */
  private boolean isExtension(Set<String> names, String name) {
    return !version.isLegacy() && names.contains(name);
  }

  private boolean has(String definition) {
    return document.get(definitionsKey).has(definition);
  }

  private static String abbreviate(JsonNode json) {
    String text = json.toString();
    return text.length() <= 300 ? text : text.substring(0, 300) + "...";
  }
}
