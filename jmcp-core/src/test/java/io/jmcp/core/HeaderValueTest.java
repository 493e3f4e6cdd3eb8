package io.jmcp.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HeaderValueTest {

  @Test
  void safeValuesTravelAsTheyAre() {
    assertThat(HeaderValue.encode("us-west1")).isEqualTo("us-west1");
    assertThat(HeaderValue.encode("us west 1")).isEqualTo("us west 1");
    assertThat(HeaderValue.encode("")).isEqualTo("");
    assertThat(HeaderValue.encode("file:///path/to/file%20name.txt"))
        .isEqualTo("file:///path/to/file%20name.txt");
  }

  @Test
  void unsafeValuesAreWrappedInBase64() {
    assertThat(HeaderValue.encode("Hello, 世界")).isEqualTo("=?base64?SGVsbG8sIOS4lueVjA==?=");
    assertThat(HeaderValue.encode(" padded ")).isEqualTo("=?base64?IHBhZGRlZCA=?=");
    assertThat(HeaderValue.encode("line1\nline2")).isEqualTo("=?base64?bGluZTEKbGluZTI=?=");
    assertThat(HeaderValue.encode("\tindented")).isEqualTo("=?base64?CWluZGVudGVk?=");
    assertThat(HeaderValue.encode("=?base64?literal?=")).isEqualTo("=?base64?PT9iYXNlNjQ/bGl0ZXJhbD89?=");
  }

  @Test
  void decodingIsTheInverseAndStrict() {
    for (String value : new String[] {"plain", "Hello, 世界", " x ", "a\r\nb", "=?base64?x?="}) {
      assertThat(HeaderValue.decode(HeaderValue.encode(value))).isEqualTo(value);
    }
    assertThat(HeaderValue.decode("SGVsbG8=")).isEqualTo("SGVsbG8=");
    assertThat(HeaderValue.decode("=?base64?SGVsbG8=")).isEqualTo("=?base64?SGVsbG8=");
    assertThatThrownBy(() -> HeaderValue.decode("=?base64?SGVsbG8?=")).hasMessageContaining("malformed");
    assertThatThrownBy(() -> HeaderValue.decode("=?base64?SGVs!!!bG8=?=")).hasMessageContaining("malformed");
    assertThatThrownBy(() -> HeaderValue.decode("caf\u00e9")).hasMessageContaining("character");
  }
}
