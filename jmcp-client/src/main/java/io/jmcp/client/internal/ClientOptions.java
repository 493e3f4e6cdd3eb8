package io.jmcp.client.internal;

import io.jmcp.client.ElicitationHandler;
import io.jmcp.client.SamplingHandler;
import io.jmcp.jsonrpc.JsonRpcNotification;
import io.jmcp.schema.Capability;
import io.jmcp.schema.Implementation;
import io.jmcp.schema.McpJson;
import io.jmcp.schema.ProtocolFeature;
import io.jmcp.schema.ProtocolVersion;
import io.jmcp.schema.lifecycle.ClientCapabilities;
import io.jmcp.schema.lifecycle.ElicitationCapability;
import io.jmcp.schema.lifecycle.RootsCapability;
import io.jmcp.schema.lifecycle.SamplingCapability;
import io.jmcp.schema.lifecycle.TasksCapability;
import io.jmcp.schema.logging.LoggingMessageNotification;
import io.jmcp.schema.roots.Root;
import io.jmcp.schema.tasks.TasksExtension;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A client's fixed configuration, as the builder left it.
 *
 * @param protocolVersion the revision the client insists on, or null to find the server's era
 *     (2026-07-28 first, then the handshake)
 * @param probeTimeout how long the era probe ({@code server/discover}) may go unanswered before
 *     the server is taken to be a legacy one
 * @param listens the list changes the client's listeners want (2026-07-28 listen streams)
 */
public record ClientOptions(Implementation info, @Nullable ProtocolVersion protocolVersion,
    List<ProtocolVersion> acceptedVersions, @Nullable List<Root> roots,
    @Nullable SamplingHandler sampling, boolean samplingTools,
    @Nullable ElicitationHandler elicitation, boolean elicitationForm, boolean elicitationUrl,
    boolean applyElicitationDefaults, boolean enforceServerCapabilities,
    boolean validateStructuredContent, Duration requestTimeout, Duration initializeTimeout,
    Duration probeTimeout, boolean cacheResults, ListenInterest listens,
    Map<String, JsonNode> experimental, Consumer<LoggingMessageNotification> onLog,
    Runnable onToolsChanged, Runnable onResourcesChanged, Runnable onPromptsChanged,
    Consumer<String> onResourceUpdated, Consumer<String> onElicitationComplete,
    List<Consumer<JsonRpcNotification>> onNotification, ClientTasks tasks) {

  /**
   * The capabilities these options amount to, limited to what {@code version} defines (a client
   * asking for an older revision must not declare what that revision lacks).
   */
  /** The handshake revision to ask for: the insisted one, else the newest accepted. */
  public @Nullable ProtocolVersion legacyVersion() {
    if (protocolVersion != null) {
      return protocolVersion.isLegacy() ? protocolVersion : null;
    }
    List<ProtocolVersion> legacy = acceptedVersions.stream().filter(ProtocolVersion::isLegacy)
        .toList();
    return legacy.isEmpty() ? null : legacy.getLast();
  }

  /** The stateless revision to ask for: the insisted one, else the newest accepted. */
  public @Nullable ProtocolVersion modernVersion() {
    if (protocolVersion != null) {
      return protocolVersion.isLegacy() ? null : protocolVersion;
    }
    List<ProtocolVersion> modern = acceptedVersions.stream().filter(v -> !v.isLegacy()).toList();
    return modern.isEmpty() ? null : modern.getLast();
  }

  public ClientCapabilities capabilities(ProtocolVersion version) {
    boolean modes = version.supports(ProtocolFeature.ELICITATION_ENUM_VARIANTS);
    return new ClientCapabilities(
        experimental.isEmpty() ? null : experimental,
        roots == null ? null : new RootsCapability(
            version.supports(ProtocolFeature.ROOTS_LIST_CHANGED) ? true : null, Map.of()),
        sampling == null ? null : new SamplingCapability(null,
            samplingTools && version.supports(ProtocolFeature.SAMPLING_TOOLS)
                ? Capability.SUPPORTED : null, Map.of()),
        elicitation == null || !version.supports(ProtocolFeature.ELICITATION) ? null
            : new ElicitationCapability(modes && elicitationForm ? Capability.SUPPORTED : null,
                modes && elicitationUrl ? Capability.SUPPORTED : null, Map.of()),
        version.supports(ProtocolFeature.TASKS) ? receivedTasks() : null,
        version.supports(ProtocolFeature.STATELESS) && tasks.extension()
            ? Map.of(TasksExtension.ID, McpJson.object()) : null,
        Map.of());
  }

  /**
   * The 2025-11-25 {@code tasks} capability: the requests a server may make tasks of, those the
   * client has handlers for (null when it runs no tasks).
   */
  private @Nullable TasksCapability receivedTasks() {
    if (tasks.receiverStore() == null || (sampling == null && elicitation == null)) {
      return null;
    }
    ObjectNode requests = McpJson.object();
    if (sampling != null) {
      requests.set("sampling", McpJson.object().set("createMessage", McpJson.object()));
    }
    if (elicitation != null) {
      requests.set("elicitation", McpJson.object().set("create", McpJson.object()));
    }
    return new TasksCapability(Capability.SUPPORTED, Capability.SUPPORTED, requests, Map.of());
  }
}
