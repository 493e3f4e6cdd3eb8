package io.jmcp.cli;

import io.jmcp.schema.content.AudioContent;
import io.jmcp.schema.content.BlobResourceContents;
import io.jmcp.schema.content.ContentBlock;
import io.jmcp.schema.content.EmbeddedResource;
import io.jmcp.schema.content.ImageContent;
import io.jmcp.schema.content.ResourceContents;
import io.jmcp.schema.content.ResourceLink;
import io.jmcp.schema.content.SamplingContent;
import io.jmcp.schema.content.TextContent;
import io.jmcp.schema.content.TextResourceContents;
import io.jmcp.schema.content.ToolResultContent;
import io.jmcp.schema.content.ToolUseContent;
import io.jmcp.schema.sampling.SamplingMessage;
import io.jmcp.schema.tools.CallToolResult;
import java.io.PrintStream;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Prints what the demo sees, readably: sections, items, results, events. */
final class DemoPrinter {

  private final PrintStream out;

  DemoPrinter(PrintStream out) {
    this.out = out;
  }

  synchronized void title(String text) {
    out.println(text);
    out.println("=".repeat(text.length()));
  }

  synchronized void section(String text) {
    out.println();
    out.println("== " + text);
  }

  synchronized void line(String text) {
    out.println(text);
  }

  synchronized void dim(String text) {
    out.println(text);
  }

  synchronized void item(String name, @Nullable String description) {
    out.println("  - " + name + (description == null ? "" : ": " + oneLine(description)));
  }

  synchronized void step(String what, @Nullable String detail) {
    out.println();
    out.println("> " + what + (detail == null ? "" : "  " + detail));
  }

  synchronized void event(String text) {
    out.println("  ~ " + text);
  }

  synchronized void result(CallToolResult result) {
    if (result.failed()) {
      out.println("  (the tool reported an error)");
    }
    for (ContentBlock block : result.content()) {
      out.println("  " + describe(block));
    }
    if (result.structuredContent() != null) {
      out.println("  structured: " + result.structuredContent());
    }
  }

  synchronized void contents(List<ResourceContents> contents) {
    for (ResourceContents content : contents) {
      out.println("  " + describe(content));
    }
  }

  static String describe(ContentBlock block) {
    return switch (block) {
      case TextContent text -> "text: " + oneLine(text.text())
          + (text.annotations() == null ? "" : "  (audience " + text.annotations().audience()
              .stream().map(role -> role.json()).toList() + ", priority "
              + text.annotations().priority() + ")");
      case ImageContent image -> "image: " + image.mimeType() + ", " + image.bytes().length
          + " bytes";
      case AudioContent audio -> "audio: " + audio.mimeType() + ", " + audio.bytes().length
          + " bytes";
      case EmbeddedResource embedded -> "resource: " + describe(embedded.resource());
      case ResourceLink link -> "link: " + link.uri() + " (" + link.name() + ")";
    };
  }

  static String describe(ResourceContents contents) {
    return switch (contents) {
      case TextResourceContents text -> text.uri() + " [" + text.mimeType() + "] "
          + oneLine(text.text());
      case BlobResourceContents blob -> blob.uri() + " [" + blob.mimeType() + "] "
          + blob.bytes().length + " bytes of binary";
    };
  }

  static String text(List<SamplingMessage> messages) {
    return messages.stream().flatMap(m -> m.content().stream()).map(DemoPrinter::describe)
        .collect(Collectors.joining(" "));
  }

  private static String describe(SamplingContent content) {
    return switch (content) {
      case TextContent text -> '"' + oneLine(text.text()) + '"';
      case ImageContent image -> "[image]";
      case AudioContent audio -> "[audio]";
      case ToolUseContent use -> "[tool use " + use.name() + "]";
      case ToolResultContent result -> "[tool result]";
    };
  }

  private static String oneLine(String text) {
    String flat = text.replace('\n', ' ');
    return flat.length() <= 160 ? flat : flat.substring(0, 160) + "...";
  }
}
