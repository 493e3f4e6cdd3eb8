package io.jmcp.server.internal;

import io.jmcp.jsonrpc.ErrorCodes;
import io.jmcp.jsonrpc.JsonRpcException;
import io.jmcp.schema.McpJson;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Seals {@link RequestState} into the opaque {@code requestState} string and opens it again. The
 * client controls what it sends back, so the state is protected by an HMAC-SHA256 under a server
 * key, bound to the request and the caller, and expires; with single use on, a state is accepted
 * once. Anything else is refused as invalid params (-32602).
 *
 * <p>Format: {@code v1.<payload>.<mac>}, both base64url; the payload is the state as JSON.
 */
final class RequestStateCodec {

  private static final String VERSION = "v1";
  private static final SecureRandom RANDOM = new SecureRandom();
  /** Remembered used nonces at most; the oldest are forgotten first (they expire anyway). */
  private static final int MAX_REMEMBERED = 100_000;

  private final SecretKeySpec key;
  private final Duration ttl;
  private final boolean singleUse;
  private final Clock clock;
  private final Map<String, Long> used = new LinkedHashMap<>();

  RequestStateCodec(byte[] key, Duration ttl, boolean singleUse, Clock clock) {
    if (key.length < 32) {
      throw new IllegalArgumentException("a request state key needs at least 32 bytes");
    }
    this.key = new SecretKeySpec(key.clone(), "HmacSHA256");
    this.ttl = Objects.requireNonNull(ttl);
    this.singleUse = singleUse;
    this.clock = Objects.requireNonNull(clock);
  }

  /** A fresh random key, for a server whose states need not survive a restart. */
  static byte[] randomKey() {
    byte[] key = new byte[32];
    RANDOM.nextBytes(key);
    return key;
  }

  /** A state for {@code method}/{@code binding}/{@code caller} holding {@code answers}. */
  String seal(String method, String binding, @Nullable String caller,
      Map<String, JsonNode> answers) {
    byte[] nonce = new byte[12];
    RANDOM.nextBytes(nonce);
    RequestState state = new RequestState(method, binding, caller,
        clock.millis() + ttl.toMillis(), HexFormat.of().formatHex(nonce), answers);
    String payload = Base64.getUrlEncoder().withoutPadding()
        .encodeToString(state.toJson().toString().getBytes(StandardCharsets.UTF_8));
    String signed = VERSION + "." + payload;
    return signed + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(mac(signed));
  }

  /**
   * The state inside {@code token}, checked: untampered, for this request and caller, not
   * expired, and (with single use) not seen before.
   */
  RequestState open(String token, String method, String binding, @Nullable String caller) {
    int first = token.indexOf('.');
    int last = token.lastIndexOf('.');
    if (first < 0 || last <= first || !token.substring(0, first).equals(VERSION)) {
      throw refused("requestState is not one this server issued");
    }
    byte[] claimed;
    try {
      claimed = Base64.getUrlDecoder().decode(token.substring(last + 1));
    } catch (IllegalArgumentException e) {
      throw refused("requestState is not one this server issued");
    }
    String signed = token.substring(0, last);
    if (!MessageDigest.isEqual(claimed, mac(signed))) {
      throw refused("requestState was altered or was not issued by this server");
    }
    RequestState state;
    try {
      byte[] json = Base64.getUrlDecoder().decode(signed.substring(first + 1));
      state = RequestState.fromJson(
          McpJson.mapper().readTree(new String(json, StandardCharsets.UTF_8)));
    } catch (IllegalArgumentException | JacksonException e) {
      throw refused("requestState is unreadable");
    }
    if (!state.method().equals(method) || !state.binding().equals(binding)) {
      throw refused("requestState belongs to a different request; send this request without it");
    }
    if (!Objects.equals(state.caller(), caller)) {
      throw refused("requestState belongs to a different caller");
    }
    long now = clock.millis();
    if (now > state.expiresAt()) {
      throw refused("requestState expired; send the request again without requestState and "
          + "inputResponses");
    }
    if (singleUse) {
      remember(state.nonce(), state.expiresAt(), now);
    }
    return state;
  }

  private synchronized void remember(String nonce, long expiresAt, long now) {
    for (Iterator<Map.Entry<String, Long>> it = used.entrySet().iterator(); it.hasNext(); ) {
      Map.Entry<String, Long> entry = it.next();
      if (entry.getValue() < now || used.size() > MAX_REMEMBERED) {
        it.remove();
      } else {
        break;
      }
    }
    if (used.putIfAbsent(nonce, expiresAt) != null) {
      throw refused("requestState was already used; each state is accepted once");
    }
  }

  private byte[] mac(String text) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is unavailable", e);
    }
  }

  private static JsonRpcException refused(String why) {
    return new JsonRpcException(ErrorCodes.INVALID_PARAMS, "Invalid params: " + why);
  }
}
