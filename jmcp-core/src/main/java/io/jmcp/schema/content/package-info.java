/**
 * Content blocks: what tools return, prompts contain and sampling exchanges, and the contents of
 * resources. {@link io.jmcp.schema.content.ContentBlock} is the union for tools and prompts,
 * {@link io.jmcp.schema.content.SamplingContent} the one for sampling; text, image and audio
 * blocks belong to both.
 */
@NullMarked
package io.jmcp.schema.content;

import org.jspecify.annotations.NullMarked;
