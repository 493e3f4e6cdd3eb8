/** Resources: listing, templates, reading, subscriptions and change notices. */
@NullMarked
package io.jmcp.schema.resources;

import org.jspecify.annotations.NullMarked;
