package io.jmcp.servers.filesystem;

import java.util.Locale;
import java.util.Map;

/** The MIME types {@code read_media_file} recognises, by file extension, as the official server. */
final class MediaTypes {

  static final String UNKNOWN = "application/octet-stream";

  private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
      Map.entry("png", "image/png"),
      Map.entry("jpg", "image/jpeg"),
      Map.entry("jpeg", "image/jpeg"),
      Map.entry("gif", "image/gif"),
      Map.entry("webp", "image/webp"),
      Map.entry("bmp", "image/bmp"),
      Map.entry("svg", "image/svg+xml"),
      Map.entry("mp3", "audio/mpeg"),
      Map.entry("wav", "audio/wav"),
      Map.entry("ogg", "audio/ogg"),
      Map.entry("flac", "audio/flac"));

  private MediaTypes() {
  }

  /** The type of a file named {@code name}; {@link #UNKNOWN} for other extensions. */
  static String of(String name) {
    int dot = name.lastIndexOf('.');
    // A leading dot starts a hidden name, not an extension (".png" has none).
    if (dot <= 0) {
      return UNKNOWN;
    }
    return BY_EXTENSION.getOrDefault(name.substring(dot + 1).toLowerCase(Locale.ROOT), UNKNOWN);
  }
}
