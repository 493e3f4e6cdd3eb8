/** Sessions, streams and request checks of the HTTP server transport. Not API. */
@NullMarked
package io.jmcp.transport.http.server.internal;

import org.jspecify.annotations.NullMarked;
