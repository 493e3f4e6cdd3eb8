/** Implementation of the client: inbound dispatch, capability checks. Not API. */
@NullMarked
package io.jmcp.client.internal;

import org.jspecify.annotations.NullMarked;
