package io.jmcp.servers.fetch;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;

/**
 * Undoes a response's Content-Encoding (RFC 9110 section 8.4): gzip and deflate. The decoded size
 * is capped like the download itself, so a small compressed body cannot expand without bound.
 */
final class ContentEncoding {

  private ContentEncoding() {
  }

  /** The decoded body; {@code truncated} says whether input or output was cut at the limit. */
  static CappedBodySubscriber.Body decode(CappedBodySubscriber.Body body, String encoding,
      long limit) throws FetchFailure {
    String name = encoding.strip().toLowerCase(Locale.ROOT);
    if (name.isEmpty() || name.equals("identity")) {
      return body;
    }
    try {
      InputStream in = switch (name) {
        case "gzip", "x-gzip" -> new GZIPInputStream(new ByteArrayInputStream(body.bytes()));
        case "deflate" -> new InflaterInputStream(new ByteArrayInputStream(body.bytes()));
        default -> throw new FetchFailure("the server sent the content encoded as " + encoding
            + ", which the fetch server cannot decode");
      };
      return read(in, body.truncated(), limit);
    } catch (IOException e) {
      throw new FetchFailure("the server sent a corrupt " + name + " body (" + e.getMessage()
          + ")");
    }
  }

  private static CappedBodySubscriber.Body read(InputStream in, boolean inputTruncated,
      long limit) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[16 * 1024];
    try (in) {
      while (true) {
        int n;
        try {
          n = in.read(buffer);
        } catch (EOFException | ZipException cut) {
          if (inputTruncated) {
            // The compressed body was cut at the download limit: keep what decoded so far.
            return new CappedBodySubscriber.Body(out.toByteArray(), true);
          }
          throw cut;
        }
        if (n < 0) {
          return new CappedBodySubscriber.Body(out.toByteArray(), inputTruncated);
        }
        if (out.size() + (long) n > limit) {
          out.write(buffer, 0, (int) (limit - out.size()));
          return new CappedBodySubscriber.Body(out.toByteArray(), true);
        }
        out.write(buffer, 0, n);
      }
    }
  }
}
