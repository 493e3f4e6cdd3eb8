package io.jmcp.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Where {@code --http} listens: {@code PORT}, {@code HOST:PORT} or {@code [IPv6]:PORT}; the host
 * is 127.0.0.1 when omitted, so nothing is reachable from other machines unless asked for.
 */
record HttpAddress(String host, int port) {

  static final String DEFAULT_HOST = "127.0.0.1";

  static HttpAddress parse(String text) {
    String value = text.trim();
    String host = DEFAULT_HOST;
    String port = value;
    int colon = value.lastIndexOf(':');
    if (colon >= 0) {
      host = value.substring(0, colon);
      port = value.substring(colon + 1);
      if (host.startsWith("[") && host.endsWith("]")) {
        host = host.substring(1, host.length() - 1);
      } else if (host.contains(":")) {
        throw new TypeConversionException("'" + text + "': write an IPv6 host in brackets, "
            + "e.g. [::1]:8080");
      }
      if (host.isEmpty()) {
        throw new TypeConversionException("'" + text + "': the host before ':' is empty");
      }
    }
    int number;
    try {
      number = Integer.parseInt(port);
    } catch (NumberFormatException e) {
      throw new TypeConversionException("'" + text + "': expected [HOST:]PORT with a numeric port");
    }
    if (number < 0 || number > 65_535) {
      throw new TypeConversionException("'" + text + "': the port must be 0 to 65535");
    }
    return new HttpAddress(host, number);
  }

  /** Loopback names and addresses: where the DNS-rebinding checks need no extra host names. */
  boolean isLoopback() {
    return host.equals("localhost") || host.equals("::1") || host.startsWith("127.");
  }

  /** Picocli's hook for {@code --http}. */
  static final class Converter implements ITypeConverter<HttpAddress> {
    @Override
    public HttpAddress convert(String value) {
      return parse(value);
    }
  }
}
