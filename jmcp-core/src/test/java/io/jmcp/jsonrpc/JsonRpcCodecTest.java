package io.jmcp.jsonrpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;

class JsonRpcCodecTest {

  private final JsonRpcCodec codec = JsonRpcCodec.of(
      JsonRpcLimits.DEFAULT.withMaxMessageBytes(64 * 1024).withMaxNestingDepth(32)
          .withMaxStringLength(8 * 1024));

  @Test
  void decodesEachShape() {
    assertThat(codec.decode("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"m\",\"params\":{}}"))
        .isEqualTo(new JsonRpcRequest(RequestId.of(1), "m", JsonNodeFactory.instance.objectNode()));
    assertThat(codec.decode("{\"jsonrpc\":\"2.0\",\"method\":\"n\"}"))
        .isEqualTo(new JsonRpcNotification("n", null));
    assertThat(codec.decode("{\"jsonrpc\":\"2.0\",\"id\":\"x\",\"result\":{}}"))
        .isInstanceOf(JsonRpcResult.class);
    assertThat(codec.decode("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32700,\"message\":\"p\"}}"))
        .isEqualTo(new JsonRpcErrorResponse(null, JsonRpcError.of(-32700, "p")));
  }

  @Test
  void encodesCompactlyAndRoundTrips() {
    String text = "{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"m\",\"params\":{\"s\":\"a\\nb \u2028 😀\"}}";
    JsonRpcMessage message = codec.decode(text);
    String encoded = codec.encodeToString(message);
    assertThat(encoded).doesNotContain("\n").isEqualTo(text);
    assertThat(codec.decode(encoded)).isEqualTo(message);
  }

  @Test
  void deepNestingIsRefusedByTheParser() {
    String deep = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"m\",\"params\":{\"a\":"
        + "[".repeat(100) + "]".repeat(100) + "}}";
    assertThatThrownBy(() -> codec.decode(deep))
        .isInstanceOfSatisfying(MalformedMessageException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCodes.INVALID_REQUEST))
        .hasMessageContaining("limit");
  }

  @Test
  void oversizedFramesAndStringsAreRefused() {
    byte[] big = ("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"m\",\"params\":{\"a\":\""
        + "x".repeat(70 * 1024) + "\"}}").getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> codec.decode(big)).isInstanceOf(MalformedMessageException.class)
        .hasMessageContaining("exceeds");
    String longString = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"m\",\"params\":{\"a\":\""
        + "y".repeat(9 * 1024) + "\"}}";
    assertThatThrownBy(() -> codec.decode(longString))
        .isInstanceOf(MalformedMessageException.class);
  }

  @Test
  void badJsonIsAParseErrorAndBadShapesAreInvalidRequests() {
    assertThatThrownBy(() -> codec.decode("{not json"))
        .isInstanceOfSatisfying(MalformedMessageException.class, e -> {
          assertThat(e.code()).isEqualTo(ErrorCodes.PARSE_ERROR);
          assertThat(e.requestId()).isNull();
        });
    assertThatThrownBy(() -> codec.decode("{\"jsonrpc\":\"2.0\",\"id\":2.5,\"method\":\"m\"}"))
        .isInstanceOfSatisfying(MalformedMessageException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCodes.INVALID_REQUEST));
    assertThatThrownBy(() -> codec.decode(
        "{\"jsonrpc\":\"2.0\",\"id\":3,\"result\":{},\"error\":{\"code\":1,\"message\":\"m\"}}"))
        .isInstanceOfSatisfying(MalformedMessageException.class,
            e -> assertThat(e.requestId()).isEqualTo(RequestId.of(3)));
    assertThatThrownBy(() -> codec.decode("[[]]")).isInstanceOf(MalformedMessageException.class);
    assertThatThrownBy(() -> codec.decode("")).isInstanceOf(MalformedMessageException.class);
  }
}
