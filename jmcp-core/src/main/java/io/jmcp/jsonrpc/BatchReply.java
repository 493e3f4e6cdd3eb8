package io.jmcp.jsonrpc;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Collects the responses to the requests of one inbound batch and sends them together, as one
 * array, once the last request is done. Requests that end without a response (cancelled) only
 * count down; a batch whose requests all ended that way sends nothing.
 */
final class BatchReply {

  private final List<JsonRpcResponse> responses = new ArrayList<>();
  private final Consumer<JsonRpcBatch> sender;
  private int outstanding;

  BatchReply(int requests, Consumer<JsonRpcBatch> sender) {
    this.outstanding = requests;
    this.sender = sender;
  }

  void add(JsonRpcResponse response) {
    complete(response);
  }

  void skip() {
    complete(null);
  }

  private void complete(@Nullable JsonRpcResponse response) {
    List<JsonRpcResponse> done;
    synchronized (this) {
      if (response != null) {
        responses.add(response);
      }
      if (--outstanding > 0 || responses.isEmpty()) {
        return;
      }
      done = List.copyOf(responses);
    }
    sender.accept(new JsonRpcBatch(List.copyOf(done)));
  }
}
