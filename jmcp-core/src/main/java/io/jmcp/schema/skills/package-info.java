/** The skills extension of 2026-07-28 (SEP-2640): its names and limits. */
@NullMarked
package io.jmcp.schema.skills;

import org.jspecify.annotations.NullMarked;
