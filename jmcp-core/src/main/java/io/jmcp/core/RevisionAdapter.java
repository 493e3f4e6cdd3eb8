package io.jmcp.core;

import io.jmcp.jsonrpc.ErrorCodes;
import io.jmcp.jsonrpc.JsonRpcException;
import io.jmcp.schema.Implementation;
import io.jmcp.schema.McpResult;
import io.jmcp.schema.ProtocolFeature;
import io.jmcp.schema.ProtocolVersion;
import io.jmcp.schema.content.AudioContent;
import io.jmcp.schema.content.ContentBlock;
import io.jmcp.schema.content.EmbeddedResource;
import io.jmcp.schema.content.ImageContent;
import io.jmcp.schema.content.ResourceLink;
import io.jmcp.schema.content.TextContent;
import io.jmcp.schema.elicitation.ElicitFormRequest;
import io.jmcp.schema.elicitation.ElicitRequest;
import io.jmcp.schema.elicitation.ElicitUrlRequest;
import io.jmcp.schema.elicitation.ElicitationSchema;
import io.jmcp.schema.elicitation.EnumOption;
import io.jmcp.schema.elicitation.LegacyTitledEnumSchema;
import io.jmcp.schema.elicitation.PrimitiveSchema;
import io.jmcp.schema.elicitation.TitledMultiSelectEnumSchema;
import io.jmcp.schema.elicitation.TitledSingleSelectEnumSchema;
import io.jmcp.schema.elicitation.UntitledMultiSelectEnumSchema;
import io.jmcp.schema.lifecycle.DiscoverResult;
import io.jmcp.schema.lifecycle.InitializeResult;
import io.jmcp.schema.lifecycle.ServerCapabilities;
import io.jmcp.schema.prompts.GetPromptResult;
import io.jmcp.schema.prompts.ListPromptsResult;
import io.jmcp.schema.prompts.Prompt;
import io.jmcp.schema.prompts.PromptArgument;
import io.jmcp.schema.prompts.PromptMessage;
import io.jmcp.schema.resources.ListResourceTemplatesResult;
import io.jmcp.schema.resources.ListResourcesResult;
import io.jmcp.schema.resources.Resource;
import io.jmcp.schema.resources.ResourceTemplate;
import io.jmcp.schema.tools.CallToolResult;
import io.jmcp.schema.tools.ListToolsResult;
import io.jmcp.schema.tools.Tool;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fits what a newer-revision server produces to an older client, so an older client only sees
 * its own revision's wire shapes: members its revision lacks are dropped, and content types it
 * does not know become text that still tells the model what was there.
 */
public final class RevisionAdapter {

  private RevisionAdapter() {
  }

  /** The result as a client of revision {@code version} should receive it. */
  public static McpResult result(McpResult result, ProtocolVersion version) {
    if (version == ProtocolVersion.LATEST_LEGACY && !(result instanceof InitializeResult)) {
      // Only capabilities differ from the newest handshake revision (extensions are 2026-07-28's).
      return result;
    }
    return switch (result) {
      case CallToolResult r -> callTool(r, version);
      case ListToolsResult r -> new ListToolsResult(
          r.tools().stream().map(tool -> tool(tool, version)).toList(), r.nextCursor(), r.meta(),
          r.extra());
      case GetPromptResult r -> new GetPromptResult(r.description(),
          r.messages().stream().map(m -> new PromptMessage(m.role(), content(m.content(), version)))
              .toList(), r.meta(), r.extra());
      case ListPromptsResult r -> new ListPromptsResult(
          r.prompts().stream().map(p -> prompt(p, version)).toList(), r.nextCursor(), r.meta(),
          r.extra());
      case ListResourcesResult r -> new ListResourcesResult(
          r.resources().stream().map(res -> resource(res, version)).toList(), r.nextCursor(),
          r.meta(), r.extra());
      case ListResourceTemplatesResult r -> new ListResourceTemplatesResult(
          r.resourceTemplates().stream().map(t -> template(t, version)).toList(), r.nextCursor(),
          r.meta(), r.extra());
      case InitializeResult r -> new InitializeResult(r.protocolVersion(),
          capabilities(r.capabilities(), version), implementation(r.serverInfo(), version),
          r.instructions(), r.meta(), r.extra());
      case DiscoverResult r -> new DiscoverResult(r.supportedVersions(),
          capabilities(r.capabilities(), version), r.instructions(), r.meta(), r.extra());
      default -> result;
    };
  }

  public static ServerCapabilities capabilities(ServerCapabilities caps, ProtocolVersion version) {
    return new ServerCapabilities(caps.experimental(), caps.logging(),
        version.supports(ProtocolFeature.COMPLETIONS_CAPABILITY) ? caps.completions() : null,
        caps.prompts(), caps.resources(), caps.tools(),
        version.supports(ProtocolFeature.TASKS) ? caps.tasks() : null,
        version.supports(ProtocolFeature.STATELESS) ? caps.extensions() : null, caps.extra());
  }

  public static Implementation implementation(Implementation info, ProtocolVersion version) {
    boolean details = version.supports(ProtocolFeature.IMPLEMENTATION_DETAILS);
    return new Implementation(info.name(),
        version.supports(ProtocolFeature.TITLES) ? info.title() : null, info.version(),
        details ? info.description() : null,
        version.supports(ProtocolFeature.ICONS) ? info.icons() : null,
        details ? info.websiteUrl() : null, info.meta(), info.extra());
  }

