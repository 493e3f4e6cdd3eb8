/**
 * {@code subscriptions/listen} (2026-07-28): one long-lived request over which a client receives
 * the list changes and resource updates it opted in to, replacing the legacy GET stream and
 * {@code resources/subscribe}.
 */
@NullMarked
package io.jmcp.schema.subscriptions;

import org.jspecify.annotations.NullMarked;
