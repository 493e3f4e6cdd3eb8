package io.jmcp.core;

import io.jmcp.schema.Meta;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The W3C Trace Context (and W3C Baggage) a request carries in {@code _meta}, so that a server's
 * work joins the caller's distributed trace.
 *
 * <p>Read leniently, as W3C Trace Context says a receiver must: a {@code traceparent} that is not
 * valid is ignored (and with it {@code tracestate}); a {@code tracestate} or {@code baggage} that is
 * not valid is dropped on its own. A request is never refused for its trace context.
 *
 * @param traceparent {@code version-traceid-parentid-flags}, e.g.
 *     {@code 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01}
 * @param tracestate vendor entries ({@code key=value,...}), if any
 * @param baggage application entries ({@code key=value;property,...}), if any
 */
public record TraceContext(String traceparent, @Nullable String tracestate,
    @Nullable String baggage) {

  private static final Pattern TRACEPARENT = Pattern.compile(
      "([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})(-[^\\s]*)?");
  private static final Pattern TRACESTATE_MEMBER = Pattern.compile(
      "([a-z0-9][a-z0-9_\\-*/]{0,255}|[a-z0-9][a-z0-9_\\-*/]{0,240}@[a-z][a-z0-9_\\-*/]{0,13})"
          + "=[\\x20-\\x2b\\x2d-\\x3c\\x3e-\\x7e]{0,255}[\\x21-\\x2b\\x2d-\\x3c\\x3e-\\x7e]");
  private static final Pattern BAGGAGE_MEMBER = Pattern.compile(
      "[!#$%&'*+\\-.^_`|~0-9A-Za-z]+\\s*=\\s*[\\x21\\x23-\\x2b\\x2d-\\x3a\\x3c-\\x5b\\x5d-\\x7e]*"
          + "(\\s*;\\s*[^;,]*)*");
  private static final int MAX_TRACESTATE_MEMBERS = 32;
  private static final int MAX_BAGGAGE_MEMBERS = 180;
  private static final int MAX_BAGGAGE_BYTES = 8192;

  public TraceContext {
    Objects.requireNonNull(traceparent, "traceparent");
    if (!isValidTraceparent(traceparent)) {
      throw new IllegalArgumentException("not a W3C traceparent: " + traceparent);
    }
  }

  /** A trace context with only a {@code traceparent}. */
  public static TraceContext of(String traceparent) {
    return new TraceContext(traceparent, null, null);
  }

  /** The trace context in {@code meta}, if it carries a valid one. */
  public static Optional<TraceContext> from(@Nullable Meta meta) {
    if (meta == null) {
      return Optional.empty();
    }
    String parent = text(meta.get(Meta.TRACEPARENT));
    if (parent == null || !isValidTraceparent(parent)) {
      return Optional.empty();
    }
    String state = text(meta.get(Meta.TRACESTATE));
    String baggage = text(meta.get(Meta.BAGGAGE));
    return Optional.of(new TraceContext(parent,
        state != null && isValidTracestate(state) ? state : null,
        baggage != null && isValidBaggage(baggage) ? baggage : null));
  }

  /** {@code meta} with this trace context in it (for a client that propagates a trace). */
  public Meta addTo(@Nullable Meta meta) {
    Meta with = Meta.with(meta, Meta.TRACEPARENT, traceparent);
    if (tracestate != null) {
      with = with.with(Meta.TRACESTATE, tracestate);
    }
    if (baggage != null) {
      with = with.with(Meta.BAGGAGE, baggage);
    }
    return with;
  }

  /** The 32 hex digits naming the whole trace. */
  public String traceId() {
    return traceparent.substring(3, 35);
  }

  /** The 16 hex digits naming the caller's span. */
  public String parentId() {
    return traceparent.substring(36, 52);
  }

  /** Whether the caller recorded its span (the {@code sampled} flag). */
  public boolean sampled() {
    return (Integer.parseInt(traceparent.substring(53, 55), 16) & 1) == 1;
  }

  static boolean isValidTraceparent(String value) {
    var matcher = TRACEPARENT.matcher(value);
    if (!matcher.matches()) {
      return false;
    }
    String version = matcher.group(1);
    if (version.equals("ff") || version.equals("00") && matcher.group(5) != null) {
      return false;
    }
    return !matcher.group(2).equals("0".repeat(32)) && !matcher.group(3).equals("0".repeat(16));
  }

  static boolean isValidTracestate(String value) {
    String[] members = value.split(",", -1);
    int count = 0;
    for (String member : members) {
      String trimmed = member.strip();
      if (trimmed.isEmpty()) {
        continue;
      }
      if (++count > MAX_TRACESTATE_MEMBERS || !TRACESTATE_MEMBER.matcher(trimmed).matches()) {
        return false;
      }
    }
    return true;
  }

  static boolean isValidBaggage(String value) {
    if (value.length() > MAX_BAGGAGE_BYTES) {
      return false;
    }
    String[] members = value.split(",", -1);
    if (members.length > MAX_BAGGAGE_MEMBERS) {
      return false;
    }
    for (String member : members) {
      if (!BAGGAGE_MEMBER.matcher(member.strip()).matches()) {
        return false;
      }
    }
    return true;
  }

  private static @Nullable String text(@Nullable JsonNode node) {
    return node != null && node.isString() ? node.asString() : null;
  }
}
