/** The 2025-11-25 experimental tasks: durable, pollable requests. */
@NullMarked
package io.jmcp.schema.tasks;

import org.jspecify.annotations.NullMarked;
