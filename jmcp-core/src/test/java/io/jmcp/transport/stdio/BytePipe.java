package io.jmcp.transport.stdio;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * An in-JVM pipe that behaves like an OS pipe: bounded, blocking, deaf to interrupts, with end of
 * stream when the writing end closes. {@code PipedInputStream} is unusable here: it breaks when a
 * thread that wrote to it ends, and handler threads are short-lived. {@code maxChunk} caps what
 * one read returns, to play a stream that trickles in one byte at a time.
 */
final class BytePipe {

  private final byte[] ring;
  private final int maxChunk;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition readable = lock.newCondition();
  private final Condition writable = lock.newCondition();
  private int head;
  private int count;
  private boolean writerClosed;
  private boolean readerClosed;

  BytePipe(int capacity, int maxChunk) {
    this.ring = new byte[capacity];
    this.maxChunk = maxChunk;
  }

  BytePipe() {
    this(64 * 1024, Integer.MAX_VALUE);
  }

  /** A pipe whose reads return one byte each. */
  static BytePipe trickling() {
    return new BytePipe(64 * 1024, 1);
  }

  final InputStream source = new InputStream() {
    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      if (length == 0) {
        return 0;
      }
      lock.lock();
      try {
        while (count == 0 && !writerClosed && !readerClosed) {
          readable.awaitUninterruptibly();
        }
        if (readerClosed) {
          throw new IOException("pipe closed");
        }
        if (count == 0) {
          return -1;
        }
        int n = Math.min(Math.min(length, count), maxChunk);
        for (int i = 0; i < n; i++) {
          buffer[offset + i] = ring[(head + i) % ring.length];
        }
        head = (head + n) % ring.length;
        count -= n;
        // Wake writers only once there is real room, not for every byte.
        if (count <= ring.length / 2) {
          writable.signalAll();
        }
        return n;
      } finally {
        lock.unlock();
      }
    }

    @Override
    public void close() {
      lock.lock();
      try {
        readerClosed = true;
        readable.signalAll();
        writable.signalAll();
      } finally {
        lock.unlock();
      }
    }
  };

  final OutputStream sink = new OutputStream() {
    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] buffer, int offset, int length) throws IOException {
      int written = 0;
      while (written < length) {
        lock.lock();
        try {
          while (count == ring.length && !readerClosed && !writerClosed) {
            writable.awaitUninterruptibly();
          }
          if (readerClosed || writerClosed) {
            throw new IOException("pipe closed");
          }
          int n = Math.min(length - written, ring.length - count);
          int tail = (head + count) % ring.length;
          for (int i = 0; i < n; i++) {
            ring[(tail + i) % ring.length] = buffer[offset + written + i];
          }
          count += n;
          written += n;
          readable.signalAll();
        } finally {
          lock.unlock();
        }
      }
    }

    @Override
    public void close() {
      lock.lock();
      try {
        writerClosed = true;
        readable.signalAll();
        writable.signalAll();
      } finally {
        lock.unlock();
      }
    }
  };
}
