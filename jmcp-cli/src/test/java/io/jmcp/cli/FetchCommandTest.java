package io.jmcp.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jmcp.servers.fetch.FetchOptions;
import java.net.InetAddress;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class FetchCommandTest {

  private static FetchOptions parse(String... args) {
    FetchCommand command = new FetchCommand();
    new CommandLine(command).parseArgs(args);
    return command.options();
  }

  @Test
  void theDefaultsAreTheOfficialOnesWithTheAddressProtectionOn() throws Exception {
    FetchOptions options = parse();
    assertThat(options.userAgent()).isNull();
    assertThat(options.ignoreRobotsTxt()).isFalse();
    assertThat(options.proxy()).isNull();
    assertThat(options.timeout()).isEqualTo(Duration.ofSeconds(30));
    assertThat(options.maxDownloadBytes()).isEqualTo(FetchOptions.MAX_DOWNLOAD_BYTES);
    assertThat(options.addressPolicy().refusal("127.0.0.1", InetAddress.getLoopbackAddress()))
        .isPresent();
  }

  @Test
  void theOfficialOptionsAndOursAreRead() throws Exception {
    FetchOptions options = parse("--user-agent=TideBot/1.0", "--ignore-robots-txt",
        "--proxy-url", "http://127.0.0.1:3128", "--allow-host", "Wiki.Corp.Example",
        "--timeout", "2.5", "--max-download-bytes", "1000", "--max-redirects", "3");
    assertThat(options.userAgent()).isEqualTo("TideBot/1.0");
    assertThat(options.ignoreRobotsTxt()).isTrue();
    assertThat(options.proxy()).hasToString("http://127.0.0.1:3128");
    assertThat(options.timeout()).isEqualTo(Duration.ofMillis(2500));
    assertThat(options.maxDownloadBytes()).isEqualTo(1000);
    assertThat(options.maxRedirects()).isEqualTo(3);
    InetAddress intranet = InetAddress.getByName("10.1.2.3");
    assertThat(options.addressPolicy().refusal("wiki.corp.example", intranet)).isEmpty();
    assertThat(options.addressPolicy().refusal("other.corp.example", intranet)).isPresent();
    assertThat(parse("--allow-private-network").addressPolicy()
        .refusal("x", InetAddress.getLoopbackAddress())).isEmpty();
  }

  @Test
  void badValuesAreUsageErrors() {
    assertThatThrownBy(() -> parse("--proxy-url", "socks5://127.0.0.1:1080"))
        .isInstanceOf(CommandLine.ParameterException.class)
        .hasMessageContaining("http://host:port");
    assertThatThrownBy(() -> parse("--timeout", "0"))
        .isInstanceOf(CommandLine.ParameterException.class);
    assertThatThrownBy(() -> parse("--max-download-bytes", "0"))
        .isInstanceOf(CommandLine.ParameterException.class);
  }
}
