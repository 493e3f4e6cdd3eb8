package io.jmcp.server.skills;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The media type of a skill file, from its extension, and whether it is served as text. Skills
 * are mostly Markdown, scripts and data; anything unknown is served as bytes.
 */
final class SkillMediaTypes {

  private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
      Map.entry("md", "text/markdown"),
      Map.entry("markdown", "text/markdown"),
      Map.entry("txt", "text/plain"),
      Map.entry("csv", "text/csv"),
      Map.entry("html", "text/html"),
      Map.entry("css", "text/css"),
      Map.entry("xml", "application/xml"),
      Map.entry("json", "application/json"),
      Map.entry("yaml", "application/yaml"),
      Map.entry("yml", "application/yaml"),
      Map.entry("toml", "application/toml"),
      Map.entry("js", "text/javascript"),
      Map.entry("mjs", "text/javascript"),
      Map.entry("ts", "text/x-typescript"),
      Map.entry("py", "text/x-python"),
      Map.entry("sh", "text/x-shellscript"),
      Map.entry("java", "text/x-java"),
      Map.entry("sql", "application/sql"),
      Map.entry("png", "image/png"),
      Map.entry("jpg", "image/jpeg"),
      Map.entry("jpeg", "image/jpeg"),
      Map.entry("gif", "image/gif"),
      Map.entry("svg", "image/svg+xml"),
      Map.entry("pdf", "application/pdf"),
      Map.entry("zip", "application/zip"));

  private SkillMediaTypes() {
  }

  static String of(String file) {
    String name = file.substring(file.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    // A leading dot starts a hidden name, not an extension.
    if (dot <= 0) {
      return "application/octet-stream";
    }
    return BY_EXTENSION.getOrDefault(name.substring(dot + 1).toLowerCase(Locale.ROOT),
        "application/octet-stream");
  }

  static boolean isText(String mimeType) {
    return mimeType.startsWith("text/") || mimeType.equals("application/json")
        || mimeType.equals("application/xml") || mimeType.equals("application/yaml")
        || mimeType.equals("application/toml") || mimeType.equals("application/sql")
        || mimeType.equals("image/svg+xml");
  }

  /** {@code bytes} as UTF-8 text, or null if they are not valid UTF-8 (served as bytes then). */
  static @Nullable String utf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
