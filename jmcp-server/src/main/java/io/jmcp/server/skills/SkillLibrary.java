package io.jmcp.server.skills;

import io.jmcp.jsonrpc.ErrorCodes;
import io.jmcp.jsonrpc.JsonRpcException;
import io.jmcp.schema.CacheHint;
import io.jmcp.schema.McpJson;
import io.jmcp.schema.content.BlobResourceContents;
import io.jmcp.schema.content.ResourceContents;
import io.jmcp.schema.content.TextResourceContents;
import io.jmcp.schema.resources.ReadResourceResult;
import io.jmcp.schema.resources.Resource;
import io.jmcp.schema.resources.ResourceTemplate;
import io.jmcp.schema.skills.SkillsExtension;
import io.jmcp.server.McpServerBuilder;
import io.jmcp.server.ServerResource;
import io.jmcp.server.ServerResourceTemplate;
import io.jmcp.server.internal.Pagination;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The skills a server publishes through the skills extension (SEP-2640), and what it takes to
 * serve them: {@link #addTo} declares {@code io.modelcontextprotocol/skills}, answers
 * {@code skills/list}, {@code skills/get} and {@code resources/directory/read}, lists each
 * {@code SKILL.md} as a resource and makes every file readable at its {@code skill://} URI.
 *
 * <pre>{@code
 * McpServerBuilder server = McpServer.builder(info);
 * SkillLibrary.fromDirectory(Path.of("skills")).addTo(server);
 * }</pre>
 *
 * <p>Each listing gives every file with its size and SHA-256 digest, so a host can check what it
 * reads; the library is read once, when it is made.
 */
public final class SkillLibrary {

  private static final int PAGE_SIZE = 100;

  private final List<Skill> skills;
  private final Map<String, Skill> byPath;
  private final CacheHint cacheHint;
  private final boolean directoryRead;

  private SkillLibrary(List<Skill> skills, CacheHint cacheHint, boolean directoryRead) {
    this.skills = List.copyOf(skills);
    this.cacheHint = cacheHint;
    this.directoryRead = directoryRead;
    this.byPath = new LinkedHashMap<>();
    Set<String> names = new HashSet<>();
    for (Skill skill : this.skills) {
      if (byPath.putIfAbsent(skill.path(), skill) != null) {
        throw new IllegalArgumentException("two skills at skill://" + skill.path());
      }
      if (!names.add(skill.name())) {
        throw new IllegalArgumentException("two skills named " + skill.name()
            + "; hosts tell skills apart by name");
      }
    }
    for (Skill skill : this.skills) {
      for (Skill other : this.skills) {
        if (other != skill && other.path().startsWith(skill.path() + "/")) {
          throw new IllegalArgumentException("skill://" + other.path() + " is inside skill://"
              + skill.path());
        }
      }
    }
  }

  public static SkillLibrary of(Skill... skills) {
    return of(List.of(skills));
  }

  public static SkillLibrary of(List<Skill> skills) {
    return new SkillLibrary(skills, CacheHint.NONE, true);
  }

  /**
   * Every skill under {@code root}: each directory holding a {@code SKILL.md} is a skill, at its
   * path relative to {@code root} (its whole folder belongs to it). Hidden files and directories
   * (a name starting with {@code .}) and symbolic links are left out.
   */
  public static SkillLibrary fromDirectory(Path root) {
    if (!Files.isDirectory(root)) {
      throw new IllegalArgumentException(root + " is not a directory");
    }
    List<Path> folders = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(root)) {
      walk.filter(file -> file.getFileName() != null
              && file.getFileName().toString().equals(SkillsExtension.SKILL_FILE)
              && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
              && !Skill.isHidden(root.relativize(file)))
          .map(Path::getParent)
          .sorted()
          .forEach(folder -> {
            if (folders.stream().noneMatch(folder::startsWith)) {
              folders.add(folder);
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the skills in " + root, e);
    }
    List<Skill> skills = new ArrayList<>();
    for (Path folder : folders) {
      String path = folder.equals(root) ? "" : Skill.relativeName(root.relativize(folder));
      try {
        skills.add(path.isEmpty() ? Skill.fromDirectory(folder)
            : Skill.fromDirectory(path, folder));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("the skill in " + folder + ": " + e.getMessage(), e);
      }
    }
    return of(skills);
  }

  /** How long hosts may reuse {@code skills/list} and {@code skills/get} results (none by default). */
  public SkillLibrary cacheHint(CacheHint hint) {
    return new SkillLibrary(skills, Objects.requireNonNull(hint), directoryRead);
  }

  /** Whether to answer {@code resources/directory/read} (on by default). */
  public SkillLibrary directoryRead(boolean value) {
    return new SkillLibrary(skills, cacheHint, value);
  }

  public List<Skill> skills() {
    return skills;
  }

  /** Makes {@code server} publish these skills; returns it. */
  public McpServerBuilder addTo(McpServerBuilder server) {
    ObjectNode settings = McpJson.object();
    if (directoryRead) {
      settings.put(SkillsExtension.DIRECTORY_READ_SETTING, true);
    }
    server.extension(SkillsExtension.ID, settings);
    server.method(SkillsExtension.LIST, (params, context) -> list(params));
    server.method(SkillsExtension.GET, (params, context) -> get(params));
    if (directoryRead) {
      server.method(SkillsExtension.DIRECTORY_READ, (params, context) -> directory(params));
    }
    for (Skill skill : skills) {
      byte[] bytes = skill.bytes(SkillsExtension.SKILL_FILE);
      Resource resource = new Resource(skill.uri(), skill.name(), null, skill.description(),
          SkillsExtension.SKILL_MIME_TYPE, (long) bytes.length, null, null, null, Map.of());
      server.resource(new ServerResource(resource,
          (uri, context) -> ReadResourceResult.of(contents(skill, SkillsExtension.SKILL_FILE))));
    }
    server.resourceTemplate(new ServerResourceTemplate(
        new ResourceTemplate(SkillsExtension.SCHEME + "://{+path}", "skill-file", null,
            "A file of one of the server's skills", null, null, null, null, Map.of()),
        (uri, variables, context) -> read(variables.getOrDefault("path", ""))));
    return server;
  }

  // ------------------------------------------------------------ skills/list, skills/get

  private ObjectNode list(ObjectNode params) {
    String cursor = optionalText(params, "cursor");
    Pagination.Page<Skill> page = Pagination.page(skills, cursor, PAGE_SIZE);
    ObjectNode result = cached();
    ArrayNode entries = result.putArray("skills");
    page.items().forEach(skill -> entries.add(entry(skill)));
    if (page.nextCursor() != null) {
      result.put("nextCursor", page.nextCursor());
    }
    return result;
  }

  private ObjectNode get(ObjectNode params) {
    String uri = requiredText(params, "uri");
    Skill skill = skills.stream().filter(candidate -> candidate.uri().equals(uri)).findFirst()
        .orElseThrow(() -> JsonRpcException.invalidParams("Unknown skill: " + abbreviate(uri)
            + " (skills/get takes the URI of a skill's SKILL.md)"));
    ObjectNode result = cached();
    result.set("skill", entry(skill));
    return result;
  }

  private ObjectNode cached() {
    ObjectNode result = McpJson.object();
    result.put(CacheHint.TTL_FIELD, cacheHint.ttlMillis());
    result.put(CacheHint.SCOPE_FIELD, cacheHint.scope().id());
    return result;
  }

  private static ObjectNode entry(Skill skill) {
    ObjectNode entry = McpJson.object();
    entry.put("uri", skill.uri());
    entry.set("frontmatter", skill.frontmatter());
    ArrayNode resources = entry.putArray("resources");
    for (String file : skill.files()) {
      resources.addObject()
          .put("uri", skill.fileUri(file))
          .put("digest", skill.digest(file))
          .put("size", skill.bytes(file).length);
    }
    return entry;
  }

  // ------------------------------------------------------------ reading files

  private ReadResourceResult read(String path) {
    Located located = locate(path);
    if (located == null || located.file() == null) {
      throw new JsonRpcException(ErrorCodes.RESOURCE_NOT_FOUND, "Resource not found: skill://"
          + abbreviate(path) + (located != null ? " is a directory" : ""), null);
    }
    return ReadResourceResult.of(contents(located.skill(), located.file()));
  }

  private static ResourceContents contents(Skill skill, String file) {
    byte[] bytes = skill.bytes(file);
    String mimeType = SkillMediaTypes.of(file);
    String text = SkillMediaTypes.isText(mimeType) ? SkillMediaTypes.utf8(bytes) : null;
    return text != null ? TextResourceContents.of(skill.fileUri(file), mimeType, text)
        : BlobResourceContents.of(skill.fileUri(file), mimeType, bytes);
  }

  /** A path under {@code skill://}: in which skill, and which of its files (null: a directory). */
  private record Located(Skill skill, @Nullable String file) {
  }

  private @Nullable Located locate(String path) {
    for (Skill skill : skills) {
      String prefix = skill.path() + "/";
      if (path.startsWith(prefix)) {
        String file = path.substring(prefix.length());
        if (skill.bytes(file) != null) {
          return new Located(skill, file);
        }
        String folder = file + "/";
        boolean isFolder = skill.files().stream().anyMatch(name -> name.startsWith(folder));
        return isFolder ? new Located(skill, null) : null;
      }
      if (path.equals(skill.path())) {
        return new Located(skill, null);
      }
    }
    return null;
  }

  // ------------------------------------------------------------ resources/directory/read

  private ObjectNode directory(ObjectNode params) {
    String uri = requiredText(params, "uri");
    String scheme = SkillsExtension.SCHEME + "://";
    String decoded = uri.startsWith(scheme) ? SkillUris.decodePath(uri.substring(scheme.length()))
        : null;
    if (decoded == null) {
      throw JsonRpcException.invalidParams("Not a directory of this server: " + abbreviate(uri));
    }
    String path = decoded.endsWith("/") ? decoded.substring(0, decoded.length() - 1) : decoded;
    List<ObjectNode> children = children(path);
    if (children == null) {
      Located located = locate(path);
      throw JsonRpcException.invalidParams((located != null ? "Not a directory (a file): "
          : "No such directory: ") + abbreviate(uri));
    }
    Pagination.Page<ObjectNode> page = Pagination.page(children,
        optionalText(params, "cursor"), PAGE_SIZE);
    ObjectNode result = cached();
    ArrayNode resources = result.putArray("resources");
    page.items().forEach(resources::add);
    if (page.nextCursor() != null) {
      result.put("nextCursor", page.nextCursor());
    }
    return result;
  }

  /** The children of directory {@code path} (empty: the root), or null if it is none. */
  private @Nullable List<ObjectNode> children(String path) {
    Map<String, ObjectNode> children = new java.util.TreeMap<>();
    String prefix = path.isEmpty() ? "" : path + "/";
    for (Skill skill : skills) {
      for (String file : skill.files()) {
        String full = skill.path() + "/" + file;
        if (!full.startsWith(prefix)) {
          continue;
        }
        String rest = full.substring(prefix.length());
        int slash = rest.indexOf('/');
        String name = slash < 0 ? rest : rest.substring(0, slash);
        String childPath = prefix + name;
        ObjectNode child = McpJson.object()
            .put("uri", SkillsExtension.SCHEME + "://" + SkillUris.encodePath(childPath))
            .put("name", name);
        if (slash < 0) {
          child.put("mimeType", SkillMediaTypes.of(file))
              .put("size", skill.bytes(file).length);
        } else {
          child.put("mimeType", SkillsExtension.DIRECTORY_MIME_TYPE);
        }
        children.putIfAbsent(name, child);
      }
    }
    return children.isEmpty() ? null : List.copyOf(children.values());
  }

  // ------------------------------------------------------------ params

  private static String requiredText(ObjectNode params, String field) {
    JsonNode value = params.get(field);
    if (value == null || !value.isString()) {
      throw JsonRpcException.invalidParams("Invalid params: " + field + " must be a string");
    }
    return value.asString();
  }

  private static @Nullable String optionalText(ObjectNode params, String field) {
    JsonNode value = params.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isString()) {
      throw JsonRpcException.invalidParams("Invalid params: " + field + " must be a string");
    }
    return value.asString();
  }

  private static String abbreviate(String text) {
    String clean = text.replaceAll("\\p{Cntrl}", "?");
    return clean.length() <= 200 ? clean : clean.substring(0, 200) + "...";
  }
}
