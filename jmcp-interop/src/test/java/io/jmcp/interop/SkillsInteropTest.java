package io.jmcp.interop;

import static org.assertj.core.api.Assertions.assertThat;

import io.jmcp.client.McpClient;
import io.jmcp.client.skills.LoadedSkill;
import io.jmcp.client.skills.SkillCatalog;
import io.jmcp.client.skills.SkillEntry;
import io.jmcp.client.skills.SkillFile;
import io.jmcp.core.CallOptions;
import io.jmcp.jsonrpc.Transport;
import io.jmcp.schema.Implementation;
import io.jmcp.schema.McpJson;
import io.jmcp.schema.skills.SkillsExtension;
import io.jmcp.servers.skills.SkillsServer;
import io.jmcp.transport.http.client.StreamableHttpClientTransport;
import io.jmcp.transport.http.server.McpHttpServer;
import io.jmcp.transport.stdio.StdioClientTransport;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The skills extension (SEP-2640) across implementations: the official TypeScript SDK v2's
 * skills host ({@code SkillsClient}, which verifies every file against the listing) reads
 * {@code jmcp server skills}, and jmcp's {@link SkillCatalog} reads skills the official SDK's
 * {@code SkillsExtension} publishes; over stdio and Streamable HTTP.
 */
class SkillsInteropTest {

  private static final byte[] BINARY = {(byte) 0x89, 'P', 'N', 'G', 0, (byte) 0xff, 7};

