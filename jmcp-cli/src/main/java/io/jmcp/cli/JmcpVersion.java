package io.jmcp.cli;

import io.jmcp.schema.ProtocolVersion;
import java.util.Arrays;
import java.util.stream.Collectors;
import picocli.CommandLine.IVersionProvider;

/** What {@code jmcp --version} prints. */
final class JmcpVersion implements IVersionProvider {

  static String version() {
    String version = JmcpVersion.class.getPackage().getImplementationVersion();
    return version == null ? "dev" : version;
  }

  @Override
  public String[] getVersion() {
    return new String[] {
        "jmcp " + version(),
        "MCP revisions: " + Arrays.stream(ProtocolVersion.values()).filter(ProtocolVersion::isLegacy)
            .map(ProtocolVersion::id).collect(Collectors.joining(", ")),
        "Java " + Runtime.version()
    };
  }
}
