/** Roots: the directories and files a client lets a server work with. */
@NullMarked
package io.jmcp.schema.roots;

import org.jspecify.annotations.NullMarked;
