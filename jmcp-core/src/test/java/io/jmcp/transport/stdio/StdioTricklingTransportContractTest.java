package io.jmcp.transport.stdio;

import io.jmcp.jsonrpc.JsonRpcCodec;
import io.jmcp.jsonrpc.JsonRpcLimits;
import io.jmcp.transport.TransportContractTest;

/** The contract over pipes whose every read returns a single byte, in both directions. */
class StdioTricklingTransportContractTest extends TransportContractTest {

  @Override
  protected Connection connect(JsonRpcLimits limits) {
    BytePipe toServer = BytePipe.trickling();
    BytePipe toClient = BytePipe.trickling();
    StdioServerTransport server = StdioServerTransport.builder()
        .input(toServer.source).output(toClient.sink).limits(limits).build();
    StreamTransport client = StreamTransport.of("trickle-client", toClient.source,
        toServer.sink, JsonRpcCodec.of(limits));
    return new Connection(client, serve(server));
  }
}
