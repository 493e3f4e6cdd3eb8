package io.jmcp.client.internal;

import io.jmcp.client.ElicitationHandler;
import io.jmcp.client.SamplingHandler;
import io.jmcp.jsonrpc.JsonRpcNotification;
import io.jmcp.schema.Capability;
import io.jmcp.schema.Implementation;
import io.jmcp.schema.ProtocolFeature;
import io.jmcp.schema.ProtocolVersion;
import io.jmcp.schema.lifecycle.ClientCapabilities;
import io.jmcp.schema.lifecycle.ElicitationCapability;
import io.jmcp.schema.lifecycle.RootsCapability;
import io.jmcp.schema.lifecycle.SamplingCapability;
import io.jmcp.schema.logging.LoggingMessageNotification;
import io.jmcp.schema.roots.Root;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** A client's fixed configuration, as the builder left it. */
public record ClientOptions(Implementation info, ProtocolVersion protocolVersion,
    List<ProtocolVersion> acceptedVersions, @Nullable List<Root> roots,
    @Nullable SamplingHandler sampling, boolean samplingTools,
    @Nullable ElicitationHandler elicitation, boolean elicitationForm, boolean elicitationUrl,
    boolean applyElicitationDefaults, boolean enforceServerCapabilities,
    boolean validateStructuredContent, Duration requestTimeout, Duration initializeTimeout,
    Map<String, JsonNode> experimental, Consumer<LoggingMessageNotification> onLog,
    Runnable onToolsChanged, Runnable onResourcesChanged, Runnable onPromptsChanged,
    Consumer<String> onResourceUpdated, Consumer<String> onElicitationComplete,
    List<Consumer<JsonRpcNotification>> onNotification) {

  /**
   * The capabilities these options amount to, limited to what {@code version} defines (a client
   * asking for an older revision must not declare what that revision lacks).
   */
  public ClientCapabilities capabilities(ProtocolVersion version) {
    boolean modes = version.supports(ProtocolFeature.ELICITATION_ENUM_VARIANTS);
    return new ClientCapabilities(
        experimental.isEmpty() ? null : experimental,
        roots == null ? null : new RootsCapability(true, Map.of()),
        sampling == null ? null : new SamplingCapability(null,
            samplingTools && version.supports(ProtocolFeature.SAMPLING_TOOLS)
                ? Capability.SUPPORTED : null, Map.of()),
        elicitation == null || !version.supports(ProtocolFeature.ELICITATION) ? null
            : new ElicitationCapability(modes && elicitationForm ? Capability.SUPPORTED : null,
                modes && elicitationUrl ? Capability.SUPPORTED : null, Map.of()),
        null, null, Map.of());
  }
}
