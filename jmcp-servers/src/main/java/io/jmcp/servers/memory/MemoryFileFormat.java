package io.jmcp.servers.memory;

import io.jmcp.schema.McpJson;
import io.jmcp.servers.internal.json.JsonText;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The memory file's format, shared with the official server: JSON Lines, one object per line,
 * {@code {"type":"entity","name",...,"entityType",...,"observations":[...]}} for each entity, then
 * {@code {"type":"relation","from",...,"to",...,"relationType",...}} for each relation, written
 * compactly with the same member order and escaping as {@code JSON.stringify}, so files move
 * between the two servers unchanged.
 *
 * <p>Unlike the official server, every line ends with a newline (as JSON Lines asks); lines of
 * other types are kept as they are; and a damaged line is refused with its line number rather
 * than silently dropped at the next write.
 */
final class MemoryFileFormat {

  private MemoryFileFormat() {
  }

  /**
   * Reads a memory file's text.
   *
   * @param source names the file in error messages
   * @throws IllegalStateException if a line is not JSON, or an entity or relation lacks a member
   */
  static GraphDocument parse(String text, String source) {
    List<Entity> entities = new ArrayList<>();
    List<Relation> relations = new ArrayList<>();
    List<String> otherLines = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = i == 0 && lines[0].startsWith("\uFEFF") ? lines[0].substring(1) : lines[i];
      if (line.isBlank()) {
        continue;
      }
      JsonNode item = parseLine(line, source, i + 1);
      String type = item.path("type").asString("");
      switch (type) {
        case "entity" -> entities.add(entity(item, source, i + 1));
        case "relation" -> relations.add(relation(item, source, i + 1));
        default -> otherLines.add(line.strip());
      }
    }
    return new GraphDocument(entities, relations, otherLines);
  }

  private static JsonNode parseLine(String line, String source, int number) {
    try {
      return McpJson.mapper().readTree(line);
    } catch (JacksonException e) {
      throw damaged(source, number, "is not valid JSON (" + McpJson.describe(e) + ")");
    }
  }

  private static Entity entity(JsonNode item, String source, int number) {
    JsonNode observations = item.path("observations");
    List<String> list = new ArrayList<>();
    if (!observations.isMissingNode() && !observations.isNull()) {
      if (!observations.isArray()) {
        throw damaged(source, number, "has observations that are not an array");
      }
      for (JsonNode observation : observations) {
        if (!observation.isString()) {
          throw damaged(source, number, "has an observation that is not a string");
        }
        list.add(observation.stringValue());
      }
    }
    return new Entity(text(item, "name", source, number),
        text(item, "entityType", source, number), list);
  }

  private static Relation relation(JsonNode item, String source, int number) {
    return new Relation(text(item, "from", source, number), text(item, "to", source, number),
        text(item, "relationType", source, number));
  }

  private static String text(JsonNode item, String member, String source, int number) {
    JsonNode value = item.path(member);
    if (!value.isString()) {
      throw damaged(source, number, "has no string \"" + member + "\"");
    }
    return value.stringValue();
  }

  private static IllegalStateException damaged(String source, int line, String problem) {
    return new IllegalStateException("The memory file " + source + " is damaged: line " + line
        + " " + problem + ". Fix or remove that line; the file was not changed.");
  }

  /** The file's text: one line per entity, then per relation, then the lines kept as they were. */
  static String print(GraphDocument document) {
    StringBuilder out = new StringBuilder();
    KnowledgeGraph graph = document.graph();
    for (Entity entity : graph.entities()) {
      ObjectNode line = McpJson.object().put("type", "entity");
      line.setAll(entity.toJson());
      out.append(JsonText.JAVASCRIPT.write(line, 0)).append('\n');
    }
    for (Relation relation : graph.relations()) {
      ObjectNode line = McpJson.object().put("type", "relation");
      line.setAll(relation.toJson());
      out.append(JsonText.JAVASCRIPT.write(line, 0)).append('\n');
    }
    document.otherLines().forEach(line -> out.append(line).append('\n'));
    return out.toString();
  }
}
