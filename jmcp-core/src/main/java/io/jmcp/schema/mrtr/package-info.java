/**
 * Multi round-trip requests (2026-07-28): how a server asks the client for input (elicitation,
 * sampling, roots) within one request, by answering {@link io.jmcp.schema.mrtr.InputRequiredResult}
 * and reading the client's {@link io.jmcp.schema.mrtr.InputResponses} on the retry.
 */
@NullMarked
package io.jmcp.schema.mrtr;

import org.jspecify.annotations.NullMarked;
