/** Prompts: listing and rendering prompt templates. */
@NullMarked
package io.jmcp.schema.prompts;

import org.jspecify.annotations.NullMarked;
