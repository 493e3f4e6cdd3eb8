package io.jmcp.servers.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AddressRangesTest {

  @ParameterizedTest
  @ValueSource(strings = {"127.0.0.1", "127.255.255.254", "10.0.0.1", "172.16.0.1",
      "172.31.255.255", "192.168.1.1", "169.254.169.254", "169.254.0.1", "0.0.0.0", "0.1.2.3",
      "100.64.0.1", "100.127.255.255", "224.0.0.1", "239.255.255.250", "255.255.255.255",
      "240.0.0.1", "192.0.2.1", "198.18.0.1", "198.51.100.7", "203.0.113.9", "192.0.0.8",
      "::", "::1", "::ffff:127.0.0.1", "::ffff:10.1.2.3", "::ffff:169.254.169.254",
      "::127.0.0.1", "fc00::1", "fd12:3456:789a::1", "fe80::1", "febf::1", "fec0::1", "ff02::1",
      "64:ff9b::a9fe:a9fe", "64:ff9b:1::1", "2002:7f00:1::", "2002:a00:1::1", "2001::1",
      "2001:db8::1", "100::1", "3fff::1", "::2", "4000::1"})
  void nonPublicAddressesAreRefused(String literal) throws Exception {
    assertThat(AddressRanges.nonPublic(InetAddress.getByName(literal))).isPresent();
  }

  @ParameterizedTest
  @ValueSource(strings = {"93.184.215.14", "8.8.8.8", "1.1.1.1", "172.15.255.255",
      "172.32.0.1", "100.63.255.255", "100.128.0.1", "169.253.255.255", "11.0.0.1",
      "2606:4700::1111", "2a00:1450:4001:81b::200e", "64:ff9b::808:808", "2002:808:808::1"})
  void publicAddressesAreAllowed(String literal) throws Exception {
    assertThat(AddressRanges.nonPublic(InetAddress.getByName(literal))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"127.0.0.1", "::ffff:127.0.0.1", "169.254.169.254"})
  void theReasonNamesTheKindOfAddress(String literal) throws Exception {
    assertThat(AddressPolicy.publicOnly().refusal("h", InetAddress.getByName(literal)))
        .hasValueSatisfying(reason -> assertThat(reason).containsAnyOf("loopback", "link-local"));
  }
}
