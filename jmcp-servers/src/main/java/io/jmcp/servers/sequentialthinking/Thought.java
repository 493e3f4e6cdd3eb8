package io.jmcp.servers.sequentialthinking;

import org.jspecify.annotations.Nullable;

/**
 * One thinking step, its arguments read and coerced (see {@link ThoughtArguments}).
 *
 * @param thought the step itself
 * @param nextThoughtNeeded whether the model means to think on
 * @param thoughtNumber this step's number, from 1
 * @param totalThoughts the model's estimate of the steps needed
 * @param isRevision whether this step revises an earlier one
 * @param revisesThought the step it revises
 * @param branchFromThought the step it branches from
 * @param branchId the branch it belongs to
 * @param needsMoreThoughts whether the model found it needs more steps than estimated
 */
record Thought(String thought, boolean nextThoughtNeeded, long thoughtNumber, long totalThoughts,
    @Nullable Boolean isRevision, @Nullable Long revisesThought, @Nullable Long branchFromThought,
    @Nullable String branchId, @Nullable Boolean needsMoreThoughts) {

  /** The same step with the estimate raised to at least its own number. */
  Thought withTotalAtLeastNumber() {
    return thoughtNumber <= totalThoughts ? this : new Thought(thought, nextThoughtNeeded,
        thoughtNumber, thoughtNumber, isRevision, revisesThought, branchFromThought, branchId,
        needsMoreThoughts);
  }

  /** Whether it starts or continues a branch (both a branching point and a non-empty id). */
  boolean isBranch() {
    return branchFromThought != null && branchId != null && !branchId.isEmpty();
  }
}
