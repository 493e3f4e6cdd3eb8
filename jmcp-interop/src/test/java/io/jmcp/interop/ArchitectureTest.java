package io.jmcp.interop;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.jmcp.jsonrpc.JsonRpcPeer;
import io.jmcp.schema.ClientNotification;
import io.jmcp.schema.McpRequest;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The layers of VISION.md §3, enforced: a wrong import fails the build. */
class ArchitectureTest {

  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.jmcp");

  @Test
  void layersDependOnlyOnLayersBelow() {
    layeredArchitecture().consideringOnlyDependenciesInLayers()
        .layer("jsonrpc").definedBy("io.jmcp.jsonrpc..")
        .layer("schema").definedBy("io.jmcp.schema..")
        .layer("core").definedBy("io.jmcp.core..")
        .layer("server").definedBy("io.jmcp.server..")
        .layer("client").definedBy("io.jmcp.client..")
        .layer("transports").definedBy("io.jmcp.transport..")
        .layer("apps").definedBy("io.jmcp.test..", "io.jmcp.servers..", "io.jmcp.cli..",
            "io.jmcp.conformance..")
        .whereLayer("apps").mayNotBeAccessedByAnyLayer()
        .whereLayer("transports").mayOnlyBeAccessedByLayers("apps")
        .whereLayer("server").mayOnlyBeAccessedByLayers("transports", "apps")
        .whereLayer("client").mayOnlyBeAccessedByLayers("transports", "apps")
        .whereLayer("core").mayOnlyBeAccessedByLayers("server", "client", "transports", "apps")
        .whereLayer("schema")
        .mayOnlyBeAccessedByLayers("core", "server", "client", "transports", "apps")
        .check(CLASSES);
  }

  @Test
  void serverAndClientDoNotKnowEachOther() {
    noClasses().that().resideInAPackage("io.jmcp.server..")
        .should().dependOnClassesThat().resideInAPackage("io.jmcp.client..")
        .check(CLASSES);
    noClasses().that().resideInAPackage("io.jmcp.client..")
        .should().dependOnClassesThat().resideInAPackage("io.jmcp.server..")
        .check(CLASSES);
  }

  @Test
  void internalPackagesStayInternal() {
    noClasses().that().resideOutsideOfPackages("io.jmcp.server..")
        .should().dependOnClassesThat().resideInAPackage("io.jmcp.server.internal..")
        .check(CLASSES);
    noClasses().that().resideOutsideOfPackages("io.jmcp.client..")
        .should().dependOnClassesThat().resideInAPackage("io.jmcp.client.internal..")
        .check(CLASSES);
  }

  /** The JSON-RPC engine knows no MCP method name: not even as a string in its class files. */
  @Test
  void theEngineKnowsNoMcpMethod() throws Exception {
    List<String> methods = mcpMethodNames();
    assertThat(methods).contains("tools/call", "notifications/cancelled", "initialize");
    List<String> leaks = new ArrayList<>();
    for (Path classFile : engineClassFiles()) {
      String bytes = new String(Files.readAllBytes(classFile), StandardCharsets.ISO_8859_1);
      for (String method : methods) {
        if (method.contains("/") && bytes.contains(method)) {
          leaks.add(classFile.getFileName() + " mentions " + method);
        }
      }
    }
    assertThat(leaks).isEmpty();
  }

  private static List<String> mcpMethodNames() throws Exception {
    List<String> names = new ArrayList<>();
    for (var javaClass : CLASSES) {
      if (!javaClass.getPackageName().startsWith("io.jmcp.schema")) {
        continue;
      }
      Class<?> type = Class.forName(javaClass.getName());
      if (!McpRequest.class.isAssignableFrom(type)
          && !io.jmcp.schema.McpNotification.class.isAssignableFrom(type)) {
        continue;
      }
      try {
        Field method = type.getField("METHOD");
        if (Modifier.isStatic(method.getModifiers())) {
          names.add((String) method.get(null));
        }
      } catch (NoSuchFieldException notAMessage) {
        // an interface or helper type
      }
    }
    assertThat(ClientNotification.class).isNotNull();
    return names;
  }

  private static List<Path> engineClassFiles() throws IOException {
    URI location;
    try {
      location = JsonRpcPeer.class.getProtectionDomain().getCodeSource().getLocation().toURI();
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    Path root = Path.of(location);
    if (Files.isDirectory(root)) {
      try (Stream<Path> files = Files.walk(root.resolve("io/jmcp/jsonrpc"))) {
        return files.filter(p -> p.toString().endsWith(".class")).toList();
      }
    }
    FileSystem jar = FileSystems.newFileSystem(root, Map.of());
    try (Stream<Path> files = Files.walk(jar.getPath("io/jmcp/jsonrpc"))) {
      return files.filter(p -> p.toString().endsWith(".class")).toList();
    }
  }
}
