/**
 * A generic JSON-RPC 2.0 peer: message types, the wire codec with its limits, the transport SPI and
 * {@link io.jmcp.jsonrpc.JsonRpcPeer}, which owns ids, the pending-request table, dispatch,
 * timeouts and cancellation.
 *
 * <p>Nothing here knows an MCP method name. The protocol layer above plugs in what is protocol
 * specific (how a cancellation is spelled, which methods exist) through small interfaces.
 */
@NullMarked
package io.jmcp.jsonrpc;

import org.jspecify.annotations.NullMarked;
