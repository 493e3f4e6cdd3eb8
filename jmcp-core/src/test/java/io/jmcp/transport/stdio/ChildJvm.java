package io.jmcp.transport.stdio;

import java.nio.file.Path;

/** Builds the command line that runs {@link StdioChildServer} in a fresh JVM. */
final class ChildJvm {

  private ChildJvm() {
  }

  static StdioClientTransport.Builder builder(String... args) {
    String java = ProcessHandle.current().info().command()
        .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    return StdioClientTransport.builder(java,
            "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx256m",
            "-cp", System.getProperty("java.class.path"), StdioChildServer.class.getName())
        .args(args)
        .name("child-" + args[0]);
  }
}
