package io.jmcp.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

class HttpAddressTest {

  @Test
  void aBarePortListensOnLoopback() {
    assertThat(HttpAddress.parse("8080")).isEqualTo(new HttpAddress("127.0.0.1", 8080));
    assertThat(HttpAddress.parse("0").isLoopback()).isTrue();
  }

  @Test
  void hostsAndBracketedIpv6AreRead() {
    assertThat(HttpAddress.parse("0.0.0.0:3000")).isEqualTo(new HttpAddress("0.0.0.0", 3000));
    assertThat(HttpAddress.parse("[::1]:3000")).isEqualTo(new HttpAddress("::1", 3000));
    assertThat(HttpAddress.parse("localhost:1").isLoopback()).isTrue();
    assertThat(HttpAddress.parse("0.0.0.0:1").isLoopback()).isFalse();
    assertThat(HttpAddress.parse("[::]:1").isLoopback()).isFalse();
  }

  @Test
  void malformedAddressesAreRefusedWithTheReason() {
    assertThatThrownBy(() -> HttpAddress.parse("eighty")).isInstanceOf(TypeConversionException.class)
        .hasMessageContaining("numeric port");
    assertThatThrownBy(() -> HttpAddress.parse("70000")).hasMessageContaining("0 to 65535");
    assertThatThrownBy(() -> HttpAddress.parse("::1:80")).hasMessageContaining("brackets");
    assertThatThrownBy(() -> HttpAddress.parse(":80")).hasMessageContaining("empty");
  }
}