  private static void writeSkills(Path root) throws IOException {
    write(root.resolve("pdf-processing/SKILL.md"), """
        ---
        name: pdf-processing
        description: Extract, fill, and assemble PDF documents
        metadata:
          team: docs
          reviewed: "2026-11-01"
        ---

        Read references/FORMS.md before filling a form.
        """);
    write(root.resolve("pdf-processing/references/FORMS.md"), "# Forms\n\nField by field.\n");
    write(root.resolve("pdf-processing/scripts/fill.py"), "print('filled')\n");
    write(root.resolve("acme/billing/refunds/SKILL.md"), """
        ---
        name: refunds
        description: "Refund a customer: check, approve, pay"
        ---

        Refunds over 500 need approval.
        """);
    Files.createDirectories(root.resolve("acme/billing/refunds/assets"));
    Files.write(root.resolve("acme/billing/refunds/assets/logo.png"), BINARY);
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  @Test
  void theOfficialHostReadsTheJmcpSkillsServerOverStdio(@TempDir Path root) throws IOException {
    writeSkills(root);
    assertOfficialHostReadEverything(run(List.of("--skills", "--",
        NodeTools.repositoryRoot().resolve("jmcp").toString(), "server", "skills",
        root.toString())));
  }

  @Test
  void theOfficialHostReadsTheJmcpSkillsServerOverHttp(@TempDir Path root) throws IOException {
    writeSkills(root);
    try (McpHttpServer http = McpHttpServer.builder(SkillsServer.create(root)).port(0).start()) {
      assertOfficialHostReadEverything(run(List.of("--skills", "--url",
          http.endpoint().toString())));
    }
  }

  private static void assertOfficialHostReadEverything(JsonNode report) {
    assertThat(report.path("errors").size()).as("errors: %s", report.path("errors")).isZero();
    assertThat(report.path("era").asString()).isEqualTo("modern");
    JsonNode skills = report.path("skills");
    assertThat(skills.path("supported").asBoolean()).isTrue();
    assertThat(skills.path("directoryRead").asBoolean()).isTrue();
    List<String> uris = new ArrayList<>();
    skills.path("entries").forEach(entry -> uris.add(entry.path("uri").asString()));
    assertThat(uris).containsExactly("skill://acme/billing/refunds/SKILL.md",
        "skill://pdf-processing/SKILL.md");

    JsonNode refunds = skills.path("entries").get(0);
    assertThat(refunds.path("got").asBoolean()).isTrue();
    assertThat(refunds.path("children").toString())
        .isEqualTo("[\"SKILL.md text/markdown\",\"assets inode/directory\"]");
    JsonNode logo = refunds.path("files").get(1);
    assertThat(logo.path("uri").asString())
        .isEqualTo("skill://acme/billing/refunds/assets/logo.png");
    assertThat(logo.path("verified").asBoolean()).isTrue();
    assertThat(logo.path("size").asInt()).isEqualTo(BINARY.length);
    assertThat(logo.path("text").asBoolean()).isFalse();

    JsonNode pdf = skills.path("entries").get(1);
    assertThat(pdf.path("frontmatter").path("metadata").toString())
        .isEqualTo("{\"team\":\"docs\",\"reviewed\":\"2026-11-01\"}");
    assertThat(pdf.path("files").size()).isEqualTo(3);
    pdf.path("files").forEach(file -> assertThat(file.path("verified").asBoolean())
        .as("%s", file).isTrue());
  }

  @Test
  void jmcpReadsTheOfficialSkillsExtensionOverStdio(@TempDir Path dir) {
    List<String> command = NodeTools.node(NodeTools.modernServer(), "--stdio", "--skills");
    readOfficialSkills(StdioClientTransport.builder(command.getFirst(),
        command.subList(1, command.size()).toArray(String[]::new)).directory(dir).build());
  }

  @Test
  void jmcpReadsTheOfficialSkillsExtensionOverHttp(@TempDir Path dir) {
    try (ListeningProcess server = ListeningProcess.start(
        NodeTools.node(NodeTools.modernServer(), "--http", "--skills"), dir, Map.of(),
        Pattern.compile("listening on (http://\\S+)"))) {
      readOfficialSkills(StreamableHttpClientTransport.builder(URI.create(server.readyGroup(1)))
          .build());
    }
  }

  private static void readOfficialSkills(Transport transport) {
    try (McpClient client = McpClient.builder(Implementation.of("jmcp-skills-host", "1.0.0"))
        .connect(transport)) {
      SkillCatalog catalog = SkillCatalog.of(client);
      assertThat(catalog.offered()).isTrue();
      List<SkillEntry> skills = catalog.list();
      assertThat(skills).extracting(SkillEntry::uri).containsExactlyInAnyOrder(
          "skill://pdf-processing/SKILL.md", "skill://acme/billing/refunds/SKILL.md");
      for (SkillEntry skill : skills) {
        LoadedSkill loaded = catalog.load(skill);
        assertThat(loaded.frontmatter().path("name").asString()).isEqualTo(skill.name());
        for (SkillFile file : skill.files()) {
          assertThat(catalog.read(skill, file.uri())).hasSize(file.size().intValue());
        }
      }
      SkillEntry pdf = skills.stream().filter(skill -> skill.name().equals("pdf-processing"))
          .findFirst().orElseThrow();
      assertThat(pdf.frontmatter().path("metadata").path("team").asString()).isEqualTo("docs");
      SkillEntry refunds = skills.stream().filter(skill -> skill.name().equals("refunds"))
          .findFirst().orElseThrow();
      assertThat(catalog.read(refunds, "skill://acme/billing/refunds/assets/logo.png"))
          .containsExactly(0x89, 0x50, 0x4e, 0x47, 0, 0xff);

      JsonNode children = client.request(SkillsExtension.DIRECTORY_READ,
          McpJson.object().put("uri", "skill://pdf-processing"), CallOptions.DEFAULT);
      List<String> names = new ArrayList<>();
      children.path("resources").forEach(child -> names.add(child.path("name").asString()));
      assertThat(names).contains("SKILL.md", "references");
    }
  }

  private static JsonNode run(List<String> arguments) {
    CommandResult result = NodeTools.run(
        NodeTools.node(NodeTools.modernClient(), arguments.toArray(String[]::new)),
        Duration.ofMinutes(2));
    assertThat(result.exitCode()).as(result.describe()).isZero();
    return NodeTools.parseJson(result.stdout());
  }
}
