/** Implementation details of the HTTP client transports. Not API. */
@NullMarked
package io.jmcp.transport.http.client.internal;

import org.jspecify.annotations.NullMarked;
