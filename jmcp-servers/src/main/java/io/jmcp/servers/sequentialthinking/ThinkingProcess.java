package io.jmcp.servers.sequentialthinking;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * One client's thinking so far: how many thoughts it has recorded and the branches it opened.
 * The thoughts themselves are not kept, since nothing ever reads them back; so a long session
 * costs a counter, not memory.
 */
final class ThinkingProcess {

  /** More distinct branch ids than this in one session is refused, to bound memory. */
  static final int MAX_BRANCHES = 10_000;

  private long historyLength;
  private final Set<String> branches = new LinkedHashSet<>();

  /**
   * Records {@code thought} (its estimate already raised to its number).
   *
   * @throws IllegalArgumentException when it would open one branch too many
   */
  synchronized Status record(Thought thought) {
    if (thought.isBranch() && !branches.contains(thought.branchId())) {
      if (branches.size() >= MAX_BRANCHES) {
        throw new IllegalArgumentException("Too many branches: at most " + MAX_BRANCHES
            + " branch ids per session");
      }
      branches.add(thought.branchId());
    }
    historyLength++;
    return new Status(thought.thoughtNumber(), thought.totalThoughts(),
        thought.nextThoughtNeeded(), branchIds(), historyLength);
  }

  /**
   * The branch ids in the order JavaScript lists an object's keys: ids that are array indices
   * ("0", "7", ...) first in numeric order, then the others in the order they were opened.
   */
  private List<String> branchIds() {
    TreeMap<Long, String> indices = new TreeMap<>();
    List<String> others = new ArrayList<>();
    for (String id : branches) {
      Long index = arrayIndex(id);
      if (index != null) {
        indices.put(index, id);
      } else {
        others.add(id);
      }
    }
    List<String> ordered = new ArrayList<>(indices.values());
    ordered.addAll(others);
    return ordered;
  }

  /** The canonical decimal form of an integer from 0 to 2^32 - 2, else null. */
  private static @org.jspecify.annotations.Nullable Long arrayIndex(String id) {
    if (id.isEmpty() || id.length() > 10 || (id.length() > 1 && id.charAt(0) == '0')
        || !id.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return null;
    }
    long value = Long.parseLong(id);
    return value <= 4_294_967_294L ? value : null;
  }

  /** What the tool returns after each thought. */
  record Status(long thoughtNumber, long totalThoughts, boolean nextThoughtNeeded,
      List<String> branches, long thoughtHistoryLength) {
  }
}
