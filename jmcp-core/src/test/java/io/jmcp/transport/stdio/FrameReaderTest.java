package io.jmcp.transport.stdio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FrameReaderTest {

  /** Reads {@code input} handing out at most {@code chunk} bytes per read. */
  private static List<String> frames(String input, int maxBytes, int chunk) throws IOException {
    return frames(input.getBytes(StandardCharsets.UTF_8), maxBytes, chunk);
  }

  private static List<String> frames(byte[] input, int maxBytes, int chunk) throws IOException {
    List<String> seen = new ArrayList<>();
    new FrameReader(new Chunked(input, chunk), maxBytes).readAll(new FrameReader.Frames() {
      @Override
      public void frame(byte[] buffer, int offset, int length) {
        seen.add(new String(buffer, offset, length, StandardCharsets.UTF_8));
      }

      @Override
      public void overlong(long length) {
        seen.add("overlong:" + length);
      }
    });
    return seen;
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 7, 64 * 1024})
  void splitsLinesWhateverTheReadSizes(int chunk) throws IOException {
    assertThat(frames("{\"a\":1}\n{\"漢字\":\"😀\"}\n[3]\n", 1024, chunk))
        .containsExactly("{\"a\":1}", "{\"漢字\":\"😀\"}", "[3]");
  }

  @Test
  void manyFramesInOneReadComeOutInOrder() throws IOException {
    StringBuilder input = new StringBuilder();
    for (int i = 0; i < 5000; i++) {
      input.append("{\"n\":").append(i).append("}\n");
    }
    List<String> frames = frames(input.toString(), 1024, Integer.MAX_VALUE);
    assertThat(frames).hasSize(5000);
    for (int i = 0; i < 5000; i++) {
      assertThat(frames.get(i)).isEqualTo("{\"n\":" + i + "}");
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 64 * 1024})
  void dropsTheCarriageReturnOfCrlfButKeepsOneInsideALine(int chunk) throws IOException {
    assertThat(frames("a\r\nb\r\nc\rd\n", 1024, chunk)).containsExactly("a", "b", "c\rd");
  }

  @Test
  void skipsBlankLines() throws IOException {
    assertThat(frames("\n\n  \r\n\t \n{}\n\r\n", 1024, 64)).containsExactly("{}");
  }

  @Test
  void aFinalLineNeedsNoNewline() throws IOException {
    assertThat(frames("{}\n[]", 1024, 64)).containsExactly("{}", "[]");
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 7, 1000, 64 * 1024})
  void anOverlongLineIsReportedAndTheNextOneRead(int chunk) throws IOException {
    String input = "x".repeat(5000) + "\nok\n" + "y".repeat(3000) + "\r\nfine";
    assertThat(frames(input, 1024, chunk))
        .containsExactly("overlong:5000", "ok", "overlong:3001", "fine");
  }

  @Test
  void aLineFarBeyondTheLimitIsNeverHeldWhole() throws IOException {
    InputStream endless = new InputStream() {
      private long left = 50L * 1024 * 1024;
      private boolean newlineSent;

      @Override
      public int read() {
        throw new UnsupportedOperationException();
      }

      @Override
      public int read(byte[] buffer, int offset, int length) {
        if (left > 0) {
          int n = (int) Math.min(length, left);
          java.util.Arrays.fill(buffer, offset, offset + n, (byte) 'z');
          left -= n;
          return n;
        }
        if (!newlineSent) {
          newlineSent = true;
          byte[] tail = "\n{}\n".getBytes(StandardCharsets.US_ASCII);
          System.arraycopy(tail, 0, buffer, offset, tail.length);
          return tail.length;
        }
        return -1;
      }
    };
    List<String> seen = new ArrayList<>();
    FrameReader reader = new FrameReader(endless, 4096);
    reader.readAll(new FrameReader.Frames() {
      @Override
      public void frame(byte[] buffer, int offset, int length) {
        assertThat(buffer.length).isLessThanOrEqualTo(4096 + 2);
        seen.add(new String(buffer, offset, length, StandardCharsets.UTF_8));
      }

      @Override
      public void overlong(long length) {
        seen.add("overlong:" + length);
      }
    });
    assertThat(seen).containsExactly("overlong:" + 50L * 1024 * 1024, "{}");
  }

  @Test
  void theLimitItselfIsAllowed() throws IOException {
    String atLimit = "a".repeat(1024);
    assertThat(frames(atLimit + "\n" + atLimit + "\r\n" + atLimit + "b\n", 1024, 100))
        .containsExactly(atLimit, atLimit, "overlong:1025");
  }

  @Test
  void anOverlongLineAtTheEndOfTheStreamIsReported() throws IOException {
    assertThat(frames("{}\n" + "q".repeat(2000), 1024, 333))
        .containsExactly("{}", "overlong:2000");
  }

  @ParameterizedTest
  @ValueSource(ints = {4096, 64 * 1024, 1024 * 1024})
  void aLargeLineGrowsTheBufferAndComesOutExact(int chunk) throws IOException {
    StringBuilder large = new StringBuilder();
    for (int i = 0; large.length() < 5_000_000; i++) {
      large.append(i % 10);
    }
    String line = large.toString();
    assertThat(frames(line + "\n{}\n" + line + "\n", 16 * 1024 * 1024, chunk))
        .containsExactly(line, "{}", line);
  }

  /** Hands out at most {@code chunk} bytes per read. */
  private static final class Chunked extends ByteArrayInputStream {
    private final int chunk;

    Chunked(byte[] bytes, int chunk) {
      super(bytes);
      this.chunk = chunk;
    }

    @Override
    public synchronized int read(byte[] buffer, int offset, int length) {
      return super.read(buffer, offset, Math.min(length, chunk));
    }
  }
}
