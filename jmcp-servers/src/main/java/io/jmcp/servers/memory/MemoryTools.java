package io.jmcp.servers.memory;

import io.jmcp.schema.McpJson;
import io.jmcp.schema.content.TextContent;
import io.jmcp.schema.tools.CallToolResult;
import io.jmcp.schema.tools.Tool;
import io.jmcp.schema.tools.ToolAnnotations;
import io.jmcp.server.McpServerBuilder;
import io.jmcp.server.ToolHandler;
import io.jmcp.servers.internal.json.JsonText;
import io.jmcp.servers.memory.GraphDocument.AddedObservations;
import io.jmcp.servers.memory.GraphDocument.ObservationRequest;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The nine knowledge-graph tools with the official server's names, titles, descriptions, schemas
 * and annotations. Each returns its result twice, as the official does: pretty-printed JSON text
 * (the layout of {@code JSON.stringify(value, null, 2)}) and {@code structuredContent}.
 */
final class MemoryTools {

  record CreateEntities(List<Entity> entities) {
  }

  record CreateRelations(List<Relation> relations) {
  }

  record Addition(String entityName, List<String> contents) {
  }

  record AddObservations(List<Addition> observations) {
  }

  record DeleteEntities(List<String> entityNames) {
  }

  record Deletion(String entityName, List<String> observations) {
  }

  record DeleteObservations(List<Deletion> deletions) {
  }

  record DeleteRelations(List<Relation> relations) {
  }

  record SearchNodes(String query) {
  }

  record OpenNodes(List<String> names) {
  }

  private static final ToolAnnotations WRITES = hints(false, false, false);
  private static final ToolAnnotations DELETES = hints(false, true, true);
  private static final ToolAnnotations READS = hints(true, false, true);

  private final MemoryFile file;

  MemoryTools(MemoryFile file) {
    this.file = file;
  }

  void register(McpServerBuilder server) {
    server.tool(tool("create_entities", "Create Entities",
        "Create multiple new entities in the knowledge graph", WRITES,
        MemorySchemas.root(false, "entities", MemorySchemas.array(MemorySchemas.entity(false),
            null)),
        MemorySchemas.root(true, "entities", MemorySchemas.array(MemorySchemas.entity(true),
            null))),
        bound(CreateEntities.class, args -> {
          List<Entity> added = file.update(graph -> graph.createEntities(args.entities()));
          return listed("entities", array(added.stream().map(Entity::toJson).toList()));
        }));
    server.tool(tool("create_relations", "Create Relations",
        "Create multiple new relations between entities in the knowledge graph. "
            + "Relations should be in active voice", WRITES,
        MemorySchemas.root(false, "relations", MemorySchemas.array(
            MemorySchemas.relation(false), null)),
        MemorySchemas.root(true, "relations", MemorySchemas.array(
            MemorySchemas.relation(true), null))),
        bound(CreateRelations.class, args -> {
          List<Relation> added = file.update(graph -> graph.createRelations(args.relations()));
          return listed("relations", array(added.stream().map(Relation::toJson).toList()));
        }));
    server.tool(tool("add_observations", "Add Observations",
        "Add new observations to existing entities in the knowledge graph", WRITES,
        MemorySchemas.root(false, "observations", MemorySchemas.observationAdditions()),
        MemorySchemas.root(true, "results", MemorySchemas.addedObservations())),
        bound(AddObservations.class, args -> {
          List<ObservationRequest> requests = args.observations().stream()
              .map(add -> new ObservationRequest(add.entityName(), add.contents())).toList();
          List<AddedObservations> added = file.update(graph -> graph.addObservations(requests));
          return listed("results", array(added.stream().map(MemoryTools::toJson).toList()));
        }));
    registerDeletions(server);
    registerReads(server);
  }

