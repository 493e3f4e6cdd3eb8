package io.jmcp.jsonrpc;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A cancellation spelling for engine and transport tests; the engine must not depend on any real
 * one.
 */
public final class TestCancellation implements CancellationProtocol {

  public static final String METHOD = "$/cancel";

  @Override
  public JsonRpcNotification cancelNotification(RequestId id, @Nullable String reason) {
    ObjectNode params = JsonNodeFactory.instance.objectNode();
    switch (id) {
      case RequestId.Numeric n -> params.put("id", n.number());
      case RequestId.Text t -> params.put("id", t.text());
    }
    if (reason != null) {
      params.put("reason", reason);
    }
    return new JsonRpcNotification(METHOD, params);
  }

  @Override
  public @Nullable Cancellation cancellation(JsonRpcNotification notification) {
    if (!METHOD.equals(notification.method()) || notification.params() == null) {
      return null;
    }
    JsonNode id = notification.params().get("id");
    JsonNode reason = notification.params().get("reason");
    RequestId requestId = id.isString() ? RequestId.of(id.stringValue()) : RequestId.of(id.longValue());
    return new Cancellation(requestId, reason == null ? null : reason.stringValue());
  }
}
