/**
 * Tasks, in both of their designs: the experimental core tasks of 2025-11-25
 * ({@code basic/utilities/tasks}) and the {@code io.modelcontextprotocol/tasks} extension of
 * 2026-07-28. A task is a request whose answer comes later: the receiver keeps it in a
 * {@link io.jmcp.core.tasks.TaskStore}, runs it in the background with a
 * {@link io.jmcp.core.tasks.TaskRunner}, and the requestor polls it by id.
 */
@NullMarked
package io.jmcp.core.tasks;

import org.jspecify.annotations.NullMarked;
