/**
 * The entry points the official MCP conformance suite drives: the everything-server with the
 * suite's fixed {@code test_*} tools, {@code test://} resources and prompts, and the
 * everything-client that plays each client scenario.
 */
@NullMarked
package io.jmcp.conformance;

import org.jspecify.annotations.NullMarked;
