/**
 * What MCP servers and clients share above the wire model: typed calls over a
 * {@link io.jmcp.jsonrpc.JsonRpcPeer}, progress, cancellation, notification ordering, adapting
 * messages to older revisions, URI templates.
 */
@NullMarked
package io.jmcp.core;

import org.jspecify.annotations.NullMarked;
