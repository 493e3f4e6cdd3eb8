package io.jmcp.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.jmcp.client.McpClient;
import io.jmcp.client.skills.LoadedSkill;
import io.jmcp.client.skills.SkillCatalog;
import io.jmcp.client.skills.SkillEntry;
import io.jmcp.client.skills.SkillVerificationException;
import io.jmcp.core.CallOptions;
import io.jmcp.core.skills.SkillDigest;
import io.jmcp.jsonrpc.ErrorCodes;
import io.jmcp.jsonrpc.JsonRpcException;
import io.jmcp.jsonrpc.JsonRpcMessage;
import io.jmcp.jsonrpc.JsonRpcRequest;
import io.jmcp.jsonrpc.JsonRpcResponse;
import io.jmcp.jsonrpc.RequestId;
import io.jmcp.schema.CacheHint;
import io.jmcp.schema.Implementation;
import io.jmcp.schema.McpJson;
import io.jmcp.schema.ProtocolVersion;
import io.jmcp.schema.content.BlobResourceContents;
import io.jmcp.schema.content.TextResourceContents;
import io.jmcp.schema.resources.Resource;
import io.jmcp.schema.skills.SkillsExtension;
import io.jmcp.server.McpServer;
import io.jmcp.server.McpServerBuilder;
import io.jmcp.server.skills.Skill;
import io.jmcp.server.skills.SkillLibrary;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A server publishing skills (SEP-2640) and the jmcp client reading them as a host would: the
 * extension in {@code server/discover}, {@code skills/list} and {@code skills/get} with every
 * file's digest and size, each {@code SKILL.md} as a listed resource, every file readable at its
 * {@code skill://} URI, and directories listed by {@code resources/directory/read}.
 */
class SkillsTest {

  static final String PDF_SKILL = """
      ---
      name: pdf-processing
      description: Extract, fill, and assemble PDF documents
      ---

      Use the forms reference for fillable PDFs.
      """;

  static final String REFUNDS_SKILL = """
      ---
      name: refunds
      description: "Refund a customer: check, approve, pay"
      license: Apache-2.0
      allowed-tools: Read Bash
      metadata:
        team: billing
        version: "3"
      ---

      Refunds over 500 need approval.
      """;

  private static final byte[] LOGO = {(byte) 0x89, 'P', 'N', 'G', 0, (byte) 0xff, 1, 2};

  private final List<TestConnection> connections = new ArrayList<>();

  @AfterEach
  void close() {
    connections.forEach(TestConnection::close);
  }

  static SkillLibrary library() {
    Skill pdf = Skill.ofText(Map.of(
        "SKILL.md", PDF_SKILL,
        "references/FORMS.md", "# Forms\n\nFill field by field.\n",
        "scripts/fill form.py", "print('filled')\n"));
    Map<String, byte[]> refunds = new LinkedHashMap<>();
    refunds.put("SKILL.md", REFUNDS_SKILL.getBytes(StandardCharsets.UTF_8));
    refunds.put("assets/logo.png", LOGO);
    return SkillLibrary.of(pdf, Skill.of("acme/billing/refunds", refunds));
  }

  private McpClient connect(UnaryOperator<McpServerBuilder> server) {
    McpServer built = server.apply(Fixtures.builder()).build();
    TestConnection connection = McpTestKit.open(built, client -> client);
    connections.add(connection);
    return connection.client();
  }

  private McpClient connect() {
    return connect(builder -> library().addTo(builder));
  }

  @Test
  void discoverDeclaresTheExtensionWithDirectoryReading() {
    McpClient client = connect();
    assertThat(client.isStateless()).isTrue();
    JsonNode settings = client.serverCapabilities().extensions().get(SkillsExtension.ID);
    assertThat(settings.toString()).isEqualTo("{\"directoryRead\":true}");
    assertThat(SkillCatalog.of(client).offered()).isTrue();
    assertThat(client.serverCapabilities().resources()).isNotNull();
  }

  @Test
  void aHostListsLoadsAndVerifiesEverySkill() {
    McpClient client = connect();
    SkillCatalog catalog = SkillCatalog.of(client);
    List<SkillEntry> skills = catalog.list();
    assertThat(skills).extracting(SkillEntry::uri).containsExactly(
        "skill://pdf-processing/SKILL.md", "skill://acme/billing/refunds/SKILL.md");

    SkillEntry refunds = skills.get(1);
    assertThat(refunds.name()).isEqualTo("refunds");
    assertThat(refunds.description()).isEqualTo("Refund a customer: check, approve, pay");
    // The frontmatter is the YAML as JSON, nested metadata included.
    assertThat(refunds.frontmatter().toString()).isEqualTo("{\"name\":\"refunds\","
        + "\"description\":\"Refund a customer: check, approve, pay\",\"license\":\"Apache-2.0\","
        + "\"allowed-tools\":\"Read Bash\",\"metadata\":{\"team\":\"billing\",\"version\":\"3\"}}");
    LoadedSkill loaded = catalog.load(refunds);
    assertThat(loaded.instructions()).isEqualTo(REFUNDS_SKILL);
    assertThat(loaded.frontmatter()).isEqualTo(refunds.frontmatter());

    assertThat(refunds.files()).extracting(file -> file.uri()).containsExactly(
        "skill://acme/billing/refunds/SKILL.md", "skill://acme/billing/refunds/assets/logo.png");
    assertThat(refunds.file("skill://acme/billing/refunds/assets/logo.png").digest())
        .isEqualTo(SkillDigest.of(LOGO));
    assertThat(catalog.read(refunds, "skill://acme/billing/refunds/assets/logo.png"))
        .isEqualTo(LOGO);

    SkillEntry pdf = skills.getFirst();
    assertThat(pdf.files()).extracting(file -> file.uri()).containsExactly(
        "skill://pdf-processing/SKILL.md", "skill://pdf-processing/references/FORMS.md",
        "skill://pdf-processing/scripts/fill%20form.py");
    for (var file : pdf.files()) {
      byte[] bytes = catalog.read(pdf, file.uri());
      assertThat(SkillDigest.of(bytes)).isEqualTo(file.digest());
      assertThat((long) bytes.length).isEqualTo(file.size());
    }
    assertThat(new String(catalog.read(pdf, "skill://pdf-processing/scripts/fill%20form.py"),
        StandardCharsets.UTF_8)).isEqualTo("print('filled')\n");
  }

  @Test
  void aHostRefusesAFileThatDoesNotMatchItsListing() {
    McpClient client = connect();
    SkillCatalog catalog = SkillCatalog.of(client);
    SkillEntry pdf = catalog.list().getFirst();
    ObjectNode forged = pdf.frontmatter();
    forged.put("description", "Something else");
    SkillEntry lying = new SkillEntry(pdf.uri(), forged, pdf.files());
    SkillVerificationException refused = catchThrowableOfType(SkillVerificationException.class,
        () -> catalog.load(lying));
    assertThat(refused.getMessage()).contains("frontmatter").contains("Something else");
  }

  @Test
  void skillsGetAnswersOneSkillAndRefusesUnknownOnes() {
    McpClient client = connect(builder -> library()
        .cacheHint(CacheHint.publicFor(Duration.ofMinutes(10))).addTo(builder));
    JsonNode got = client.request(SkillsExtension.GET,
        McpJson.object().put("uri", "skill://pdf-processing/SKILL.md"), CallOptions.DEFAULT);
    assertThat(got.path("skill").path("frontmatter").path("name").asString())
        .isEqualTo("pdf-processing");
    assertThat(got.path("skill").path("resources").size()).isEqualTo(3);
    assertThat(got.has("nextCursor")).isFalse();
    assertThat(got.path("ttlMs").asLong()).isEqualTo(600_000);
    assertThat(got.path("cacheScope").asString()).isEqualTo("public");
    assertThat(got.path("resultType").asString()).isEqualTo("complete");

    for (ObjectNode bad : List.of(McpJson.object().put("uri", "skill://nope/SKILL.md"),
        McpJson.object().put("uri", "skill://pdf-processing"), McpJson.object().put("uri", 7),
        McpJson.object())) {
      JsonRpcException refused = catchThrowableOfType(JsonRpcException.class,
          () -> client.request(SkillsExtension.GET, bad, CallOptions.DEFAULT));
      assertThat(refused.code()).as("skills/get %s", bad).isEqualTo(ErrorCodes.INVALID_PARAMS);
    }
  }

  @Test
  void eachSkillMdIsAListedResourceAndEveryFileIsReadable() {
    McpClient client = connect();
    Resource listed = client.listResources().stream()
        .filter(resource -> resource.uri().equals("skill://pdf-processing/SKILL.md"))
        .findFirst().orElseThrow();
    assertThat(listed.name()).isEqualTo("pdf-processing");
    assertThat(listed.description()).isEqualTo("Extract, fill, and assemble PDF documents");
    assertThat(listed.mimeType()).isEqualTo("text/markdown");
    assertThat(listed.size()).isEqualTo(PDF_SKILL.getBytes(StandardCharsets.UTF_8).length);

    assertThat(client.readResource("skill://pdf-processing/references/FORMS.md").contents())
        .singleElement().isInstanceOfSatisfying(TextResourceContents.class, text -> {
          assertThat(text.mimeType()).isEqualTo("text/markdown");
          assertThat(text.text()).startsWith("# Forms");
        });
    assertThat(client.readResource("skill://acme/billing/refunds/assets/logo.png").contents())
        .singleElement().isInstanceOfSatisfying(BlobResourceContents.class, blob -> {
          assertThat(blob.mimeType()).isEqualTo("image/png");
          assertThat(blob.bytes()).isEqualTo(LOGO);
        });
    for (String missing : List.of("skill://pdf-processing/references", "skill://pdf-processing/x",
        "skill://pdf-processing/../acme/billing/refunds/SKILL.md")) {
      JsonRpcException refused = catchThrowableOfType(JsonRpcException.class,
          () -> client.readResource(missing));
      assertThat(refused.code()).as(missing).isEqualTo(ErrorCodes.INVALID_PARAMS);
    }
  }

  @Test
  void directoriesListTheirChildren() {
    McpClient client = connect();
    assertThat(children(client, "skill://pdf-processing")).containsExactly(
        "SKILL.md text/markdown", "references inode/directory", "scripts inode/directory");
    assertThat(children(client, "skill://pdf-processing/references/"))
        .containsExactly("FORMS.md text/markdown");
    assertThat(children(client, "skill://pdf-processing/scripts"))
        .containsExactly("fill form.py text/x-python");
    assertThat(children(client, "skill://acme")).containsExactly("billing inode/directory");
    assertThat(children(client, "skill://"))
        .containsExactly("acme inode/directory", "pdf-processing inode/directory");

    JsonNode listing = client.request(SkillsExtension.DIRECTORY_READ,
        McpJson.object().put("uri", "skill://pdf-processing/scripts"), CallOptions.DEFAULT);
    assertThat(listing.path("resources").get(0).path("uri").asString())
        .isEqualTo("skill://pdf-processing/scripts/fill%20form.py");
    assertThat(listing.path("resources").get(0).path("size").asInt()).isEqualTo(16);

    for (String notADirectory : List.of("skill://pdf-processing/SKILL.md", "skill://nope",
        "file:///etc", "skill://pdf-processing/%zz")) {
      JsonRpcException refused = catchThrowableOfType(JsonRpcException.class,
          () -> client.request(SkillsExtension.DIRECTORY_READ,
              McpJson.object().put("uri", notADirectory), CallOptions.DEFAULT));
      assertThat(refused.code()).as(notADirectory).isEqualTo(ErrorCodes.INVALID_PARAMS);
    }
  }

  @Test
  void manySkillsArePagedWithoutRepeats() {
    List<Skill> many = new ArrayList<>();
    for (int i = 0; i < 230; i++) {
      many.add(Skill.ofText(Map.of("SKILL.md",
          "---\nname: skill-" + i + "\ndescription: number " + i + "\n---\n")));
    }
    McpClient client = connect(builder -> SkillLibrary.of(many).addTo(builder));
    List<SkillEntry> listed = SkillCatalog.of(client).list();
    assertThat(listed).hasSize(230);
    Set<String> uris = new HashSet<>();
    listed.forEach(entry -> uris.add(entry.uri()));
    assertThat(uris).hasSize(230);
    JsonRpcException forged = catchThrowableOfType(JsonRpcException.class,
        () -> client.request(SkillsExtension.LIST, McpJson.object().put("cursor", "bogus"),
            CallOptions.DEFAULT));
    assertThat(forged.code()).isEqualTo(ErrorCodes.INVALID_PARAMS);
  }

  @Test
  void withoutDirectoryReadingTheMethodIsNotThere() {
    McpClient client = connect(builder -> library().directoryRead(false).addTo(builder));
    assertThat(client.serverCapabilities().extensions().get(SkillsExtension.ID).toString())
        .isEqualTo("{}");
    JsonRpcException refused = catchThrowableOfType(JsonRpcException.class,
        () -> client.request(SkillsExtension.DIRECTORY_READ,
            McpJson.object().put("uri", "skill://pdf-processing"), CallOptions.DEFAULT));
    assertThat(refused.code()).isEqualTo(ErrorCodes.METHOD_NOT_FOUND);
  }

  /** The extension is 2026-07-28's; a handshake client still reaches the methods and files. */
  @Test
  void aLegacyClientCanStillAskForSkills() {
    McpServer server = library().addTo(Fixtures.builder()).build();
    TestConnection connection = McpTestKit.open(server,
        client -> client.protocolVersion(ProtocolVersion.V2025_11_25));
    connections.add(connection);
    McpClient client = connection.client();
    assertThat(client.serverCapabilities().extensions()).isNull();
    JsonNode listed = client.request(SkillsExtension.LIST, McpJson.object(), CallOptions.DEFAULT);
    assertThat(listed.path("skills").size()).isEqualTo(2);
    assertThat(listed.has("resultType")).isFalse();
    JsonRpcException missing = catchThrowableOfType(JsonRpcException.class,
        () -> client.readResource("skill://pdf-processing/nothing"));
    assertThat(missing.code()).isEqualTo(ErrorCodes.RESOURCE_NOT_FOUND);
  }

  /** The traffic the schema defines stays valid; extension messages are checked above. */
  @Test
  void theStandardTrafficStaysSchemaValid() {
    McpServer server = library().addTo(Fixtures.builder()).build();
    TestConnection connection = McpTestKit.open(server, client -> client);
    connections.add(connection);
    SkillCatalog catalog = SkillCatalog.of(connection.client());
    for (SkillEntry skill : catalog.list()) {
      catalog.load(skill);
    }
    connection.client().listResources();
    connection.client().listResourceTemplates();
    assertThat(ProtocolSchema.violations(withoutExtensionMethods(connection.wire())))
        .isEmpty();
  }

  private static List<WireRecorder.Recorded> withoutExtensionMethods(WireRecorder wire) {
    Set<RequestId> extension = new HashSet<>();
    List<WireRecorder.Recorded> kept = new ArrayList<>();
    for (WireRecorder.Recorded recorded : wire.messages()) {
      JsonRpcMessage message = recorded.message();
      if (message instanceof JsonRpcRequest request && request.method().startsWith("skills/")) {
        extension.add(request.id());
      } else if (!(message instanceof JsonRpcResponse response
          && extension.contains(response.id()))) {
        kept.add(recorded);
      }
    }
    return kept;
  }

  private static List<String> children(McpClient client, String uri) {
    JsonNode listing = client.request(SkillsExtension.DIRECTORY_READ,
        McpJson.object().put("uri", uri), CallOptions.DEFAULT);
    List<String> children = new ArrayList<>();
    listing.path("resources").forEach(child -> children.add(
        child.path("name").asString() + " " + child.path("mimeType").asString()));
    return children;
  }
}
