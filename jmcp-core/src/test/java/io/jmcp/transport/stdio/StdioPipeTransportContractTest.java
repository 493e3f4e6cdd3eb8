package io.jmcp.transport.stdio;

import io.jmcp.jsonrpc.JsonRpcCodec;
import io.jmcp.jsonrpc.JsonRpcLimits;
import io.jmcp.transport.TransportContractTest;

/** The contract over the stdio framing between two ends in this JVM, joined by pipes. */
class StdioPipeTransportContractTest extends TransportContractTest {

  @Override
  protected Connection connect(JsonRpcLimits limits) {
    BytePipe toServer = new BytePipe();
    BytePipe toClient = new BytePipe();
    StdioServerTransport server = StdioServerTransport.builder()
        .input(toServer.source).output(toClient.sink).limits(limits).build();
    StreamTransport client = StreamTransport.of("pipe-client", toClient.source, toServer.sink,
        JsonRpcCodec.of(limits));
    return new Connection(client, serve(server));
  }
}
