package io.jmcp.core.skills;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The digest a skills listing gives each file: {@code sha256:} and 64 lowercase hex digits. */
public final class SkillDigest {

  private SkillDigest() {
  }

  /** The digest of {@code bytes}, as listed. */
  public static String of(byte[] bytes) {
    try {
      return "sha256:" + HexFormat.of().formatHex(
          MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
