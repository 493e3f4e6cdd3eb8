package io.jmcp.client;

import io.jmcp.schema.elicitation.ElicitRequest;
import io.jmcp.schema.elicitation.ElicitResult;

/**
 * Answers a server's {@code elicitation/create}: shows the user the form (or the URL, with
 * consent) and returns what they chose. Fields the user left out of an accepted form are filled
 * from the schema's defaults unless the client was built without that.
 */
@FunctionalInterface
public interface ElicitationHandler {

  ElicitResult elicit(ElicitRequest request, ClientRequestContext context) throws Exception;
}
