package io.jmcp.schema.skills;

import java.util.regex.Pattern;

/**
 * The names and limits of the skills extension of 2026-07-28 ({@code io.modelcontextprotocol/skills},
 * SEP-2640): a server publishes agent skills, each a folder of files under {@code skill://} whose
 * {@code SKILL.md} starts with YAML frontmatter. Its messages are not part of the 2026-07-28
 * schema; they are read and written as JSON.
 */
public final class SkillsExtension {

  /** The extension identifier, under {@code capabilities.extensions}. */
  public static final String ID = "io.modelcontextprotocol/skills";

  /** The capability setting saying the server answers {@link #DIRECTORY_READ}. */
  public static final String DIRECTORY_READ_SETTING = "directoryRead";

  /** Lists the skills, paged; each entry names every file of the skill with digest and size. */
  public static final String LIST = "skills/list";

  /** One skill's entry by the URI of its {@code SKILL.md}. */
  public static final String GET = "skills/get";

  /** The direct children of a directory resource, paged. */
  public static final String DIRECTORY_READ = "resources/directory/read";

  /** The {@code mimeType} of a directory among a directory's children. */
  public static final String DIRECTORY_MIME_TYPE = "inode/directory";

  /** The URI scheme of skill files. */
  public static final String SCHEME = "skill";

  /** The file every skill has, whose frontmatter describes it. */
  public static final String SKILL_FILE = "SKILL.md";

  /** The media type of {@link #SKILL_FILE}. */
  public static final String SKILL_MIME_TYPE = "text/markdown";

  /** The most files a host must accept in one skill; servers should stay within it. */
  public static final int MAX_FILES = 512;

  /** The most bytes a host must accept in one skill; servers should stay within it. */
  public static final long MAX_BYTES = 16L * 1024 * 1024;

  /**
   * A valid skill name: lowercase letters, digits and single hyphens, 1 to 64 characters, no
   * hyphen first or last.
   */
  public static final Pattern NAME = Pattern.compile("^(?!.*--)[a-z0-9]([a-z0-9-]{0,62}[a-z0-9])?$");

  /** A digest as listed: {@code sha256:} and 64 lowercase hex digits. */
  public static final Pattern DIGEST = Pattern.compile("^sha256:[0-9a-f]{64}$");

  private SkillsExtension() {
  }
}
