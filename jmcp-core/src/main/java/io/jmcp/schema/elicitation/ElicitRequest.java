package io.jmcp.schema.elicitation;

import io.jmcp.schema.ServerRequest;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * {@code elicitation/create}: the server asks the user, through the client, for input. Form mode
 * (2025-06-18+) or URL mode (2025-11-25+), told apart by {@code mode}; absent means form.
 */
@JsonDeserialize(using = ElicitRequestDeserializer.class)
public sealed interface ElicitRequest extends ServerRequest<ElicitResult>
    permits ElicitFormRequest, ElicitUrlRequest {

  /** The JSON-RPC method. */
  String METHOD = "elicitation/create";

  /** Why the server asks, shown to the user. */
  String message();

  @Override
  default String method() {
    return METHOD;
  }

  @Override
  default Class<ElicitResult> resultType() {
    return ElicitResult.class;
  }
}
