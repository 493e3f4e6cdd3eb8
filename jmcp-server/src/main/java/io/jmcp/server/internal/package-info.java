/** Implementation of the server: sessions, dispatch, lifecycle, feature registries. Not API. */
@NullMarked
package io.jmcp.server.internal;

import org.jspecify.annotations.NullMarked;
