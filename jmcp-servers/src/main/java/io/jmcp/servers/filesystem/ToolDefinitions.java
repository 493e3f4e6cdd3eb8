package io.jmcp.servers.filesystem;

import io.jmcp.schema.McpJson;
import io.jmcp.schema.tools.Tool;
import io.jmcp.schema.tools.ToolAnnotations;
import java.util.Map;
import tools.jackson.databind.node.ObjectNode;

/**
 * The definitions clients list: the official server's tool names, titles, argument and result
 * schemas and annotations; the descriptions are jmcp's own words.
 */
final class ToolDefinitions {

  private static final String INSIDE = " Works only inside the allowed directories.";

  private ToolDefinitions() {
  }

  static Tool readFile() {
    return reading("read_file", "Read File (Deprecated)", "Reads a text file. Deprecated: use "
        + "read_text_file, which this is the same as.", readTextArguments());
  }

  static Tool readTextFile() {
    return reading("read_text_file", "Read Text File", "Reads a file as UTF-8 text and returns "
        + "its contents, whatever its extension. Give head to get only the first N lines or "
        + "tail for only the last N." + INSIDE, readTextArguments());
  }

  static Tool readMediaFile() {
    return tool("read_media_file", "Read Media File", "Reads a file and returns it "
        + "base64-encoded with its MIME type: images and audio as image or audio content, any "
        + "other file as an embedded resource." + INSIDE, ToolSchemas.pathOnly(),
        readOnly(), ToolSchemas.mediaResult());
  }

  static Tool readMultipleFiles() {
    ObjectNode paths = ToolSchemas.strings().put("minItems", 1).put("description",
        "The paths of the files to read, each inside the allowed directories.");
    return reading("read_multiple_files", "Read Multiple Files", "Reads several files in one "
        + "call and returns each one's contents under its path. A file that cannot be read gets "
        + "an error line and does not stop the others." + INSIDE,
        ToolSchemas.object(ToolSchemas.properties().set("paths", paths), "paths"));
  }

  static Tool writeFile() {
    return tool("write_file", "Write File", "Creates a file, or replaces an existing file's "
        + "contents entirely without asking, with the given UTF-8 text." + INSIDE,
        ToolSchemas.object(ToolSchemas.properties()
            .<ObjectNode>set("path", ToolSchemas.string())
            .set("content", ToolSchemas.string()), "path", "content"),
        changing(true, true), ToolSchemas.textResult());
  }

  static Tool editFile() {
    ObjectNode edit = ToolSchemas.object(ToolSchemas.properties()
        .<ObjectNode>set("oldText", ToolSchemas.string("The text to replace, exactly as it is"))
        .set("newText", ToolSchemas.string("The text to put in its place")),
        "oldText", "newText");
    ObjectNode edits = McpJson.object().put("type", "array");
    edits.set("items", edit);
    ObjectNode dryRun = McpJson.object().put("type", "boolean").put("default", false)
        .put("description", "Only show the diff, as git would, without changing the file");
    return tool("edit_file", "Edit File", "Replaces text in a file: each edit swaps oldText "
        + "(matched exactly, or line by line ignoring indentation) for newText, in order. "
        + "Returns the change as a git-style unified diff; dryRun shows it without saving."
        + INSIDE, ToolSchemas.object(ToolSchemas.properties()
            .<ObjectNode>set("path", ToolSchemas.string())
            .<ObjectNode>set("edits", edits)
            .set("dryRun", dryRun), "path", "edits"),
        changing(true, false), ToolSchemas.textResult());
  }

  static Tool createDirectory() {
    return tool("create_directory", "Create Directory", "Creates a directory, with any missing "
        + "parent directories; succeeds quietly if it exists already." + INSIDE,
        ToolSchemas.pathOnly(), changing(false, true), ToolSchemas.textResult());
  }

  static Tool listDirectory() {
    return reading("list_directory", "List Directory", "Lists the entries of a directory, one "
        + "per line, each marked [DIR] or [FILE]." + INSIDE, ToolSchemas.pathOnly());
  }

