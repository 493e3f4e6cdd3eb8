package io.jmcp.client.skills;

import io.jmcp.client.McpClient;
import io.jmcp.core.CallOptions;
import io.jmcp.core.skills.SkillDigest;
import io.jmcp.core.skills.SkillFrontmatter;
import io.jmcp.jsonrpc.ErrorCodes;
import io.jmcp.jsonrpc.JsonRpcException;
import io.jmcp.schema.McpJson;
import io.jmcp.schema.content.BlobResourceContents;
import io.jmcp.schema.content.ResourceContents;
import io.jmcp.schema.content.TextResourceContents;
import io.jmcp.schema.resources.ReadResourceResult;
import io.jmcp.schema.skills.SkillsExtension;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A server's skills, seen from the host: {@link #list} describes them without reading any file
 * (no prefetching), {@link #load} reads one's {@code SKILL.md} and refuses it unless its size,
 * digest and frontmatter are what the listing said, and {@link #read} does the same for the
 * skill's other files.
 */
public final class SkillCatalog {

  /** The extension's identifier. */
  public static final String EXTENSION = SkillsExtension.ID;

  private static final int MAX_PAGES = 50;

  private final McpClient client;

  private SkillCatalog(McpClient client) {
    this.client = client;
  }

  public static SkillCatalog of(McpClient client) {
    return new SkillCatalog(client);
  }

  /** Whether the server declared the extension. */
  public boolean offered() {
    Map<String, JsonNode> extensions = client.serverCapabilities().extensions();
    return extensions != null && extensions.containsKey(EXTENSION);
  }

  /** Every skill, across pages; no skill file is read. */
  public List<SkillEntry> list() {
    List<SkillEntry> skills = new ArrayList<>();
    Set<String> cursors = new HashSet<>();
    String cursor = null;
    for (int page = 0; page < MAX_PAGES; page++) {
      ObjectNode params = McpJson.object();
      if (cursor != null) {
        params.put("cursor", cursor);
      }
      JsonNode result = client.request(SkillsExtension.LIST, params, CallOptions.DEFAULT);
      for (JsonNode skill : result.path("skills")) {
        skills.add(entry(skill));
      }
      JsonNode next = result.get("nextCursor");
      if (next == null || !next.isString() || !cursors.add(next.asString())) {
        return skills;
      }
      cursor = next.asString();
    }
    return skills;
  }

  /**
   * Reads and checks {@code skill}'s {@code SKILL.md}.
   *
   * @throws SkillVerificationException if it is not what the listing promised
   */
  public LoadedSkill load(SkillEntry skill) {
    String text = text(read(skill, skill.uri()));
    ObjectNode parsed;
    try {
      parsed = SkillFrontmatter.parse(text);
    } catch (IllegalArgumentException e) {
      throw new SkillVerificationException(skill.uri() + ": " + e.getMessage());
    }
    if (!parsed.equals(skill.frontmatter())) {
      throw new SkillVerificationException("The frontmatter of " + skill.uri() + " is " + parsed
          + ", but the listing said " + skill.frontmatter());
    }
    return new LoadedSkill(skill, text, parsed);
  }

  /**
   * Reads one file of {@code skill} and checks it against the listing.
   *
   * @throws SkillVerificationException if its size or digest differ
   */
  public byte[] read(SkillEntry skill, String uri) {
    ReadResourceResult result = client.readResource(uri);
    if (result.contents().isEmpty()) {
      throw new SkillVerificationException(uri + " has no contents");
    }
    byte[] bytes = bytes(result.contents().getFirst());
    SkillFile listed = skill.file(uri);
    if (listed != null) {
      if (listed.size() != null && listed.size() != bytes.length) {
        throw new SkillVerificationException(uri + " is " + bytes.length
            + " bytes, but the listing said " + listed.size());
      }
      if (listed.digest() != null && !listed.digest().equals(SkillDigest.of(bytes))) {
        throw new SkillVerificationException(uri + " does not match its listed digest "
            + listed.digest());
      }
    }
    return bytes;
  }

  private static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private static byte[] bytes(ResourceContents contents) {
    return switch (contents) {
      case TextResourceContents text -> text.text().getBytes(StandardCharsets.UTF_8);
      case BlobResourceContents blob -> blob.bytes();
    };
  }

  private static SkillEntry entry(JsonNode skill) {
    if (!skill.path("uri").isString()) {
      throw new JsonRpcException(ErrorCodes.INTERNAL_ERROR,
          "Invalid skills/list result: a skill without uri");
    }
    ObjectNode frontmatter = skill.get("frontmatter") instanceof ObjectNode object ? object
        : McpJson.object();
    List<SkillFile> files = null;
    JsonNode resources = skill.get("resources");
    if (resources != null && resources.isArray()) {
      files = new ArrayList<>();
      for (JsonNode file : resources) {
        files.add(new SkillFile(file.path("uri").asString(),
            file.path("digest").isString() ? file.get("digest").asString() : null,
            file.path("size").isIntegralNumber() ? file.get("size").asLong() : null));
      }
    }
    return new SkillEntry(skill.get("uri").asString(), frontmatter, files);
  }
}
