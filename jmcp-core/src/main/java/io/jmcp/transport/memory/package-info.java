/** A connected pair of transports inside one JVM, for tests and embedding. */
@NullMarked
package io.jmcp.transport.memory;

import org.jspecify.annotations.NullMarked;
