package io.jmcp.interop;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** The same small tree of files, written wherever a test needs a copy. */
final class FilesystemFixtureTree {

  static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};

  private FilesystemFixtureTree() {
  }

  /** Writes the tree into {@code root} (which must exist) and returns {@code root}. */
  static Path write(Path root) throws IOException {
    Files.createDirectories(root.resolve("src/main/java"));
    Files.createDirectories(root.resolve("docs/img"));
    Files.createDirectories(root.resolve("node_modules/lib"));
    Files.createDirectories(root.resolve("empty"));
    Files.writeString(root.resolve("README.md"), "# Demo\n\nA small project.\n");
    Files.writeString(root.resolve("notes.txt"), "alpha\nbeta\ngamma\ndelta\nepsilon\n");
    Files.writeString(root.resolve("windows.txt"), "one\r\ntwo\r\nthree\r\n");
    Files.writeString(root.resolve("no-newline.txt"), "first\nsecond");
    Files.writeString(root.resolve("src/main/java/App.java"), """
        public class App {
            public static void main(String[] args) {
                System.out.println("hello");
                int x = 1;
                int y = 2;
            }
        }
        """);
    Files.writeString(root.resolve("src/main/java/Util.java"), "class Util {}\n");
    Files.writeString(root.resolve("node_modules/lib/index.js"), "module.exports = 1;\n");
    Files.writeString(root.resolve(".hidden"), "secret-ish\n");
    Files.write(root.resolve("docs/img/logo.png"), PNG);
    Files.write(root.resolve("docs/data.bin"), new byte[] {0, 1, 2, 3, (byte) 0xff});
    Files.write(root.resolve("docs/big.log"), "x".repeat(3000).getBytes(StandardCharsets.UTF_8));
    Files.writeString(root.resolve("docs/Zebra.txt"), "z\n");
    Files.writeString(root.resolve("docs/apple.txt"), "a\n");
    Files.writeString(root.resolve("docs/Äpfel.txt"), "ä\n");
    Files.createSymbolicLink(root.resolve("link-to-readme"), Path.of("README.md"));
    Files.setPosixFilePermissions(root.resolve("notes.txt"),
        PosixFilePermissions.fromString("rw-r-----"));
    return root;
  }
}
