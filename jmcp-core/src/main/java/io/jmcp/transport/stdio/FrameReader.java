package io.jmcp.transport.stdio;

import java.io.IOException;
import java.io.InputStream;

/**
 * Splits a byte stream into newline-delimited frames (MCP stdio framing: one message per line, no
 * embedded newlines). A trailing {@code \r} is dropped and blank lines are skipped.
 *
 * <p>Frames are handed out as slices of the read buffer, so a message is never copied into a
 * String or an intermediate array. The buffer starts small, grows with the line being read and
 * never holds more than one over-limit line's first {@code maxFrameBytes + 2} bytes: a longer line
 * is dropped up to its newline and reported as {@link Frames#overlong}, and reading continues with
 * the next line.
 */
final class FrameReader {

  /** Where {@link FrameReader#readAll} puts what it finds, on the reading thread. */
  interface Frames {

    /** One frame in {@code buffer[offset, offset + length)}; valid only during this call. */
    void frame(byte[] buffer, int offset, int length);

    /** A line of {@code length} bytes, longer than the limit, was discarded. */
    void overlong(long length);
  }

  static final int INITIAL_BUFFER = 64 * 1024;

  private final InputStream in;
  private final int maxFrameBytes;
  /** Room for a frame at the limit plus its {@code \r}, and one byte that proves it is over. */
  private final int capacity;
  private byte[] buffer;
  private int start;
  private int end;
  private boolean discarding;
  private long discarded;

  FrameReader(InputStream in, int maxFrameBytes) {
    this.in = in;
    this.maxFrameBytes = maxFrameBytes;
    this.capacity = (int) Math.min((long) maxFrameBytes + 2, Integer.MAX_VALUE - 16);
    this.buffer = new byte[Math.min(INITIAL_BUFFER, capacity)];
  }

  /** Reads until end of stream, reporting every frame; a final line needs no newline. */
  void readAll(Frames frames) throws IOException {
    while (true) {
      if (end == buffer.length) {
        makeRoom(frames);
      }
      int scanFrom = end;
      int read = in.read(buffer, end, buffer.length - end);
      if (read < 0) {
        break;
      }
      end += read;
      split(scanFrom, frames);
    }
    if (discarding) {
      frames.overlong(discarded + (end - start));
    } else if (end > start) {
      emit(start, end, frames);
    }
    start = 0;
    end = 0;
  }

  /** Hands out every complete line in the newly read bytes {@code [scanFrom, end)}. */
  private void split(int scanFrom, Frames frames) {
    byte[] bytes = buffer;
    for (int i = scanFrom; i < end; i++) {
      if (bytes[i] != '\n') {
        continue;
      }
      if (discarding) {
        frames.overlong(discarded + (i - start));
        discarding = false;
        discarded = 0;
      } else {
        emit(start, i, frames);
      }
      start = i + 1;
    }
    if (discarding) {
      discarded += end - start;
      start = end;
    }
    if (start == end) {
      start = 0;
      end = 0;
      if (buffer.length > INITIAL_BUFFER) {
        buffer = new byte[INITIAL_BUFFER];
      }
    }
  }

  private void emit(int from, int to, Frames frames) {
    int length = to - from;
    if (length > 0 && buffer[to - 1] == '\r') {
      length--;
    }
    if (length > maxFrameBytes) {
      frames.overlong(length);
    } else if (!blank(from, length)) {
      frames.frame(buffer, from, length);
    }
  }

  private boolean blank(int from, int length) {
    for (int i = from; i < from + length; i++) {
      byte b = buffer[i];
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  /** The buffer is full and holds the start of one unfinished line. */
  private void makeRoom(Frames frames) {
    int pending = end - start;
    if (pending >= capacity) {
      // No newline within the limit: this line cannot be a valid frame. Drop what we have and
      // count the rest of it as it streams past.
      discarding = true;
      discarded = pending;
      start = 0;
      end = 0;
      return;
    }
    if (pending * 2 > buffer.length && buffer.length < capacity) {
      byte[] larger = new byte[(int) Math.min((long) buffer.length * 2, capacity)];
      System.arraycopy(buffer, start, larger, 0, pending);
      buffer = larger;
    } else {
      System.arraycopy(buffer, start, buffer, 0, pending);
    }
    start = 0;
    end = pending;
  }
}
