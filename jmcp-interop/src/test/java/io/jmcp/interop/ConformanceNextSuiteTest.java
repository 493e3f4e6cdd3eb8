package io.jmcp.interop;

import static org.assertj.core.api.Assertions.assertThat;

import io.jmcp.conformance.ConformanceServer;
import io.jmcp.transport.http.server.McpHttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The official conformance suite at 0.2.0-alpha.12 (npm alias {@code conformance-next}), scenario
 * by scenario: every scenario of its frozen requirement sets for 2025-11-25 and for 2026-07-28
 * (scored and not scored alike), run at that revision's wire, server and client, and every
 * extension scenario; {@code auth/...} client scenarios wait for authorization. Each must pass
 * with no failure and no warning; there is no expected-failures file.
 */
class ConformanceNextSuiteTest {

  private static final String PACKAGE = "conformance-next";
  private static final Duration SCENARIO_TIMEOUT = Duration.ofMinutes(3);
  private static final List<String> REVISIONS = List.of("2025-11-25", "2026-07-28");
  /** The suite's own check here is pending: it reports one SKIPPED check and nothing else. */
  private static final Set<String> NOTHING_TO_CHECK = Set.of("tasks-status-notifications");

  private static McpHttpServer server;

  @BeforeAll
  static void start() {
    server = McpHttpServer.builder(ConformanceServer.create()).start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static List<String> suite(String... arguments) {
    List<String> command = new ArrayList<>(NodeTools.node(
        NodeTools.packageBin(PACKAGE, "conformance")));
    command.addAll(List.of(arguments));
    return command;
  }

  /** The scenarios a requirement set runs for one side ({@code server} or {@code client}). */
  static List<String> required(String revision, String side) {
    Path file = NodeTools.packageDirectory(PACKAGE).resolve("requirements/" + revision + ".yaml");
    List<String> lines;
    try {
      lines = Files.readAllLines(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Set<String> names = new LinkedHashSet<>();
    String section = "";
    String pending = null;
    for (String line : lines) {
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      if (!line.startsWith(" ")) {
        section = line.replace(":", "").strip();
        continue;
      }
      String item = line.strip();
      if (section.equals(side) && item.startsWith("- ")) {
        names.add(item.substring(2).strip());
      } else if (section.equals("not_scored") && item.startsWith("- scenario:")) {
        pending = item.substring("- scenario:".length()).strip();
      } else if (section.equals("not_scored") && item.startsWith("leg:") && pending != null) {
        if (item.substring("leg:".length()).strip().equals(side)) {
          names.add(pending);
        }
        pending = null;
      }
    }
    assertThat(names).as("scenarios of %s for %s", revision, side).isNotEmpty();
    return List.copyOf(names);
  }

  /** The extension scenarios the suite lists for a side ({@code --server} or {@code --client}). */
  private static List<String> extensions(String side) {
    CommandResult list = NodeTools.run(suite("list", side), SCENARIO_TIMEOUT);
    assertThat(list.exitCode()).as(list.describe()).isZero();
    List<String> names = new ArrayList<>();
    for (String line : list.stdout().split("\n")) {
      String trimmed = line.strip();
      if (trimmed.startsWith("- ") && trimmed.endsWith("[extension]")) {
        names.add(trimmed.substring(2).split(" ")[0]);
      }
    }
    assertThat(names).as("extension scenarios for " + side).isNotEmpty();
    return names;
  }

  private static void assertClean(String scenario, CommandResult result) {
    String report = result.stdout() + result.stderr();
    assertThat(result.exitCode()).as(result.describe()).isZero();
    assertThat(report).as(result.describe()).doesNotContain("SKIPPED: ")
        .containsPattern(NOTHING_TO_CHECK.contains(scenario)
            ? "Passed: \\d+/\\d+, 0 failed, 0 warnings"
            : "Passed: [1-9]\\d*/\\d+, 0 failed, 0 warnings")
        .doesNotContain("FAILURE").doesNotContain("WARNING");
  }

  private static DynamicTest serverTest(String scenario, String... wire) {
    return DynamicTest.dynamicTest(scenario, () -> {
      List<String> arguments = new ArrayList<>(List.of("server", "--url",
          "http://localhost:" + server.port() + "/mcp", "--scenario", scenario));
      arguments.addAll(List.of(wire));
      assertClean(scenario, NodeTools.run(suite(arguments.toArray(String[]::new)),
          SCENARIO_TIMEOUT));
    });
  }

  private static DynamicTest clientTest(String scenario, String... wire) {
    String client = NodeTools.repositoryRoot().resolve("jmcp") + " conformance client";
    return DynamicTest.dynamicTest(scenario, () -> {
      List<String> arguments = new ArrayList<>(List.of("client", "--command", client,
          "--scenario", scenario));
      arguments.addAll(List.of(wire));
      CommandResult result = NodeTools.run(suite(arguments.toArray(String[]::new)),
          SCENARIO_TIMEOUT);
      assertClean(scenario, result);
      assertThat(result.stdout() + result.stderr()).contains("OVERALL: PASSED");
    });
  }

  @TestFactory
  Stream<DynamicNode> everyServerScenario() {
    List<DynamicNode> nodes = new ArrayList<>();
    for (String revision : REVISIONS) {
      nodes.add(DynamicContainer.dynamicContainer("server at " + revision,
          required(revision, "server").stream()
              .map(name -> serverTest(name, "--spec-version", revision, "--force"))));
    }
    nodes.add(DynamicContainer.dynamicContainer("server extensions",
        extensions("--server").stream().map(name -> serverTest(name))));
    return nodes.stream();
  }

  @TestFactory
  Stream<DynamicNode> everyClientScenarioButAuth() {
    List<DynamicNode> nodes = new ArrayList<>();
    for (String revision : REVISIONS) {
      nodes.add(DynamicContainer.dynamicContainer("client at " + revision,
          required(revision, "client").stream().filter(name -> !name.startsWith("auth/"))
              .map(name -> clientTest(name, "--spec-version", revision, "--force"))));
    }
    List<String> extensions = extensions("--client").stream()
        .filter(name -> !name.startsWith("auth/")).toList();
    nodes.add(DynamicContainer.dynamicContainer("client extensions",
        extensions.stream().map(name -> clientTest(name))));
    nodes.add(DynamicContainer.dynamicContainer("client extensions at 2026-07-28",
        extensions.stream().map(name -> clientTest(name, "--spec-version", "2026-07-28",
            "--force"))));
    return nodes.stream();
  }
}
