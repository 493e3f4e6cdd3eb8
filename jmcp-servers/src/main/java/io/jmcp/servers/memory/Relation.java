package io.jmcp.servers.memory;

import io.jmcp.schema.McpJson;
import java.util.Objects;
import tools.jackson.databind.node.ObjectNode;

/**
 * A directed edge of the knowledge graph, named in the active voice ("Ada works_at Acme").
 *
 * @param from the name of the entity it starts at
 * @param to the name of the entity it ends at
 * @param relationType what the relation is
 */
record Relation(String from, String to, String relationType) {

  Relation {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(relationType, "relationType");
  }

  boolean touches(String entityName) {
    return from.equals(entityName) || to.equals(entityName);
  }

  /** {@code {from, to, relationType}}, in the official server's member order. */
  ObjectNode toJson() {
    return McpJson.object().put("from", from).put("to", to).put("relationType", relationType);
  }
}
