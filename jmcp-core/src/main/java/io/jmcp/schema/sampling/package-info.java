/** Sampling: the server asks the client's LLM for a completion. */
@NullMarked
package io.jmcp.schema.sampling;

import org.jspecify.annotations.NullMarked;
