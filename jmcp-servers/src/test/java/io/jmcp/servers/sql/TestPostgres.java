package io.jmcp.servers.sql;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A real PostgreSQL server for tests. {@code .ci/run} starts one and exports
 * {@value #URL_VARIABLE} (a plain role that may create nothing but its own tables) and
 * {@value #ADMIN_URL_VARIABLE} (a superuser); without them, a throwaway cluster is made with
 * {@code initdb} in a temporary directory, started on a free loopback port with {@code pg_ctl},
 * and stopped when the JVM exits (as the {@code postgres} user when running as root, since
 * initdb refuses root). Without either, the tests fail and say what to install.
 *
 * <p>Each test class gets a database of its own, owned by the plain role.
 */
public final class TestPostgres {

  public static final String URL_VARIABLE = "JMCP_TEST_PG_URL";
  public static final String ADMIN_URL_VARIABLE = "JMCP_TEST_PG_ADMIN_URL";

  /** A database of the test server, owned by the plain role. */
  public record Database(String name, String host, int port, String user, String password,
      TestPostgres server) {

    /** The JDBC URL, credentials as parameters. */
    public String url() {
      return "jdbc:postgresql://" + host + ":" + port + "/" + name + "?user=" + user
          + "&password=" + password;
    }

    /** The URL without credentials. */
    public String urlWithoutCredentials() {
      return "jdbc:postgresql://" + host + ":" + port + "/" + name;
    }

    /** The same database as a superuser. */
    public String adminUrl() {
      return server.adminUrl(name);
    }

    /** A plain read-write connection as the owner: for fixtures, and to act as a naive server. */
    public Connection connect() throws SQLException {
      return server.connect(url());
    }

    /** Runs each statement as the owner, auto-committed. */
    public void execute(String... statements) throws SQLException {
      try (Connection connection = connect(); Statement statement = connection.createStatement()) {
        for (String sql : statements) {
          statement.execute(sql);
        }
      }
    }

    public void drop() {
      server.dropDatabase(name);
    }
  }

  private static @Nullable TestPostgres instance;

  private final String host;
  private final int port;
  private final String user;
  private final String password;
  private final String adminUser;
  private final String adminPassword;

  private TestPostgres(String host, int port, String user, String password, String adminUser,
      String adminPassword) {
    this.host = host;
    this.port = port;
    this.user = user;
    this.password = password;
    this.adminUser = adminUser;
    this.adminPassword = adminPassword;
  }

  /** The test server: the configured one, or a throwaway cluster started on first use. */
  public static synchronized TestPostgres get() {
    if (instance == null) {
      String url = System.getenv(URL_VARIABLE);
      String adminUrl = System.getenv(ADMIN_URL_VARIABLE);
      if ((url == null) != (adminUrl == null)) {
        throw new IllegalStateException("Set both " + URL_VARIABLE + " and " + ADMIN_URL_VARIABLE
            + " (a plain role and a superuser), or neither to start a throwaway PostgreSQL");
      }
      instance = url != null ? configured(url, adminUrl) : Throwaway.start();
    }
    return instance;
  }

  private static TestPostgres configured(String url, String adminUrl) {
    DatabaseTarget plain = DatabaseTarget.parse(url, null, null, Map.of());
    DatabaseTarget admin = DatabaseTarget.parse(adminUrl, null, null, Map.of());
    String hostAndPort = plain.jdbcUrl().substring("jdbc:postgresql://".length())
        .replaceAll("/.*", "");
    int colon = hostAndPort.lastIndexOf(':');
    return new TestPostgres(colon < 0 ? hostAndPort : hostAndPort.substring(0, colon),
        colon < 0 ? 5432 : Integer.parseInt(hostAndPort.substring(colon + 1)),
        plain.properties().get("user"), plain.properties().get("password"),
        admin.properties().get("user"), admin.properties().get("password"));
  }

  public String host() {
    return host;
  }

  public int port() {
    return port;
  }

  /** A superuser URL for {@code database}. */
  public String adminUrl(String database) {
    return "jdbc:postgresql://" + host + ":" + port + "/" + database + "?user=" + adminUser
        + "&password=" + adminPassword;
  }

  /** A new, empty database owned by the plain role. */
  public Database createDatabase() {
    String name = "jmcp_" + HexFormat.of().formatHex(random(6));
    try (Connection admin = connect(adminUrl("postgres"));
        Statement statement = admin.createStatement()) {
      statement.execute("CREATE DATABASE " + name + " OWNER \"" + user + "\"");
      // Only the owner may connect or create anything in it.
      statement.execute("REVOKE ALL ON DATABASE " + name + " FROM PUBLIC");
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot create a test database on " + host + ":" + port
          + ": " + e.getMessage(), e);
    }
    return new Database(name, host, port, user, password, this);
  }

  void dropDatabase(String name) {
    try (Connection admin = connect(adminUrl("postgres"));
        Statement statement = admin.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot drop test database " + name, e);
    }
  }

  Connection connect(String url) throws SQLException {
    Connection connection = new org.postgresql.Driver().connect(url, new Properties());
    if (connection == null) {
      throw new SQLException("Not a PostgreSQL URL: " + url);
    }
    return connection;
  }

  private static byte[] random(int length) {
    byte[] bytes = new byte[length];
    new SecureRandom().nextBytes(bytes);
    return bytes;
  }

  /** A cluster of our own: initdb, pg_ctl start, pg_ctl stop at exit. */
  private static final class Throwaway {

    private static final String ADMIN = "jmcp_admin";
    private static final String USER = "jmcp_test";

    static TestPostgres start() {
      Path bin = binaries();
      boolean root = "root".equals(System.getProperty("user.name"));
      try {
        Path home = Files.createTempDirectory("jmcp-test-pg-");
        Path data = home.resolve("data");
        Path log = home.resolve("server.log");
        String adminPassword = HexFormat.of().formatHex(random(12));
        String password = HexFormat.of().formatHex(random(12));
        Path passwordFile = Files.writeString(home.resolve("pwfile"), adminPassword + "\n");
        if (root) {
          UserPrincipal postgres = home.getFileSystem().getUserPrincipalLookupService()
              .lookupPrincipalByName("postgres");
          Files.setOwner(home, postgres);
          Files.setOwner(passwordFile, postgres);
        }
        List<String> asOwner = root ? List.of("runuser", "-u", "postgres", "--") : List.of();
        run(asOwner, bin.resolve("initdb").toString(), "-D", data.toString(), "-U", ADMIN,
            "--pwfile=" + passwordFile, "--auth=scram-sha-256", "-E", "UTF8", "--locale=C",
            "--no-sync");
        int port = freePort();
        Files.writeString(data.resolve("postgresql.conf"), "\n# jmcp tests\n"
            + "listen_addresses = '127.0.0.1'\nport = " + port + "\n"
            + "unix_socket_directories = ''\nfsync = off\nsynchronous_commit = off\n"
            + "full_page_writes = off\nmax_connections = 50\n",
            java.nio.file.StandardOpenOption.APPEND);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(asOwner, bin, data, home)));
        run(asOwner, bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l",
            log.toString(), "-w", "-t", "120", "start");
        TestPostgres server = new TestPostgres("127.0.0.1", port, USER, password, ADMIN,
            adminPassword);
        try (Connection admin = server.connect(server.adminUrl("postgres"));
            Statement statement = admin.createStatement()) {
          statement.execute("CREATE ROLE " + USER + " LOGIN PASSWORD '" + password + "'");
        }
        return server;
      } catch (IOException | SQLException e) {
        throw new IllegalStateException("Could not start a throwaway PostgreSQL with " + bin
            + ": " + e.getMessage(), e);
      }
    }

    /** initdb and pg_ctl: on the PATH, or where Debian and others install them. */
    private static Path binaries() {
      List<Path> candidates = new ArrayList<>();
      for (String directory : System.getenv().getOrDefault("PATH", "").split(":")) {
        if (!directory.isEmpty()) {
          candidates.add(Path.of(directory));
        }
      }
      Path debian = Path.of("/usr/lib/postgresql");
      if (Files.isDirectory(debian)) {
        try (Stream<Path> versions = Files.list(debian)) {
          versions.map(version -> version.resolve("bin"))
              .sorted(Comparator.comparing(TestPostgres.Throwaway::version).reversed())
              .forEach(candidates::add);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      candidates.add(Path.of("/usr/local/pgsql/bin"));
      return candidates.stream()
          .filter(directory -> Files.isExecutable(directory.resolve("initdb"))
              && Files.isExecutable(directory.resolve("pg_ctl")))
          .findFirst()
          .orElseThrow(() -> new IllegalStateException("The sql server's tests need a real "
              + "PostgreSQL: set " + URL_VARIABLE + " and " + ADMIN_URL_VARIABLE + " (a plain "
              + "role and a superuser, as .ci/run does), or install PostgreSQL so that initdb "
              + "and pg_ctl can be found (Debian/Ubuntu: apt-get install postgresql; they land "
              + "in /usr/lib/postgresql/<version>/bin)."));
    }

    private static int version(Path bin) {
      try {
        return Integer.parseInt(bin.getParent().getFileName().toString().replaceAll("\\D.*", ""));
      } catch (NumberFormatException e) {
        return 0;
      }
    }

    private static int freePort() throws IOException {
      try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
        return socket.getLocalPort();
      }
    }

    private static void run(List<String> prefix, String... command) throws IOException {
      List<String> full = new ArrayList<>(prefix);
      full.addAll(Arrays.asList(command));
      Process process = new ProcessBuilder(full).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      try {
        if (!process.waitFor(3, TimeUnit.MINUTES) || process.exitValue() != 0) {
          throw new IOException(String.join(" ", full) + " failed:\n" + output);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("Interrupted while running " + full, e);
      }
    }

    private static void stop(List<String> asOwner, Path bin, Path data, Path home) {
      try {
        run(asOwner, bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate",
            "-w", "stop");
      } catch (IOException e) {
        // The JVM is exiting; the directory goes anyway.
      }
      try (Stream<Path> files = Files.walk(home)) {
        files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      } catch (IOException e) {
        // Best effort: a temporary directory.
      }
    }
  }
}