  static Tool listDirectoryWithSizes() {
    ObjectNode sortBy = ToolSchemas.string("Sort the entries by name or by size")
        .put("default", "name");
    sortBy.putArray("enum").add("name").add("size");
    return reading("list_directory_with_sizes", "List Directory with Sizes", "Lists the "
        + "entries of a directory with their sizes, each marked [DIR] or [FILE], followed by "
        + "the number of files and directories and the total size." + INSIDE,
        ToolSchemas.object(ToolSchemas.properties()
            .<ObjectNode>set("path", ToolSchemas.string()).set("sortBy", sortBy), "path"));
  }

  static Tool directoryTree() {
    return reading("directory_tree", "Directory Tree", "Returns everything below a directory "
        + "as indented JSON: entries with name and type (file or directory), directories with "
        + "a children array. Entries matching an exclude pattern are left out." + INSIDE,
        ToolSchemas.object(ToolSchemas.properties()
            .<ObjectNode>set("path", ToolSchemas.string())
            .set("excludePatterns", excludes()), "path"));
  }

  static Tool moveFile() {
    return tool("move_file", "Move File", "Moves or renames a file or directory; fails if the "
        + "destination exists. Source and destination must both be inside the allowed "
        + "directories.", ToolSchemas.object(ToolSchemas.properties()
            .<ObjectNode>set("source", ToolSchemas.string())
            .set("destination", ToolSchemas.string()), "source", "destination"),
        changing(true, false), ToolSchemas.textResult());
  }

  static Tool searchFiles() {
    return reading("search_files", "Search Files", "Finds files and directories below a "
        + "directory whose path relative to it matches a glob pattern: '*.ext' matches at the "
        + "top level, '**/*.ext' at any depth. Returns their full paths. Searches only inside "
        + "the allowed directories.", ToolSchemas.object(ToolSchemas.properties()
            .<ObjectNode>set("path", ToolSchemas.string())
            .<ObjectNode>set("pattern", ToolSchemas.string())
            .set("excludePatterns", excludes()), "path", "pattern"));
  }

  static Tool getFileInfo() {
    return reading("get_file_info", "Get File Info", "Returns a file's or directory's metadata: "
        + "size, creation, modification and access times, type and permissions, without "
        + "reading it." + INSIDE, ToolSchemas.pathOnly());
  }

  static Tool listAllowedDirectories() {
    return reading("list_allowed_directories", "List Allowed Directories", "Lists the "
        + "directories this server may work in; everything below them is allowed too. Call it "
        + "first to know where paths may point.", ToolSchemas.object(ToolSchemas.properties()));
  }

  private static ObjectNode readTextArguments() {
    return ToolSchemas.object(ToolSchemas.properties()
        .<ObjectNode>set("path", ToolSchemas.string())
        .<ObjectNode>set("tail", ToolSchemas.number("Return only the last N lines of the file"))
        .set("head", ToolSchemas.number("Return only the first N lines of the file")), "path");
  }

  private static ObjectNode excludes() {
    ObjectNode excludes = ToolSchemas.strings();
    excludes.set("default", McpJson.mapper().createArrayNode());
    return excludes;
  }

  private static ToolAnnotations readOnly() {
    return new ToolAnnotations(null, true, null, null, false, Map.of());
  }

  private static ToolAnnotations changing(boolean destructive, boolean idempotent) {
    return new ToolAnnotations(null, false, destructive, idempotent, false, Map.of());
  }

  private static Tool reading(String name, String title, String description, ObjectNode input) {
    return tool(name, title, description, input, readOnly(), ToolSchemas.textResult());
  }

  private static Tool tool(String name, String title, String description, ObjectNode input,
      ToolAnnotations annotations, ObjectNode output) {
    return Tool.builder(name).title(title).description(description).inputSchema(input)
        .outputSchema(output).annotations(annotations).build();
  }
}
