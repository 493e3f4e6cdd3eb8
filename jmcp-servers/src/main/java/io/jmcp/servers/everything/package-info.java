/**
 * The everything server: jmcp's protocol showcase, exercising every server feature and every
 * client feature a server can ask for.
 */
@NullMarked
package io.jmcp.servers.everything;

import org.jspecify.annotations.NullMarked;
