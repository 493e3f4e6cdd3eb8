package io.jmcp.schema;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * Checks that the other side is alive; answered with an empty result. Either side may send it (legacy revisions).
 *
 * @param meta the {@code _meta} object
 */
public record PingRequest(
    @JsonProperty("_meta") @Nullable Meta meta) implements ClientRequest<EmptyResult>, ServerRequest<EmptyResult> {

  /** The JSON-RPC method. */
  public static final String METHOD = "ping";

  @Override
  public String method() {
    return METHOD;
  }

  @Override
  public Class<EmptyResult> resultType() {
    return EmptyResult.class;
  }

  public static PingRequest of() {
    return new PingRequest(null);
  }
}
