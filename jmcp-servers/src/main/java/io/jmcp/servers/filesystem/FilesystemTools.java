package io.jmcp.servers.filesystem;

import io.jmcp.schema.McpJson;
import io.jmcp.schema.content.AudioContent;
import io.jmcp.schema.content.BlobResourceContents;
import io.jmcp.schema.content.ContentBlock;
import io.jmcp.schema.content.EmbeddedResource;
import io.jmcp.schema.content.ImageContent;
import io.jmcp.schema.content.TextContent;
import io.jmcp.schema.tools.CallToolResult;
import io.jmcp.schema.tools.Tool;
import io.jmcp.schema.tools.ToolBuilder;
import io.jmcp.schema.tools.ToolAnnotations;
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
    ObjectNode readText = ToolSchemas.object(ToolSchemas.properties()
        .<ObjectNode>set("path", ToolSchemas.string())
        .<ObjectNode>set("tail", ToolSchemas.number("Return only the last N lines of the file"))
        .set("head", ToolSchemas.number("Return only the first N lines of the file")), "path");
    server.tool(tool("read_file", "Read File (Deprecated)", "Reads a text file. Deprecated: "
        + "use read_text_file, which this is the same as.", readText, true, false, false),
        text(this::readText));
    server.tool(tool("read_text_file", "Read Text File", "Reads a file as UTF-8 text and "
        + "returns its contents, whatever its extension. Give head to get only the first N "
        + "lines or tail for only the last N. Works only inside the allowed directories.",
        readText, true, false, false), text(this::readText));
    server.tool(tool("read_media_file", "Read Media File", "Reads a file and returns it "
        + "base64-encoded with its MIME type: images and audio as image or audio content, any "
        + "other file as an embedded resource. Works only inside the allowed directories.",
        ToolSchemas.pathOnly(), true, false, false, ToolSchemas.mediaResult()),
        this::readMedia);
    ObjectNode paths = ToolSchemas.strings().put("minItems", 1).put("description",
        "The paths of the files to read, each inside the allowed directories.");
    server.tool(tool("read_multiple_files", "Read Multiple Files", "Reads several files in one "
        + "call and returns each one's contents under its path. A file that cannot be read gets "
        + "an error line and does not stop the others. Works only inside the allowed "
        + "directories.", ToolSchemas.object(ToolSchemas.properties().set("paths", paths),
            "paths"), true, false, false), text(this::readMultiple));
    if (!readOnly) {
      server.tool(tool("write_file", "Write File", "Creates a file, or replaces an existing "
          + "file's contents entirely without asking, with the given UTF-8 text. Works only "
          + "inside the allowed directories.", ToolSchemas.object(ToolSchemas.properties()
              .<ObjectNode>set("path", ToolSchemas.string())
              .set("content", ToolSchemas.string()), "path", "content"),
          false, true, true), text(this::write));
      server.tool(tool("edit_file", "Edit File", "Replaces text in a file: each edit swaps "
          + "oldText (matched exactly, or line by line ignoring indentation) for newText, in "
          + "order. Returns the change as a git-style unified diff; dryRun shows it without "
          + "saving. Works only inside the allowed directories.", editSchema(),
          false, true, false), text(this::edit));
      server.tool(tool("create_directory", "Create Directory", "Creates a directory, with any "
          + "missing parent directories; succeeds quietly if it exists already. Works only "
          + "inside the allowed directories.", ToolSchemas.pathOnly(), false, false, true),
          text(this::createDirectory));
    }
    server.tool(tool("list_directory", "List Directory", "Lists the entries of a directory, "
        + "one per line, each marked [DIR] or [FILE]. Works only inside the allowed "
        + "directories.", ToolSchemas.pathOnly(), true, false, false),
        text(this::listDirectory));
    ObjectNode sortBy = ToolSchemas.string("Sort the entries by name or by size")
        .put("default", "name");
    sortBy.putArray("enum").add("name").add("size");
    server.tool(tool("list_directory_with_sizes", "List Directory with Sizes", "Lists the "
        + "entries of a directory with their sizes, each marked [DIR] or [FILE], followed by "
        + "the number of files and directories and the total size. Works only inside the "
        + "allowed directories.", ToolSchemas.object(ToolSchemas.properties()
            .<ObjectNode>set("path", ToolSchemas.string()).set("sortBy", sortBy), "path"),
        true, false, false), text(this::listWithSizes));
    server.tool(tool("directory_tree", "Directory Tree", "Returns everything below a directory "
        + "as indented JSON: entries with name and type (file or directory), directories with "
        + "a children array. Entries matching an exclude pattern are left out. Works only "
        + "inside the allowed directories.", ToolSchemas.object(ToolSchemas.properties()
            .<ObjectNode>set("path", ToolSchemas.string())
            .set("excludePatterns", excludes()), "path"), true, false, false),
        text(this::tree));
    if (!readOnly) {
      server.tool(tool("move_file", "Move File", "Moves or renames a file or directory; fails if "
          + "the destination exists. Source and destination must both be inside the allowed "
          + "directories.", ToolSchemas.object(ToolSchemas.properties()
              .<ObjectNode>set("source", ToolSchemas.string())
              .set("destination", ToolSchemas.string()), "source", "destination"),
          false, true, false), text(this::move));
    }
    server.tool(tool("search_files", "Search Files", "Finds files and directories below a "
        + "directory whose path relative to it matches a glob pattern: '*.ext' matches at the "
        + "top level, '**/*.ext' at any depth. Returns their full paths. Searches only inside "
        + "the allowed directories.", ToolSchemas.object(ToolSchemas.properties()
            .<ObjectNode>set("path", ToolSchemas.string())
            .<ObjectNode>set("pattern", ToolSchemas.string())
            .set("excludePatterns", excludes()), "path", "pattern"), true, false, false),
        text(this::search));
    server.tool(tool("get_file_info", "Get File Info", "Returns a file's or directory's "
        + "metadata: size, creation, modification and access times, type and permissions, "
        + "without reading it. Works only inside the allowed directories.",
        ToolSchemas.pathOnly(), true, false, false), text(this::info));
    server.tool(tool("list_allowed_directories", "List Allowed Directories", "Lists the "
        + "directories this server may work in; everything below them is allowed too. Call it "
        + "first to know where paths may point.", ToolSchemas.object(ToolSchemas.properties()),
        true, false, false), text((arguments, context, allowed) ->
            "Allowed directories:\n" + String.join("\n",
                allowed.listed().stream().map(Object::toString).toList())));
  }

  private static ObjectNode editSchema() {
    ObjectNode edit = ToolSchemas.object(ToolSchemas.properties()
        .<ObjectNode>set("oldText", ToolSchemas.string("The text to replace, exactly as it is"))
        .set("newText", ToolSchemas.string("The text to put in its place")),
        "oldText", "newText");
    ObjectNode edits = McpJson.object().put("type", "array");
    edits.set("items", edit);
    ObjectNode dryRun = McpJson.object().put("type", "boolean").put("default", false)
        .put("description", "Only show the diff, as git would, without changing the file");
    return ToolSchemas.object(ToolSchemas.properties()
        .<ObjectNode>set("path", ToolSchemas.string())
        .<ObjectNode>set("edits", edits)
        .set("dryRun", dryRun), "path", "edits");
  }

  private static ObjectNode excludes() {
    ObjectNode excludes = ToolSchemas.strings();
    excludes.set("default", McpJson.mapper().createArrayNode());
    return excludes;
  }

  private static Tool tool(String name, String title, String description, ObjectNode input,
      boolean readOnly, boolean destructive, boolean idempotent) {
    return tool(name, title, description, input, readOnly, destructive, idempotent,
        ToolSchemas.textResult());
  }

  private static Tool tool(String name, String title, String description, ObjectNode input,
      boolean readOnly, boolean destructive, boolean idempotent, ObjectNode output) {
    ToolBuilder builder = Tool.builder(name).title(title).description(description)
        .inputSchema(input).outputSchema(output)
        .annotations(new ToolAnnotations(null, readOnly, readOnly ? null : destructive,
            readOnly ? null : idempotent, false, Map.of()));
    return builder.build();
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
