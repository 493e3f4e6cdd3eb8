/** The skills server: a directory of agent skills over the skills extension (SEP-2640). */
@NullMarked
package io.jmcp.servers.skills;

import org.jspecify.annotations.NullMarked;
