/** Log messages from server to client and their levels. */
@NullMarked
package io.jmcp.schema.logging;

import org.jspecify.annotations.NullMarked;
