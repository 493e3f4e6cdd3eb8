package io.jmcp.transport.memory;

import io.jmcp.jsonrpc.JsonRpcCodec;
import io.jmcp.jsonrpc.JsonRpcLimits;
import io.jmcp.transport.TransportContractTest;

class InMemoryTransportContractTest extends TransportContractTest {

  @Override
  protected Connection connect(JsonRpcLimits limits) {
    InMemoryTransport.Pair pair = InMemoryTransport.pair(JsonRpcCodec.of(limits));
    return new Connection(pair.client(), serve(pair.server()));
  }
}
