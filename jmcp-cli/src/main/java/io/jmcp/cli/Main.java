package io.jmcp.cli;

import picocli.CommandLine;

/** Entry point of the {@code jmcp} command. */
public final class Main {

  private Main() {
  }

  public static void main(String[] args) {
    // Everything the CLI logs goes to stderr: stdout may be an MCP stdio stream.
    System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
    if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
      System.setProperty("org.slf4j.simpleLogger.defaultLogLevel",
          System.getenv().getOrDefault("JMCP_LOG_LEVEL", "warn"));
    }
    System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");
    System.setProperty("org.slf4j.simpleLogger.dateTimeFormat", "HH:mm:ss.SSS");
    int exit = new CommandLine(new JmcpCommand()).execute(args);
    System.exit(exit);
  }
}
