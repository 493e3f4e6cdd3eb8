/** Tools: listing, calling, results, annotations. */
@NullMarked
package io.jmcp.schema.tools;

import org.jspecify.annotations.NullMarked;
