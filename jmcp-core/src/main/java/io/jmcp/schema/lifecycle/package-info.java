/** The legacy handshake (initialize) and capabilities of clients and servers. */
@NullMarked
package io.jmcp.schema.lifecycle;

import org.jspecify.annotations.NullMarked;
