/**
 * JSON text laid out exactly as the official servers' runtimes print it (JavaScript's
 * {@code JSON.stringify}, Python's {@code json.dumps}), so results and files match theirs byte
 * for byte. Internal to jmcp-servers.
 */
@NullMarked
package io.jmcp.servers.internal.json;

import org.jspecify.annotations.NullMarked;