  public static Tool tool(Tool tool, ProtocolVersion version) {
    boolean titles = version.supports(ProtocolFeature.TITLES);
    return new Tool(tool.name(), titles ? tool.title() : null, tool.description(),
        tool.inputSchema(),
        version.supports(ProtocolFeature.STRUCTURED_CONTENT) ? tool.outputSchema() : null,
        version.supports(ProtocolFeature.TOOL_ANNOTATIONS) ? tool.annotations() : null,
        version.supports(ProtocolFeature.TASKS) ? tool.execution() : null,
        version.supports(ProtocolFeature.ICONS) ? tool.icons() : null, tool.meta(), tool.extra());
  }

  static Prompt prompt(Prompt prompt, ProtocolVersion version) {
    boolean titles = version.supports(ProtocolFeature.TITLES);
    List<PromptArgument> arguments = prompt.arguments() == null ? null
        : prompt.arguments().stream().map(a -> new PromptArgument(a.name(),
            titles ? a.title() : null, a.description(), a.required(), a.extra())).toList();
    return new Prompt(prompt.name(), titles ? prompt.title() : null, prompt.description(),
        arguments, version.supports(ProtocolFeature.ICONS) ? prompt.icons() : null, prompt.meta(),
        prompt.extra());
  }

  static Resource resource(Resource resource, ProtocolVersion version) {
    return new Resource(resource.uri(), resource.name(),
        version.supports(ProtocolFeature.TITLES) ? resource.title() : null,
        resource.description(), resource.mimeType(), resource.size(), resource.annotations(),
        version.supports(ProtocolFeature.ICONS) ? resource.icons() : null, resource.meta(),
        resource.extra());
  }

  static ResourceTemplate template(ResourceTemplate template, ProtocolVersion version) {
    return new ResourceTemplate(template.uriTemplate(), template.name(),
        version.supports(ProtocolFeature.TITLES) ? template.title() : null,
        template.description(), template.mimeType(), template.annotations(),
        version.supports(ProtocolFeature.ICONS) ? template.icons() : null, template.meta(),
        template.extra());
  }

  static CallToolResult callTool(CallToolResult result, ProtocolVersion version) {
    List<ContentBlock> content = new ArrayList<>(result.content().size());
    for (ContentBlock block : result.content()) {
      content.add(content(block, version));
    }
    if (!version.supports(ProtocolFeature.STRUCTURED_CONTENT)
        && result.structuredContent() != null) {
      // Older clients only read content: make sure the structured value is there as text.
      boolean hasText = content.stream().anyMatch(TextContent.class::isInstance);
      if (!hasText) {
        content.add(TextContent.of(result.structuredContent().toString()));
      }
      return new CallToolResult(content, null, result.isError(), result.meta(), result.extra());
    }
    return new CallToolResult(content, result.structuredContent(), result.isError(), result.meta(),
        result.extra());
  }

  /** A content block a client of {@code version} can read. */
  public static ContentBlock content(ContentBlock block, ProtocolVersion version) {
    return switch (block) {
      case AudioContent audio when !version.supports(ProtocolFeature.AUDIO_CONTENT) ->
          new TextContent("[audio content (" + audio.mimeType()
              + ") omitted: this client's protocol revision cannot carry audio]",
              audio.annotations(), null);
      case ResourceLink link when !version.supports(ProtocolFeature.RESOURCE_LINK) ->
          new TextContent("Resource: " + link.name() + " <" + link.uri() + ">"
              + (link.description() == null ? "" : " - " + link.description()),
              link.annotations(), null);
      case TextContent text -> text;
      case ImageContent image -> image;
      case AudioContent audio -> audio;
      case EmbeddedResource embedded -> embedded;
      case ResourceLink link -> link;
    };
  }

  /**
   * The elicitation as a client of {@code version} understands it. Titled single-select enums
   * become the older {@code enumNames} form before 2025-11-25; multi-select has no older form and
   * is refused.
   */
  public static ElicitRequest elicitation(ElicitRequest request, ProtocolVersion version) {
    if (version.supports(ProtocolFeature.ELICITATION_ENUM_VARIANTS)
        || !(request instanceof ElicitFormRequest form)) {
      return request;
    }
    Map<String, PrimitiveSchema> fields = new LinkedHashMap<>();
    for (Map.Entry<String, PrimitiveSchema> field : form.requestedSchema().properties().entrySet()) {
      fields.put(field.getKey(), legacyField(field.getKey(), field.getValue(), version));
    }
    ElicitationSchema schema = new ElicitationSchema(fields, form.requestedSchema().required(),
        null);
    return new ElicitFormRequest(form.message(), schema, null, form.meta(), form.extra());
  }

  private static PrimitiveSchema legacyField(String name, PrimitiveSchema field,
      ProtocolVersion version) {
    return switch (field) {
      case TitledSingleSelectEnumSchema titled -> new LegacyTitledEnumSchema(titled.title(),
          titled.description(), titled.options().stream().map(EnumOption::value).toList(),
          titled.options().stream().map(EnumOption::title).toList(), titled.defaultValue());
      case UntitledMultiSelectEnumSchema multi -> throw multiSelect(name, version);
      case TitledMultiSelectEnumSchema multi -> throw multiSelect(name, version);
      default -> field;
    };
  }

  private static JsonRpcException multiSelect(String name, ProtocolVersion version) {
    return new JsonRpcException(ErrorCodes.INVALID_PARAMS, "Elicitation field '" + name
        + "' is a multi-select, which protocol revision " + version + " cannot express");
  }

  /** Whether a client of {@code version} can receive this elicitation mode at all. */
  public static boolean modeSupported(ElicitRequest request, ProtocolVersion version) {
    return switch (request) {
      case ElicitFormRequest form -> version.supports(ProtocolFeature.ELICITATION);
      case ElicitUrlRequest url -> version.supports(ProtocolFeature.ELICITATION_URL_MODE);
    };
  }
}
