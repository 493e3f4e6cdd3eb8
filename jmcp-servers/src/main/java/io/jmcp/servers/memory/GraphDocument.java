package io.jmcp.servers.memory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The memory file's content while one change is applied to it: entities and relations in file
 * order, and the lines of record types this server does not know, kept as they were so a newer
 * writer's data survives. Not thread-safe; {@link MemoryFile} gives each change its own copy.
 *
 * <p>The changes mirror the official server's, with one difference: duplicates within one call
 * (the same entity name twice, the same relation twice, an observation repeated) are added once,
 * so entity names stay unique.
 */
final class GraphDocument {

  private final List<Entity> entities;
  private final List<Relation> relations;
  private final List<String> otherLines;
  private boolean changed;

  GraphDocument(List<Entity> entities, List<Relation> relations, List<String> otherLines) {
    this.entities = new ArrayList<>(entities);
    this.relations = new ArrayList<>(relations);
    this.otherLines = List.copyOf(otherLines);
  }

  static GraphDocument empty() {
    return new GraphDocument(List.of(), List.of(), List.of());
  }

  KnowledgeGraph graph() {
    return new KnowledgeGraph(entities, relations);
  }

  List<String> otherLines() {
    return otherLines;
  }

  /** Whether a change altered anything, so an unchanged file need not be rewritten. */
  boolean changed() {
    return changed;
  }

  /** Adds the entities whose names are new; returns those added. */
  List<Entity> createEntities(List<Entity> candidates) {
    Set<String> names = new HashSet<>();
    entities.forEach(entity -> names.add(entity.name()));
    List<Entity> added = new ArrayList<>();
    for (Entity candidate : candidates) {
      if (names.add(candidate.name())) {
        added.add(candidate.withObservations(List.copyOf(
            new LinkedHashSet<>(candidate.observations()))));
      }
    }
    changed |= entities.addAll(added);
    return added;
  }

  /** Adds the relations not already present; returns those added. */
  List<Relation> createRelations(List<Relation> candidates) {
    Set<Relation> present = new HashSet<>(relations);
    List<Relation> added = candidates.stream().filter(present::add).toList();
    changed |= relations.addAll(added);
    return added;
  }

  /**
   * Adds observations to existing entities; returns, per request, those that were new.
   *
   * @throws IllegalArgumentException if an entity does not exist; then nothing is changed
   */
  List<AddedObservations> addObservations(List<ObservationRequest> requests) {
    Map<String, Integer> index = index();
    for (ObservationRequest request : requests) {
      if (!index.containsKey(request.entityName())) {
        throw new IllegalArgumentException("Entity with name " + request.entityName()
            + " not found");
      }
    }
    List<AddedObservations> results = new ArrayList<>();
    for (ObservationRequest request : requests) {
      int position = index.get(request.entityName());
      Entity entity = entities.get(position);
      LinkedHashSet<String> all = new LinkedHashSet<>(entity.observations());
      List<String> added = request.contents().stream().filter(all::add).toList();
      entities.set(position, entity.withObservations(List.copyOf(all)));
      changed |= !added.isEmpty();
      results.add(new AddedObservations(request.entityName(), added));
    }
    return results;
  }

  /** Removes the named entities and every relation that touches one of them. */
  void deleteEntities(Collection<String> names) {
    Set<String> doomed = new HashSet<>(names);
    changed |= entities.removeIf(entity -> doomed.contains(entity.name()))
        | relations.removeIf(relation -> doomed.contains(relation.from())
            || doomed.contains(relation.to()));
  }

  /** Removes the given observations from each named entity; unknown entities are skipped. */
  void deleteObservations(List<ObservationRequest> deletions) {
    Map<String, Integer> index = index();
    for (ObservationRequest deletion : deletions) {
      Integer position = index.get(deletion.entityName());
      if (position == null) {
        continue;
      }
      Entity entity = entities.get(position);
      Set<String> doomed = new HashSet<>(deletion.contents());
      List<String> kept = entity.observations().stream()
          .filter(observation -> !doomed.contains(observation)).toList();
      if (kept.size() != entity.observations().size()) {
        entities.set(position, entity.withObservations(kept));
        changed = true;
      }
    }
  }

  /** Removes the given relations where present. */
  void deleteRelations(Collection<Relation> doomed) {
    Set<Relation> set = new HashSet<>(doomed);
    changed |= relations.removeIf(set::contains);
  }

  /** Where each entity name first appears. */
  private Map<String, Integer> index() {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < entities.size(); i++) {
      index.putIfAbsent(entities.get(i).name(), i);
    }
    return index;
  }

  /** Observations to add to, or delete from, one entity. */
  record ObservationRequest(String entityName, List<String> contents) {

    ObservationRequest {
      contents = List.copyOf(contents);
    }
  }

  /** What {@code add_observations} reports for one entity. */
  record AddedObservations(String entityName, List<String> addedObservations) {
  }
}
