package io.jmcp.servers.sql;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The bookshop database {@code jmcp server sql} serves when no URL is given: written by an admin
 * into a fresh H2 file in a temporary directory, then handed over to a user who may only SELECT,
 * to be opened read-only. The directory goes when the server closes.
 *
 * @param directory the temporary directory holding the database files
 * @param url the H2 URL to open it with (PostgreSQL compatibility, lower-case names)
 * @param user the reading user
 * @param password the reading user's password, random for each start
 */
record SampleDatabase(Path directory, String url, String user, String password) {

  static final String SETTINGS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE"
      + ";DEFAULT_NULL_ORDERING=HIGH";
  private static final String SCRIPT = "sample.sql";

  static SampleDatabase create() throws SQLException {
    Path directory;
    try {
      directory = Files.createTempDirectory("jmcp-sql-sample-");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create the sample database's directory", e);
    }
    SampleDatabase sample = new SampleDatabase(directory,
        "jdbc:h2:" + directory.resolve("sample").toAbsolutePath() + SETTINGS, "reader",
        randomPassword());
    try {
      sample.populate();
      return sample;
    } catch (SQLException | RuntimeException e) {
      sample.delete();
      throw e;
    }
  }

  private void populate() throws SQLException {
    Properties admin = new Properties();
    admin.setProperty("user", "sa");
    admin.setProperty("password", randomPassword());
    try (Connection connection = new org.h2.Driver().connect(url, admin);
        Statement statement = connection.createStatement()) {
      for (String sql : script().split(";\\s*\\n")) {
        if (!sql.isBlank()) {
          statement.execute(sql);
        }
      }
      statement.execute("CREATE USER " + user + " PASSWORD '" + password + "'");
      statement.execute("GRANT SELECT ON SCHEMA public TO " + user);
    }
  }

  private static String script() {
    try (InputStream in = SampleDatabase.class.getResourceAsStream(SCRIPT)) {
      if (in == null) {
        throw new IllegalStateException("The sample database script is missing: " + SCRIPT);
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return text.lines().filter(line -> !line.strip().startsWith("--"))
          .reduce("", (all, line) -> all + line + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String randomPassword() {
    byte[] bytes = new byte[16];
    new SecureRandom().nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  /** Removes the database files; quietly, since this runs while closing. */
  void delete() {
    try (Stream<Path> files = Files.walk(directory)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      // Best effort: a temporary directory.
    }
  }

  @Override
  public String toString() {
    return "SampleDatabase[" + directory + "]";
  }
}
