package io.jmcp.servers.memory;

import io.jmcp.schema.McpJson;
import java.util.List;
import java.util.Objects;
import tools.jackson.databind.node.ObjectNode;

/**
 * A node of the knowledge graph: a unique name, a type, and what is known about it.
 *
 * @param name unique in the graph
 * @param entityType what kind of thing it is ("person", "project", ...)
 * @param observations facts about it, in the order they were added, without duplicates
 */
record Entity(String name, String entityType, List<String> observations) {

  Entity {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(entityType, "entityType");
    observations = List.copyOf(observations == null ? List.of() : observations);
  }

  Entity withObservations(List<String> newObservations) {
    return new Entity(name, entityType, newObservations);
  }

  /** {@code {name, entityType, observations}}, in the official server's member order. */
  ObjectNode toJson() {
    ObjectNode json = McpJson.object().put("name", name).put("entityType", entityType);
    observations.forEach(json.putArray("observations")::add);
    return json;
  }
}
