package io.jmcp.core;

import io.jmcp.schema.ProgressNotification;

/**
 * Receives progress of one outbound request. Runs on the connection's delivery thread, before the
 * response is delivered, so it must be quick and must not call the same peer.
 */
@FunctionalInterface
public interface ProgressListener {

  void onProgress(ProgressNotification progress);
}
