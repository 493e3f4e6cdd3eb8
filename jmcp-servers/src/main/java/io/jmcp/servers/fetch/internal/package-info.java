/**
 * HTML to Markdown for the fetch server: the page's main content is picked out
 * ({@link io.jmcp.servers.fetch.internal.MainContent}) and written as Markdown
 * ({@link io.jmcp.servers.fetch.internal.MarkdownConverter}). Not exported.
 */
@NullMarked
package io.jmcp.servers.fetch.internal;

import org.jspecify.annotations.NullMarked;
