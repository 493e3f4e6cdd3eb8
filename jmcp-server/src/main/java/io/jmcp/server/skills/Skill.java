package io.jmcp.server.skills;

import io.jmcp.core.skills.SkillDigest;
import io.jmcp.core.skills.SkillFrontmatter;
import io.jmcp.schema.skills.SkillsExtension;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An agent skill a server publishes: a folder of files, one of them {@code SKILL.md}, whose YAML
 * frontmatter names and describes it. It lives at {@code skill://<path>/}, where the last segment
 * of the path is its name.
 *
 * <p>A skill is checked when it is made, so that a server never publishes one a host would
 * refuse: a valid name ({@link SkillsExtension#NAME}) and a description in the frontmatter, file
 * paths that stay inside the folder, at most {@link SkillsExtension#MAX_FILES} files and
 * {@link SkillsExtension#MAX_BYTES} bytes.
 */
public final class Skill {

  /** One segment of a skill's path or of a file path inside it. */
  private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9._~-]+");
  private static final String RESERVED_METADATA = "io.modelcontextprotocol/";
  private static final int MAX_DESCRIPTION = 1024;

  private final String path;
  private final ObjectNode frontmatter;
  private final SortedMap<String, byte[]> files;
  /** Each file's listed digest, computed once: listings are served far more often than made. */
  private final Map<String, String> digests;

  private Skill(String path, Map<String, byte[]> contents) {
    this.files = Collections.unmodifiableSortedMap(checkedFiles(contents));
    Map<String, String> computed = new LinkedHashMap<>();
    files.forEach((name, bytes) -> computed.put(name, SkillDigest.of(bytes)));
    this.digests = Collections.unmodifiableMap(computed);
    byte[] skillFile = files.get(SkillsExtension.SKILL_FILE);
    if (skillFile == null) {
      throw new IllegalArgumentException("a skill needs a " + SkillsExtension.SKILL_FILE
          + " (files: " + files.keySet() + ")");
    }
    this.frontmatter = frontmatter(skillFile);
    String name = frontmatter.get("name").asString();
    this.path = path.isEmpty() ? name : path;
    checkPath(this.path, name);
  }

  /** The skill made of {@code files} (paths relative to its folder, with {@code /}), at its name. */
  public static Skill of(Map<String, byte[]> files) {
    return new Skill("", files);
  }

  /**
   * The skill made of {@code files}, at {@code path} under {@code skill://} (say
   * {@code acme/billing/refunds}, whose last segment must be the skill's name).
   */
  public static Skill of(String path, Map<String, byte[]> files) {
    Objects.requireNonNull(path, "path");
    if (path.isEmpty()) {
      throw new IllegalArgumentException("a skill path cannot be empty");
    }
    return new Skill(path, files);
  }

  /** A skill made of text files only, for skills written in code. */
  public static Skill ofText(Map<String, String> files) {
    Map<String, byte[]> bytes = new LinkedHashMap<>();
    files.forEach((name, text) -> bytes.put(name, text.getBytes(StandardCharsets.UTF_8)));
    return of(bytes);
  }

  /**
   * The skill in {@code folder}: every regular file under it, except hidden ones (a name starting
   * with {@code .}) and symbolic links, published at the skill's name.
   */
  public static Skill fromDirectory(Path folder) {
    return new Skill("", read(folder));
  }

  static Skill fromDirectory(String path, Path folder) {
    return new Skill(path, read(folder));
  }

  private static Map<String, byte[]> read(Path folder) {
    if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
      throw new IllegalArgumentException(folder + " is not a directory");
    }
    Map<String, byte[]> contents = new LinkedHashMap<>();
    try (Stream<Path> walk = Files.walk(folder)) {
      Iterator<Path> paths = walk.iterator();
      while (paths.hasNext()) {
        Path file = paths.next();
        Path relative = folder.relativize(file);
        if (isHidden(relative) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
          continue;
        }
        if (contents.size() >= SkillsExtension.MAX_FILES) {
          throw new IllegalArgumentException(folder + " holds more than "
              + SkillsExtension.MAX_FILES + " files, more than hosts must accept in a skill");
        }
        contents.put(relativeName(relative), Files.readAllBytes(file));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the skill in " + folder, e);
    }
    return contents;
  }

  static boolean isHidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  static String relativeName(Path relative) {
    StringBuilder name = new StringBuilder();
    for (Path part : relative) {
      if (!name.isEmpty()) {
        name.append('/');
      }
      name.append(part);
    }
    return name.toString();
  }

  private static SortedMap<String, byte[]> checkedFiles(Map<String, byte[]> contents) {
    SortedMap<String, byte[]> checked = new TreeMap<>();
    long total = 0;
    for (Map.Entry<String, byte[]> file : contents.entrySet()) {
      String name = file.getKey();
      for (String segment : name.split("/", -1)) {
        if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
          throw new IllegalArgumentException("invalid file path in a skill: '" + name
              + "' (relative, with / between non-empty segments, no . or ..)");
        }
      }
      if (name.contains("\\")) {
        throw new IllegalArgumentException("invalid file path in a skill: '" + name
            + "' (use / between segments)");
      }
      byte[] bytes = Objects.requireNonNull(file.getValue(), name).clone();
      total += bytes.length;
      checked.put(name, bytes);
    }
    if (checked.size() > SkillsExtension.MAX_FILES) {
      throw new IllegalArgumentException("a skill of " + checked.size() + " files is more than "
          + "hosts must accept (" + SkillsExtension.MAX_FILES + ")");
    }
    if (total > SkillsExtension.MAX_BYTES) {
      throw new IllegalArgumentException("a skill of " + total + " bytes is more than hosts must "
          + "accept (" + SkillsExtension.MAX_BYTES + ")");
    }
    for (String name : checked.keySet()) {
      for (int slash = name.indexOf('/'); slash > 0; slash = name.indexOf('/', slash + 1)) {
        if (checked.containsKey(name.substring(0, slash))) {
          throw new IllegalArgumentException("'" + name + "' is inside '"
              + name.substring(0, slash) + "', which is a file");
        }
      }
    }
    return checked;
  }

  private static ObjectNode frontmatter(byte[] skillFile) {
    String text = SkillMediaTypes.utf8(skillFile);
    if (text == null) {
      throw new IllegalArgumentException(SkillsExtension.SKILL_FILE + " is not UTF-8 text");
    }
    ObjectNode frontmatter = SkillFrontmatter.parse(text);
    JsonNode name = frontmatter.get("name");
    if (name == null || !name.isString() || !SkillsExtension.NAME.matcher(name.asString())
        .matches()) {
      throw new IllegalArgumentException("the frontmatter name " + name + " is not a valid skill "
          + "name: 1 to 64 lowercase letters, digits and single hyphens, no hyphen at either end");
    }
    JsonNode description = frontmatter.get("description");
    if (description == null || !description.isString() || description.asString().isBlank()) {
      throw new IllegalArgumentException("skill " + name.asString()
          + " has no description in its frontmatter");
    }
    if (description.asString().length() > MAX_DESCRIPTION) {
      throw new IllegalArgumentException("skill " + name.asString() + ": its description is "
          + "longer than " + MAX_DESCRIPTION + " characters");
    }
    JsonNode metadata = frontmatter.get("metadata");
    if (metadata != null) {
      // Agent Skills define metadata as a map of strings to strings; hosts refuse anything else.
      if (!metadata.isObject()) {
        throw new IllegalArgumentException("skill " + name.asString()
            + ": metadata must map names to strings");
      }
      for (Map.Entry<String, JsonNode> field : metadata.properties()) {
        if (field.getKey().startsWith(RESERVED_METADATA)) {
          throw new IllegalArgumentException("skill " + name.asString() + ": metadata key "
              + field.getKey() + " uses the prefix reserved for the protocol ("
              + RESERVED_METADATA + ")");
        }
        if (!field.getValue().isString()) {
          throw new IllegalArgumentException("skill " + name.asString() + ": metadata "
              + field.getKey() + " is " + field.getValue() + "; metadata values are strings "
              + "(quote them in the YAML)");
        }
      }
    }
    return frontmatter;
  }

  private static void checkPath(String path, String name) {
    List<String> segments = List.of(path.split("/", -1));
    for (String segment : segments) {
      if (!SEGMENT.matcher(segment).matches() || segment.equals(".") || segment.equals("..")) {
        throw new IllegalArgumentException("invalid skill path '" + path + "': segments of "
            + "letters, digits and . _ ~ - separated by /");
      }
    }
    if (!segments.getFirst().equals(segments.getFirst().toLowerCase(java.util.Locale.ROOT))) {
      throw new IllegalArgumentException("invalid skill path '" + path + "': its first segment "
          + "is the URI's host, which is lowercase");
    }
    if (!segments.getLast().equals(name)) {
      throw new IllegalArgumentException("skill path '" + path + "' must end with the skill's "
          + "name, " + name);
    }
  }

  /** The skill's name, from its frontmatter. */
  public String name() {
    return frontmatter.get("name").asString();
  }

  /** The skill's description, from its frontmatter. */
  public String description() {
    return frontmatter.get("description").asString();
  }

  /** Where it lives under {@code skill://}, e.g. {@code pdf-processing}. */
  public String path() {
    return path;
  }

  /** The URI of its {@code SKILL.md}. */
  public String uri() {
    return fileUri(SkillsExtension.SKILL_FILE);
  }

  /** The URI of one of its files. */
  public String fileUri(String file) {
    return SkillsExtension.SCHEME + "://" + path + "/" + SkillUris.encodePath(file);
  }

  /** Its frontmatter, as JSON. */
  public ObjectNode frontmatter() {
    return frontmatter.deepCopy();
  }

  /** The paths of its files, relative to its folder, sorted. */
  public List<String> files() {
    return List.copyOf(files.keySet());
  }

  /** The bytes of one file (a copy), or null if it has no such file. */
  public byte @org.jspecify.annotations.Nullable [] file(String name) {
    byte[] bytes = files.get(name);
    return bytes == null ? null : bytes.clone();
  }

  /** The listed digest of one file ({@code sha256:} and hex), or null if it has no such file. */
  public @org.jspecify.annotations.Nullable String digest(String name) {
    return digests.get(name);
  }

  /** The bytes of one file, not copied, for the server's own reads. */
  byte @org.jspecify.annotations.Nullable [] bytes(String name) {
    return files.get(name);
  }

  @Override
  public String toString() {
    return "Skill[" + path + ", " + files.size() + " files]";
  }
}
