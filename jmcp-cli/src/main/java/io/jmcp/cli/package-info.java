/** The {@code jmcp} command: runs the built-in servers and the demo. */
@NullMarked
package io.jmcp.cli;

import org.jspecify.annotations.NullMarked;
