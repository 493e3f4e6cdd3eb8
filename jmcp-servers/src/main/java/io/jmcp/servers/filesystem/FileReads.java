package io.jmcp.servers.filesystem;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * Reads regular files inside the allowed directories: whole (up to a limit), or their first or
 * last lines, reading only as much as those need. A file is opened relative to its already
 * opened directory without following links, and must be a regular file: a directory, device,
 * pipe or socket is refused.
 */
final class FileReads {

  private static final int CHUNK = 8192;

  private FileReads() {
  }

  /** An open regular file and the size it had when opened. */
  record OpenFile(SeekableByteChannel channel, long size) implements Closeable {

    @Override
    public void close() throws IOException {
      channel.close();
    }
  }

  static OpenFile open(ResolvedPath path) throws IOException {
    if (path.isRoot()) {
      throw new ToolFailure("Not a file: " + path.real() + " is a directory");
    }
    try (DirectoryHandle parent = ContainedFiles.openParent(path)) {
      BasicFileAttributes attributes = parent.attributes(path.name())
          .orElseThrow(() -> new NoSuchFileException(path.real().toString()));
      if (attributes.isDirectory()) {
        throw new ToolFailure("Not a file: " + path.real() + " is a directory");
      }
      if (attributes.isSymbolicLink()) {
        throw new ToolFailure("Access denied - " + path.real() + " is a symbolic link now (it "
            + "changed after it was checked); links are not followed here");
      }
      if (!attributes.isRegularFile()) {
        throw new ToolFailure("Not a regular file: " + path.real()
            + " (devices, pipes and sockets are not read)");
      }
      return new OpenFile(parent.openRead(path.name()), attributes.size());
    }
  }

  /** The whole file, refused when larger than {@code limit} bytes. */
  static byte[] bytes(ResolvedPath path, long limit, boolean text) throws IOException {
    try (OpenFile file = open(path)) {
      if (file.size() > limit) {
        throw tooLarge(path, file.size(), limit, text);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream((int) file.size());
      ByteBuffer buffer = ByteBuffer.allocate(CHUNK);
      while (file.channel().read(buffer.clear()) > 0) {
        out.write(buffer.array(), 0, buffer.position());
        if (out.size() > limit) {
          throw tooLarge(path, out.size(), limit, text);
        }
      }
      return out.toByteArray();
    }
  }

  /** The whole file as UTF-8 text; malformed bytes become U+FFFD. */
  static String text(ResolvedPath path, long limit) throws IOException {
    return new String(bytes(path, limit, true), StandardCharsets.UTF_8);
  }

  /**
   * The first {@code lines} lines, without the newline ending the last of them; line endings are
   * left as they are.
   */
  static String head(ResolvedPath path, long lines, long limit) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OpenFile file = open(path)) {
      ByteBuffer buffer = ByteBuffer.allocate(CHUNK);
      long newlines = 0;
      reading:
      while (file.channel().read(buffer.clear()) > 0) {
        byte[] chunk = buffer.array();
        int length = buffer.position();
        for (int i = 0; i < length; i++) {
          if (chunk[i] == '\n' && ++newlines == lines) {
            out.write(chunk, 0, i + 1);
            break reading;
          }
        }
        out.write(chunk, 0, length);
        if (out.size() > limit) {
          throw linesTooLong("first", lines, path, limit);
        }
      }
    }
    // The newline ending the last line asked for is not part of the answer.
    if (out.size() - 1 > limit) {
      throw linesTooLong("first", lines, path, limit);
    }
    String text = out.toString(StandardCharsets.UTF_8);
    List<String> parts = Arrays.asList(text.split("\n", -1));
    if (text.endsWith("\n")) {
      parts = parts.subList(0, parts.size() - 1);
    }
    return String.join("\n", parts.subList(0, (int) Math.min(lines, parts.size())));
  }

  /**
   * The last {@code lines} lines, counting the empty line after a final newline, with Windows
   * line endings turned into {@code \n}.
   */
  static String tail(ResolvedPath path, long lines, long limit) throws IOException {
    Deque<byte[]> chunks = new ArrayDeque<>();
    long total = 0;
    try (OpenFile file = open(path)) {
      long position = file.size();
      long newlines = 0;
      while (position > 0 && newlines < lines) {
        int length = (int) Math.min(CHUNK, position);
        position -= length;
        byte[] chunk = readAt(file.channel(), position, length);
        for (byte b : chunk) {
          if (b == '\n') {
            newlines++;
          }
        }
        total += chunk.length;
        chunks.addFirst(chunk);
        // Until enough lines are found, every byte read belongs to the answer.
        if (newlines < lines && total > limit) {
          throw linesTooLong("last", lines, path, limit);
        }
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream((int) total);
    chunks.forEach(out::writeBytes);
    String text = out.toString(StandardCharsets.UTF_8).replace("\r\n", "\n");
    List<String> parts = Arrays.asList(text.split("\n", -1));
    int from = (int) Math.max(0, parts.size() - lines);
    String answer = String.join("\n", parts.subList(from, parts.size()));
    if (answer.length() > limit && answer.getBytes(StandardCharsets.UTF_8).length > limit) {
      throw linesTooLong("last", lines, path, limit);
    }
    return answer;
  }

  private static ToolFailure linesTooLong(String which, long lines, ResolvedPath path,
      long limit) {
    return new ToolFailure("The " + which + " " + lines + " lines of " + path.real()
        + " are longer than the limit of " + limit + " bytes; ask for fewer lines");
  }

  private static byte[] readAt(SeekableByteChannel channel, long position, int length)
      throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(length);
    channel.position(position);
    while (buffer.hasRemaining() && channel.read(buffer) > 0) {
      // keep reading until the chunk is full or the file ends (it may have shrunk)
    }
    return Arrays.copyOf(buffer.array(), buffer.position());
  }

  private static ToolFailure tooLarge(ResolvedPath path, long size, long limit, boolean text) {
    return new ToolFailure("File too large: " + path.real() + " has " + size
        + " bytes, more than the limit of " + limit + " bytes read at once"
        + (text ? "; read part of it with head or tail" : ""));
  }
}
