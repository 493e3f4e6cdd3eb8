package io.jmcp.servers.memory;

import io.jmcp.schema.McpJson;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A read-only view of the graph, or of part of it: what {@code read_graph}, {@code search_nodes}
 * and {@code open_nodes} return.
 */
record KnowledgeGraph(List<Entity> entities, List<Relation> relations) {

  KnowledgeGraph {
    entities = List.copyOf(entities);
    relations = List.copyOf(relations);
  }

  /**
   * The entities whose name, type or any observation contains {@code query} (ignoring case), and
   * every relation with at least one end among them, so callers also see where they lead.
   */
  KnowledgeGraph search(String query) {
    String needle = query.toLowerCase(Locale.ROOT);
    return around(entities.stream().filter(entity -> contains(entity.name(), needle)
        || contains(entity.entityType(), needle)
        || entity.observations().stream().anyMatch(observation -> contains(observation, needle)))
        .toList());
  }

  /** The named entities (unknown names are skipped) and every relation touching one of them. */
  KnowledgeGraph open(Collection<String> names) {
    Set<String> wanted = new HashSet<>(names);
    return around(entities.stream().filter(entity -> wanted.contains(entity.name())).toList());
  }

  private KnowledgeGraph around(List<Entity> chosen) {
    Set<String> chosenNames = new HashSet<>();
    chosen.forEach(entity -> chosenNames.add(entity.name()));
    return new KnowledgeGraph(chosen, relations.stream()
        .filter(relation -> chosenNames.contains(relation.from())
            || chosenNames.contains(relation.to()))
        .toList());
  }

  private static boolean contains(String text, String lowerCaseNeedle) {
    return text.toLowerCase(Locale.ROOT).contains(lowerCaseNeedle);
  }

  /** {@code {entities: [...], relations: [...]}}. */
  ObjectNode toJson() {
    ObjectNode json = McpJson.object();
    ArrayNode entityArray = json.putArray("entities");
    entities.forEach(entity -> entityArray.add(entity.toJson()));
    ArrayNode relationArray = json.putArray("relations");
    relations.forEach(relation -> relationArray.add(relation.toJson()));
    return json;
  }
}
