package io.jmcp.servers.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class WebUrlTest {

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
      "http://127.0.0.1/, 127.0.0.1",
      "http://2130706433/, 127.0.0.1",
      "http://0x7f000001/, 127.0.0.1",
      "http://0x7F.1/, 127.0.0.1",
      "http://0177.0.0.1/, 127.0.0.1",
      "http://127.1/, 127.0.0.1",
      "http://127.0.1/, 127.0.0.1",
      "http://%31%32%37.0.0.1/, 127.0.0.1",
      "http://0/, 0.0.0.0",
      "http://169.254.169.254./latest, 169.254.169.254",
      "http://[::1]/, 0:0:0:0:0:0:0:1",
      "http://[::ffff:127.0.0.1]/, 127.0.0.1",
      "http://[::ffff:7f00:1]/, 127.0.0.1"})
  void numericHostsAreAddressesTheWayBrowsersReadThem(String url, String address)
      throws Exception {
    UrlHost host = WebUrl.parse(url).host();
    assertThat(host).isInstanceOf(UrlHost.Address.class);
    assertThat(((UrlHost.Address) host).address()).isEqualTo(InetAddress.getByName(address));
  }

  @Test
  void namesAreLowerCaseAsciiWithoutTrailingDot() {
    assertThat(WebUrl.parse("HTTPS://Example.COM./A?b=C#Frag").toString())
        .isEqualTo("https://example.com/A?b=C#Frag");
    assertThat(WebUrl.parse("http://bücher.example/").host())
        .isEqualTo(new UrlHost.Name("xn--bcher-kva.example"));
    assertThat(WebUrl.parse("http://example.com").target()).isEqualTo("/");
    assertThat(WebUrl.parse("http://example.com:80/x").toString())
        .isEqualTo("http://example.com/x");
    assertThat(WebUrl.parse("http://example.com:8080?q").authority())
        .isEqualTo("example.com:8080");
    assertThat(WebUrl.parse("http://example.com/a b/ä?q=1 2").target())
        .isEqualTo("/a%20b/%C3%A4?q=1%202");
  }

  @ParameterizedTest
  @ValueSource(strings = {"file:///etc/passwd", "ftp://example.com/", "gopher://x/",
      "javascript:alert(1)", "example.com/page", "", "http:/example.com", "http://user:pw@x.com/",
      "http://x.com@127.0.0.1/", "http://[::1/", "http://256.0.0.1/", "http://1.2.3.4.5/",
      "http://0x100000000/", "http://a b.com/", "http://x.com:99999/", "http://[fe80::1%25eth0]/",
      "http://x.com\\@127.0.0.1/", "http:///path"})
  void whatCannotBeFetchedIsRefusedWithAReason(String url) {
    assertThatThrownBy(() -> WebUrl.parse(url)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("null");
  }

  @Test
  void redirectsResolveAgainstTheCurrentUrl() {
    WebUrl base = WebUrl.parse("https://example.com/docs/a/page?x=1");
    assertThat(base.resolve("other").toString()).isEqualTo("https://example.com/docs/a/other");
    assertThat(base.resolve("/root").toString()).isEqualTo("https://example.com/root");
    assertThat(base.resolve("?y=2").toString()).isEqualTo("https://example.com/docs/a/page?y=2");
    assertThat(base.resolve("//127.0.0.1:8080/x").host())
        .isInstanceOf(UrlHost.Address.class);
    assertThat(base.resolve("http://2130706433/").host().text()).isEqualTo("127.0.0.1");
    assertThat(base.resolve("../b c").toString()).isEqualTo("https://example.com/docs/b%20c");
    assertThatThrownBy(() -> base.resolve("file:///etc/passwd"))
        .hasMessageContaining("only http and https");
  }

  @Test
  void theRequestGoesToTheCheckedAddressUnderTheSameTarget() throws Exception {
    WebUrl url = WebUrl.parse("https://example.com:8443/a?b");
    assertThat(url.at(InetAddress.getByName("93.184.215.14")).toString())
        .isEqualTo("https://93.184.215.14:8443/a?b");
    assertThat(url.at(InetAddress.getByName("2001:db8::1")).toString())
        .isEqualTo("https://[2001:db8:0:0:0:0:0:1]:8443/a?b");
    assertThat(url.robotsTxt().toString()).isEqualTo("https://example.com:8443/robots.txt");
  }
}
