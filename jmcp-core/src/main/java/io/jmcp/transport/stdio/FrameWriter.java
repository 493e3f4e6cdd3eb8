package io.jmcp.transport.stdio;

import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Writes one frame per line (MCP stdio framing) and flushes it, so the peer sees each message as
 * soon as it is sent. Writers on many threads take turns under one lock, so lines never
 * interleave.
 *
 * <p>The stream is written with plain blocking {@link OutputStream} calls, never through an
 * interruptible channel: handler threads are interrupted when their request is cancelled, and
 * such an interrupt must not close the connection for everyone else.
 */
final class FrameWriter {

  /** Frames up to this size are copied next to their newline and written in one call. */
  private static final int JOIN_LIMIT = 8 * 1024;

  private final OutputStream out;
  private final ReentrantLock lock = new ReentrantLock();
  private final byte[] scratch = new byte[JOIN_LIMIT + 1];

  FrameWriter(OutputStream out) {
    this.out = out;
  }

  /** Writes {@code frame} (compact JSON without line breaks), a newline, and flushes. */
  void write(byte[] frame) throws IOException {
    lock.lock();
    try {
      if (frame.length <= JOIN_LIMIT) {
        System.arraycopy(frame, 0, scratch, 0, frame.length);
        scratch[frame.length] = '\n';
        out.write(scratch, 0, frame.length + 1);
      } else {
        out.write(frame);
        out.write('\n');
      }
      out.flush();
    } finally {
      lock.unlock();
    }
  }

  /**
   * Closes the stream without waiting for the lock: a writer blocked on a peer that stopped
   * reading must not keep the connection from closing.
   */
  void close() throws IOException {
    out.close();
  }
}
