package io.jmcp.servers.filesystem;

import io.jmcp.schema.McpJson;
import io.jmcp.schema.content.AudioContent;
import io.jmcp.schema.content.BlobResourceContents;
import io.jmcp.schema.content.ContentBlock;
import io.jmcp.schema.content.EmbeddedResource;
import io.jmcp.schema.content.ImageContent;
import io.jmcp.schema.content.TextContent;
import io.jmcp.schema.tools.CallToolResult;
import io.jmcp.server.McpServerBuilder;
import io.jmcp.server.RequestContext;
import io.jmcp.server.ToolHandler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The filesystem server's tools, with the official server's names, arguments, annotations and
 * result texts; every result also carries {@code structuredContent} as the official one does.
 * The tools that change files are left out in read-only mode.
 */
final class FilesystemTools {

  private final SessionDirectories directories;
  private final FilesystemLimits limits;

  /** A tool's work, given its arguments and the caller's allowed directories. */
  private interface Body {
    String run(ObjectNode arguments, RequestContext context, AllowedDirectories allowed)
        throws IOException;
  }

  FilesystemTools(SessionDirectories directories, FilesystemLimits limits) {
    this.directories = directories;
    this.limits = limits;
  }

  void register(McpServerBuilder server, boolean readOnly) {
    server.tool(ToolDefinitions.readFile(), text(this::readText));
    server.tool(ToolDefinitions.readTextFile(), text(this::readText));
    server.tool(ToolDefinitions.readMediaFile(), this::readMedia);
    server.tool(ToolDefinitions.readMultipleFiles(), text(this::readMultiple));
    if (!readOnly) {
      server.tool(ToolDefinitions.writeFile(), text(this::write));
      server.tool(ToolDefinitions.editFile(), text(this::edit));
      server.tool(ToolDefinitions.createDirectory(), text(this::createDirectory));
    }
    server.tool(ToolDefinitions.listDirectory(), text(this::listDirectory));
    server.tool(ToolDefinitions.listDirectoryWithSizes(), text(this::listWithSizes));
    server.tool(ToolDefinitions.directoryTree(), text(this::tree));
    if (!readOnly) {
      server.tool(ToolDefinitions.moveFile(), text(this::move));
    }
    server.tool(ToolDefinitions.searchFiles(), text(this::search));
    server.tool(ToolDefinitions.getFileInfo(), text(this::info));
    server.tool(ToolDefinitions.listAllowedDirectories(), text((arguments, context, allowed) ->
        "Allowed directories:\n" + String.join("\n",
            allowed.listed().stream().map(Object::toString).toList())));
  }

  // ------------------------------------------------------------ results

  /** A handler returning text, as content and as {@code structuredContent.content}. */
  private ToolHandler text(Body body) {
    return (arguments, context) -> {
      try {
        return textResult(body.run(arguments, context, directories.of(context)));
      } catch (IOException e) {
        return CallToolResult.error(IoErrors.describe(e));
      } catch (ToolFailure e) {
        return CallToolResult.error(e.getMessage());
      }
    };
  }

  static CallToolResult textResult(String text) {
    return new CallToolResult(List.of(TextContent.of(text)),
        McpJson.object().put("content", text), null, null, Map.of());
  }

  // ------------------------------------------------------------ reading

  private String readText(ObjectNode arguments, RequestContext context,
      AllowedDirectories allowed) throws IOException {
    long head = lineCount(arguments, "head");
    long tail = lineCount(arguments, "tail");
    if (head > 0 && tail > 0) {
      throw new ToolFailure("Cannot specify both head and tail parameters simultaneously");
    }
    ResolvedPath path = resolve(arguments, "path", allowed);
    if (tail > 0) {
      return FileReads.tail(path, tail, limits.maxFileBytes());
    }
    if (head > 0) {
      return FileReads.head(path, head, limits.maxFileBytes());
    }
    return FileReads.text(path, limits.maxFileBytes());
  }

