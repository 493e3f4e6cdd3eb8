package io.jmcp.transport.stdio;

import io.jmcp.jsonrpc.JsonRpcLimits;
import io.jmcp.jsonrpc.JsonRpcPeer;
import io.jmcp.transport.ContractServer;

/**
 * The program the process tests launch in a child JVM, in one of several characters:
 * {@code serve [maxMessageBytes]} runs the {@link ContractServer} on real stdin and stdout;
 * {@code fail} complains on stderr and exits with code 3; {@code deaf} never reads stdin (but
 * obeys SIGTERM); {@code stubborn} never reads stdin and survives SIGTERM.
 */
public final class StdioChildServer {

  private StdioChildServer() {
  }

  public static void main(String[] args) throws Exception {
    switch (args[0]) {
      case "serve" -> serve(args.length > 1 ? Integer.parseInt(args[1])
          : JsonRpcLimits.DEFAULT.maxMessageBytes());
      case "fail" -> {
        System.err.println("starting up");
        System.err.println("fatal: the database at db.invalid is unreachable");
        System.exit(3);
      }
      case "deaf" -> {
        System.err.println("ready, not listening");
        Thread.sleep(Long.MAX_VALUE);
      }
      case "stubborn" -> {
        // SIGTERM runs shutdown hooks before the JVM exits; one that never ends keeps it alive.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
          try {
            Thread.sleep(Long.MAX_VALUE);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        }));
        System.err.println("ready, not listening");
        Thread.sleep(Long.MAX_VALUE);
      }
      default -> throw new IllegalArgumentException("unknown mode " + args[0]);
    }
  }

  private static void serve(int maxMessageBytes) {
    StdioServerTransport transport = StdioServerTransport.builder()
        .limits(JsonRpcLimits.DEFAULT.withMaxMessageBytes(maxMessageBytes))
        .build();
    JsonRpcPeer peer = ContractServer.start(transport);
    System.err.println("child server ready");
    peer.closed().join();
    System.err.println("child server done");
    System.exit(0);
  }
}
