/** Argument completion for prompts and resource templates. */
@NullMarked
package io.jmcp.schema.completion;

import org.jspecify.annotations.NullMarked;