  /** A line count; 0 (or absent) means none was asked for, as in the official server. */
  private static long lineCount(ObjectNode arguments, String name) {
    JsonNode node = arguments.get(name);
    if (node == null || node.isNull()) {
      return 0;
    }
    double value = node.doubleValue();
    if (value < 0 || value != Math.rint(value)) {
      throw new ToolFailure(name + " must be a whole number of lines, at least 1; got " + node);
    }
    return value >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) value;
  }

  private CallToolResult readMedia(ObjectNode arguments, RequestContext context) {
    try {
      ResolvedPath path = resolve(arguments, "path", directories.of(context));
      String mimeType = MediaTypes.of(path.isRoot() ? "" : path.name());
      String data = Base64.getEncoder()
          .encodeToString(FileReads.bytes(path, limits.maxFileBytes(), false));
      ContentBlock block;
      ObjectNode item = McpJson.object();
      if (mimeType.startsWith("image/") || mimeType.startsWith("audio/")) {
        boolean image = mimeType.startsWith("image/");
        block = image ? new ImageContent(data, mimeType, null, null)
            : new AudioContent(data, mimeType, null, null);
        item.put("type", image ? "image" : "audio").put("data", data).put("mimeType", mimeType);
      } else {
        String uri = path.real().toUri().toString();
        block = EmbeddedResource.of(new BlobResourceContents(uri, mimeType, data, null));
        item.put("type", "resource").putObject("resource")
            .put("uri", uri).put("mimeType", mimeType).put("blob", data);
      }
      ObjectNode structured = McpJson.object();
      structured.putArray("content").add(item);
      return new CallToolResult(List.of(block), structured, null, null, Map.of());
    } catch (IOException e) {
      return CallToolResult.error(IoErrors.describe(e));
    } catch (ToolFailure e) {
      return CallToolResult.error(e.getMessage());
    }
  }

  private String readMultiple(ObjectNode arguments, RequestContext context,
      AllowedDirectories allowed) {
    List<String> parts = new ArrayList<>();
    long used = 0;
    for (JsonNode element : arguments.get("paths")) {
      String requested = element.stringValue();
      context.checkCancelled();
      long left = limits.maxTotalBytes() - used;
      if (left <= 0) {
        parts.add(requested + ": Error - not read: this call already read the limit of "
            + limits.maxTotalBytes() + " bytes; read it in another call");
        continue;
      }
      try {
        byte[] content = FileReads.bytes(PathResolver.resolve(requested, allowed),
            Math.min(limits.maxFileBytes(), left), true);
        used += content.length;
        parts.add(requested + ":\n" + new String(content, StandardCharsets.UTF_8) + "\n");
      } catch (IOException e) {
        parts.add(requested + ": Error - " + IoErrors.describe(e));
      } catch (ToolFailure e) {
        parts.add(requested + ": Error - " + e.getMessage());
      }
    }
    return String.join("\n---\n", parts);
  }

  private String info(ObjectNode arguments, RequestContext context, AllowedDirectories allowed)
      throws IOException {
    ResolvedPath path = resolve(arguments, "path", allowed);
    if (path.isRoot()) {
      try (DirectoryHandle root = DirectoryHandle.open(path.root())) {
        return FileInfo.describe(root.attributes(), ZoneId.systemDefault());
      }
    }
    try (DirectoryHandle parent = ContainedFiles.openParent(path)) {
      return FileInfo.describe(parent.attributes(path.name())
          .orElseThrow(() -> new NoSuchFileException(path.real().toString())),
          ZoneId.systemDefault());
    }
  }

  // ------------------------------------------------------------ directories

  private String listDirectory(ObjectNode arguments, RequestContext context,
      AllowedDirectories allowed) throws IOException {
    try (DirectoryHandle directory =
        ContainedFiles.openDirectory(resolve(arguments, "path", allowed))) {
      return DirectoryListing.list(
          DirectoryListing.entries(directory, limits.maxEntries(), allowed, false));
    }
  }

  private String listWithSizes(ObjectNode arguments, RequestContext context,
      AllowedDirectories allowed) throws IOException {
    boolean bySize = arguments.path("sortBy").asString("name").equals("size");
    try (DirectoryHandle directory =
        ContainedFiles.openDirectory(resolve(arguments, "path", allowed))) {
      return DirectoryListing.listWithSizes(
          DirectoryListing.entries(directory, limits.maxEntries(), allowed, true), bySize);
    }
  }

  private String tree(ObjectNode arguments, RequestContext context, AllowedDirectories allowed)
      throws IOException {
    try (DirectoryHandle directory =
        ContainedFiles.openDirectory(resolve(arguments, "path", allowed))) {
      return DirectoryTree.toJson(DirectoryTree.build(directory,
          strings(arguments, "excludePatterns"), limits, context::checkCancelled));
    }
  }

  private String search(ObjectNode arguments, RequestContext context,
      AllowedDirectories allowed) throws IOException {
    try (DirectoryHandle directory =
        ContainedFiles.openDirectory(resolve(arguments, "path", allowed))) {
      List<String> found = FileSearch.search(directory, arguments.get("pattern").stringValue(),
          strings(arguments, "excludePatterns"), allowed, limits, context::checkCancelled);
      return found.isEmpty() ? "No matches found" : String.join("\n", found);
    }
  }

  // ------------------------------------------------------------ changing files

  private String write(ObjectNode arguments, RequestContext context, AllowedDirectories allowed)
      throws IOException {
    ResolvedPath path = resolve(arguments, "path", allowed);
    FileWrites.write(path,
        arguments.get("content").stringValue().getBytes(StandardCharsets.UTF_8));
    return "Successfully wrote to " + path.requested();
  }

  private String edit(ObjectNode arguments, RequestContext context, AllowedDirectories allowed)
      throws IOException {
    ResolvedPath path = resolve(arguments, "path", allowed);
    List<TextEdits.Edit> edits = new ArrayList<>();
    for (JsonNode edit : arguments.get("edits")) {
      edits.add(new TextEdits.Edit(edit.get("oldText").stringValue(),
          edit.get("newText").stringValue()));
    }
    String original =
        TextEdits.normalizeLineEndings(FileReads.text(path, limits.maxFileBytes()));
    String modified = TextEdits.apply(original, edits);
    String diff = UnifiedDiff.of(path.real().toString(), original, modified);
    if (!arguments.path("dryRun").asBoolean(false)) {
      FileWrites.write(path, modified.getBytes(StandardCharsets.UTF_8));
    }
    String fence = "```";
    while (diff.contains(fence)) {
      fence += "`";
    }
    return fence + "diff\n" + diff + fence + "\n\n";
  }

  private String createDirectory(ObjectNode arguments, RequestContext context,
      AllowedDirectories allowed) throws IOException {
    ResolvedPath path = resolve(arguments, "path", allowed);
    FileWrites.createDirectories(path);
    return "Successfully created directory " + path.requested();
  }

  private String move(ObjectNode arguments, RequestContext context, AllowedDirectories allowed)
      throws IOException {
    ResolvedPath source = resolve(arguments, "source", allowed);
    ResolvedPath destination = resolve(arguments, "destination", allowed);
    FileWrites.move(source, destination);
    return "Successfully moved " + source.requested() + " to " + destination.requested();
  }

  // ------------------------------------------------------------ arguments

  private static ResolvedPath resolve(ObjectNode arguments, String name,
      AllowedDirectories allowed) throws IOException {
    return PathResolver.resolve(arguments.get(name).stringValue(), allowed);
  }

  private static List<String> strings(ObjectNode arguments, String name) {
    List<String> values = new ArrayList<>();
    for (JsonNode value : arguments.path(name)) {
      values.add(value.stringValue());
    }
    return values;
  }
}
