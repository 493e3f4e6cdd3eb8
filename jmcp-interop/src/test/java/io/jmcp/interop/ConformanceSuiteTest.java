package io.jmcp.interop;

import static org.assertj.core.api.Assertions.assertThat;

import io.jmcp.conformance.ConformanceServer;
import io.jmcp.transport.http.server.McpHttpServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The official conformance suite, pinned at 0.1.16, scenario by scenario (its suite mode runs
 * clients concurrently and hides failures): every server scenario, pending ones included, and
 * every client scenario except {@code auth/...} (they come with authorization). Each must pass
 * with no failure and no warning; there is no expected-failures file.
 */
class ConformanceSuiteTest {

  private static final Duration SCENARIO_TIMEOUT = Duration.ofMinutes(3);
  private static McpHttpServer server;

  @BeforeAll
  static void start() {
    server = McpHttpServer.builder(ConformanceServer.create()).start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static List<String> conformance(String... arguments) {
    List<String> command = new ArrayList<>(NodeTools.node(
        NodeTools.packageBin("@modelcontextprotocol/conformance", "conformance")));
    command.addAll(List.of(arguments));
    return command;
  }

  /** The scenarios {@code conformance list} prints for a side. */
  private static List<String> scenarios(String side) {
    CommandResult list = NodeTools.run(conformance("list", side), SCENARIO_TIMEOUT);
    assertThat(list.exitCode()).as(list.describe()).isZero();
    List<String> names = new ArrayList<>();
    for (String line : list.stdout().split("\n")) {
      String trimmed = line.trim();
      if (trimmed.startsWith("- ")) {
        names.add(trimmed.substring(2).split(" ")[0]);
      }
    }
    assertThat(names).as("scenarios listed for " + side).isNotEmpty();
    return names;
  }

  /** Exit 0 and a clean tally; the suite reports on stdout (server) or stderr (client). */
  private static void assertClean(CommandResult result) {
    String report = result.stdout() + result.stderr();
    assertThat(result.exitCode()).as(result.describe()).isZero();
    assertThat(report).as(result.describe())
        .containsPattern("Passed: [1-9]\\d*/\\d+, 0 failed, 0 warnings")
        .doesNotContain("FAILURE").doesNotContain("WARNING");
  }

  @TestFactory
  Stream<DynamicTest> everyServerScenario() {
    String url = "http://localhost:" + server.port() + "/mcp";
    List<String> names = scenarios("--server");
    assertThat(names).hasSize(32);
    return names.stream().map(name -> DynamicTest.dynamicTest(name, () ->
        assertClean(NodeTools.run(conformance("server", "--url", url, "--scenario", name),
            SCENARIO_TIMEOUT))));
  }

  @TestFactory
  Stream<DynamicTest> everyClientScenarioButAuth() {
    String client = NodeTools.repositoryRoot().resolve("jmcp") + " conformance client";
    List<String> names = scenarios("--client").stream()
        .filter(name -> !name.startsWith("auth/")).toList();
    assertThat(names).containsExactlyInAnyOrder("initialize", "tools_call",
        "elicitation-sep1034-client-defaults", "sse-retry");
    return names.stream().map(name -> DynamicTest.dynamicTest(name, () -> {
      CommandResult result = NodeTools.run(conformance("client", "--command", client,
          "--scenario", name), SCENARIO_TIMEOUT);
      assertClean(result);
      assertThat(result.stdout() + result.stderr()).contains("OVERALL: PASSED");
    }));
  }
}
