package io.jmcp.server.internal;

import io.jmcp.core.RevisionAdapter;
import io.jmcp.jsonrpc.ErrorCodes;
import io.jmcp.jsonrpc.JsonRpcException;
import io.jmcp.schema.McpJson;
import io.jmcp.schema.ProtocolFeature;
import io.jmcp.schema.ProtocolVersion;
import io.jmcp.schema.ServerRequest;
import io.jmcp.schema.elicitation.ElicitFormRequest;
import io.jmcp.schema.elicitation.ElicitRequest;
import io.jmcp.schema.elicitation.ElicitUrlRequest;
import io.jmcp.schema.lifecycle.ClientCapabilities;
import io.jmcp.schema.lifecycle.ElicitationCapability;
import io.jmcp.schema.lifecycle.SamplingCapability;
import io.jmcp.schema.roots.ListRootsRequest;
import io.jmcp.schema.sampling.CreateMessageRequest;
import java.util.UUID;

/**
 * What a server may ask a client, in either era: only what the client declared it can answer
 * (else -32021 naming the capability), in the shape the client's revision understands.
 */
final class ClientInputRules {

  /** How a refusal is worded: a legacy session and a stateless request say it differently. */
  @FunctionalInterface
  interface Refusal {
    JsonRpcException missing(String capability, String action);
  }

  /** The standard refusal: the client did not declare {@code capability}. */
  static final Refusal UNDECLARED = (capability, action) -> missingCapability(
      "The client cannot " + action + ": it did not declare the '" + capability + "' capability",
      capability);

  private ClientInputRules() {
  }

  /** -32021 with {@code data.requiredCapabilities}. */
  static JsonRpcException missingCapability(String message, String capability) {
    return new JsonRpcException(ErrorCodes.MISSING_REQUIRED_CLIENT_CAPABILITY, message,
        McpJson.object().set("requiredCapabilities",
            McpJson.object().set(capability, McpJson.object())));
  }

  /** {@code request} as it may be sent to this client, or a refusal. */
  static ServerRequest<?> prepare(ServerRequest<?> request, ClientCapabilities capabilities,
      ProtocolVersion version, Refusal refusal) {
    return switch (request) {
      case ElicitRequest elicitation -> elicitation(elicitation, capabilities, version, refusal);
      case CreateMessageRequest sampling -> sampling(sampling, capabilities, version, refusal);
      case ListRootsRequest roots -> {
        if (capabilities.roots() == null) {
          throw refusal.missing("roots", "list roots");
        }
        yield roots;
      }
      default -> throw new IllegalArgumentException("not a question for the client: "
          + request.method());
    };
  }

  static ElicitRequest elicitation(ElicitRequest elicitation, ClientCapabilities capabilities,
      ProtocolVersion version, Refusal refusal) {
    ElicitationCapability capability = capabilities.elicitation();
    boolean modeDeclared = capability != null && switch (elicitation) {
      case ElicitFormRequest form -> capability.supportsForm();
      case ElicitUrlRequest url -> capability.supportsUrl();
    };
    String mode = elicitation instanceof ElicitUrlRequest ? "url" : "form";
    if (!modeDeclared || !RevisionAdapter.modeSupported(elicitation, version)) {
      throw refusal.missing("elicitation", "elicit input in " + mode + " mode");
    }
    ElicitRequest outbound = elicitation;
    if (outbound instanceof ElicitUrlRequest url) {
      if (version.supports(ProtocolFeature.ELICITATION_COMPLETION) && url.elicitationId() == null) {
        // 2025-11-25 requires an id so the server can later announce completion.
        outbound = new ElicitUrlRequest(url.message(), url.url(), UUID.randomUUID().toString(),
            url.task(), url.meta(), url.extra());
      } else if (!version.supports(ProtocolFeature.ELICITATION_COMPLETION)
          && url.elicitationId() != null) {
        outbound = new ElicitUrlRequest(url.message(), url.url(), null, url.task(), url.meta(),
            url.extra());
      }
    }
    return RevisionAdapter.elicitation(outbound, version);
  }

  static CreateMessageRequest sampling(CreateMessageRequest sampling,
      ClientCapabilities capabilities, ProtocolVersion version, Refusal refusal) {
    SamplingCapability capability = capabilities.sampling();
    if (capability == null) {
      throw refusal.missing("sampling", "sample an LLM");
    }
    if ((sampling.tools() != null || sampling.toolChoice() != null)
        && (capability.tools() == null || !version.supports(ProtocolFeature.SAMPLING_TOOLS))) {
      throw refusal.missing("sampling", "use tools in sampling (it lacks sampling.tools)");
    }
    return sampling;
  }
}