  private void registerDeletions(McpServerBuilder server) {
    server.tool(tool("delete_entities", "Delete Entities",
        "Delete multiple entities and their associated relations from the knowledge graph",
        DELETES,
        MemorySchemas.root(false, "entityNames", MemorySchemas.array(
            MemorySchemas.string(null), "An array of entity names to delete")),
        MemorySchemas.outcome()),
        bound(DeleteEntities.class, args -> {
          file.update(graph -> {
            graph.deleteEntities(args.entityNames());
            return true;
          });
          return done("Entities deleted successfully");
        }));
    server.tool(tool("delete_observations", "Delete Observations",
        "Delete specific observations from entities in the knowledge graph", DELETES,
        MemorySchemas.root(false, "deletions", MemorySchemas.observationDeletions()),
        MemorySchemas.outcome()),
        bound(DeleteObservations.class, args -> {
          List<ObservationRequest> deletions = args.deletions().stream()
              .map(delete -> new ObservationRequest(delete.entityName(), delete.observations()))
              .toList();
          file.update(graph -> {
            graph.deleteObservations(deletions);
            return true;
          });
          return done("Observations deleted successfully");
        }));
    server.tool(tool("delete_relations", "Delete Relations",
        "Delete multiple relations from the knowledge graph", DELETES,
        MemorySchemas.root(false, "relations", MemorySchemas.array(
            MemorySchemas.relation(false), "An array of relations to delete")),
        MemorySchemas.outcome()),
        bound(DeleteRelations.class, args -> {
          file.update(graph -> {
            graph.deleteRelations(args.relations());
            return true;
          });
          return done("Relations deleted successfully");
        }));
  }

  private void registerReads(McpServerBuilder server) {
    server.tool(tool("read_graph", "Read Graph", "Read the entire knowledge graph", READS,
        MemorySchemas.root(false), MemorySchemas.graph()),
        (arguments, context) -> graph(file.read()));
    server.tool(tool("search_nodes", "Search Nodes",
        "Search for nodes in the knowledge graph based on a query", READS,
        MemorySchemas.root(false, "query", MemorySchemas.string(
            "The search query to match against entity names, types, and observation content")),
        MemorySchemas.graph()),
        bound(SearchNodes.class, args -> graph(file.read().search(args.query()))));
    server.tool(tool("open_nodes", "Open Nodes",
        "Open specific nodes in the knowledge graph by their names", READS,
        MemorySchemas.root(false, "names", MemorySchemas.array(MemorySchemas.string(null),
            "An array of entity names to retrieve")),
        MemorySchemas.graph()),
        bound(OpenNodes.class, args -> graph(file.read().open(args.names()))));
  }

  private static Tool tool(String name, String title, String description,
      ToolAnnotations annotations, ObjectNode input, ObjectNode output) {
    return Tool.builder(name).title(title).description(description).inputSchema(input)
        .outputSchema(output).annotations(annotations).build();
  }

  private static ToolAnnotations hints(boolean readOnly, boolean destructive,
      boolean idempotent) {
    return new ToolAnnotations(null, readOnly, destructive, idempotent, false, Map.of());
  }

  /** Binds the (already validated) arguments to {@code type} before {@code handler} runs. */
  private static <A> ToolHandler bound(Class<A> type, Function<A, CallToolResult> handler) {
    return (arguments, context) -> handler.apply(McpJson.fromTree(arguments, type));
  }

  /** The added items as text, and under {@code member} as structured content. */
  private static CallToolResult listed(String member, ArrayNode items) {
    ObjectNode structured = McpJson.object();
    structured.set(member, items);
    return result(JsonText.JAVASCRIPT.write(items, 2), structured);
  }

  private static CallToolResult graph(KnowledgeGraph graph) {
    ObjectNode json = graph.toJson();
    return result(JsonText.JAVASCRIPT.write(json, 2), json);
  }

  private static CallToolResult done(String message) {
    return result(message, McpJson.object().put("success", true).put("message", message));
  }

  private static CallToolResult result(String text, JsonNode structured) {
    return new CallToolResult(List.of(TextContent.of(text)), structured, null, null, Map.of());
  }

  private static ObjectNode toJson(AddedObservations added) {
    ObjectNode json = McpJson.object().put("entityName", added.entityName());
    added.addedObservations().forEach(json.putArray("addedObservations")::add);
    return json;
  }

  private static ArrayNode array(List<ObjectNode> items) {
    ArrayNode array = McpJson.mapper().createArrayNode();
    items.forEach(array::add);
    return array;
  }
}
