/**
 * The jmcp test kit: connect a client to a server in memory in one line
 * ({@link io.jmcp.test.McpTestKit}), record every message on the wire
 * ({@link io.jmcp.test.WireRecorder}), and check each against the official JSON schema of the
 * negotiated protocol revision ({@link io.jmcp.test.ProtocolSchema}).
 */
@NullMarked
package io.jmcp.test;

import org.jspecify.annotations.NullMarked;
