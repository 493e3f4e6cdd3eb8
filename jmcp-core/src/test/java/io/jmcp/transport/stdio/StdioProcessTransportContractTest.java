package io.jmcp.transport.stdio;

import io.jmcp.jsonrpc.JsonRpcLimits;
import io.jmcp.transport.TransportContractTest;

/** The contract against a real server process: a child JVM serving on its stdin and stdout. */
class StdioProcessTransportContractTest extends TransportContractTest {

  @Override
  protected Connection connect(JsonRpcLimits limits) {
    StdioClientTransport client = ChildJvm.builder("serve",
        Integer.toString(limits.maxMessageBytes())).limits(limits).build();
    return new Connection(client, () -> client.process().onExit());
  }
}
