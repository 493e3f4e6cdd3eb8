/** Implementation details of the wire model; not API. */
@NullMarked
package io.jmcp.schema.internal;

import org.jspecify.annotations.NullMarked;
