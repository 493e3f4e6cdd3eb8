package io.jmcp.server.internal;

import io.jmcp.jsonrpc.JsonRpcException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Splits lists into pages with opaque cursors. A cursor encodes the offset of the next page; it is
 * opaque to clients (base64url) and checked when it comes back, so a forged one is refused.
 */
public final class Pagination {

  private static final String PREFIX = "jmcp-page:";

  private Pagination() {
  }

  public record Page<T>(List<T> items, @Nullable String nextCursor) {
  }

  public static <T> Page<T> page(List<T> all, @Nullable String cursor, int pageSize) {
    int offset = cursor == null ? 0 : offset(cursor);
    if (offset >= all.size()) {
      return new Page<>(List.of(), null);
    }
    int end = Math.min(all.size(), offset + pageSize);
    return new Page<>(all.subList(offset, end), end < all.size() ? cursor(end) : null);
  }

  private static String cursor(int offset) {
    return Base64.getUrlEncoder().withoutPadding()
        .encodeToString((PREFIX + offset).getBytes(StandardCharsets.UTF_8));
  }

  private static int offset(String cursor) {
    try {
      String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      if (decoded.startsWith(PREFIX)) {
        int offset = Integer.parseInt(decoded.substring(PREFIX.length()));
        if (offset >= 0) {
          return offset;
        }
      }
    } catch (IllegalArgumentException e) {
      // fall through: not one of ours
    }
    throw JsonRpcException.invalidParams("Invalid cursor: " + abbreviate(cursor));
  }

  private static String abbreviate(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "...";
  }
}
