package io.jmcp.cli;

import io.jmcp.servers.sql.SqlDatabase;
import io.jmcp.servers.sql.SqlOptions;
import io.jmcp.servers.sql.SqlServer;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jmcp server sql [URL]}: read-only SQL over PostgreSQL or H2. */
@Command(name = "sql", mixinStandardHelpOptions = true,
    header = "Runs the sql server (read-only SQL over PostgreSQL or H2) (stdio; --http for HTTP).",
    description = {
        "The official PostgreSQL server's 'query' tool "
            + "(read-only SQL, rows as JSON) and table schema resources (<base>/<table>/schema).",
        "",
        "Without a URL it serves a sample bookshop database (H2, created at start). Read-only "
            + "is enforced by the database: every statement runs alone, in its own session, in "
            + "a read-only transaction that is always rolled back, under a timeout.",
        "",
        "Credentials: in the URL (postgresql://user:password@host/db, or "
            + "jdbc:postgresql://host/db?user=u&password=p), with --user and --password-env, "
            + "or from PGUSER and PGPASSWORD. Connect as a role that may only read; "
            + "superusers are refused (see --allow-superuser).",
        "",
        "Host config: {\"command\": \"jmcp\", \"args\": [\"server\", \"sql\", "
            + "\"postgresql://localhost/mydb\"], \"env\": {\"PGPASSWORD\": \"...\"}}",
        ""})
final class SqlCommand implements Callable<Integer> {

  @Parameters(index = "0", arity = "0..1", paramLabel = "URL",
      description = "jdbc:postgresql://host:port/db, postgresql://user@host:port/db, or "
          + "jdbc:h2:/path/to/db (an existing H2 file database). Default: the sample database.")
  @Nullable String url;

  @Option(names = "--user", paramLabel = "NAME",
      description = "The database user (wins over the URL's and PGUSER).")
  @Nullable String user;

  @Option(names = "--password-env", paramLabel = "VARIABLE",
      description = "The environment variable holding the password (wins over the URL's and "
          + "PGPASSWORD). Passwords on the command line are visible to other users.")
  @Nullable String passwordVariable;

  @Option(names = "--schema", paramLabel = "NAME",
      description = "The schema whose tables are listed as resources (default: public).")
  @Nullable String schema;

  @Option(names = "--max-rows", paramLabel = "N", defaultValue = "1000",
      description = "Rows one query returns at most; more are cut off with a note "
          + "(default: ${DEFAULT-VALUE}).")
  int maxRows;

  @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "PT30S",
      description = "How long one statement may run before the database cancels it, ISO-8601 "
          + "(default: ${DEFAULT-VALUE}).")
  Duration timeout;

  @Option(names = "--allow-superuser",
      description = "Connect even as a PostgreSQL superuser (or member of "
          + "pg_execute_server_program / pg_write_server_files) or an H2 admin: such a role can "
          + "run programs or write files on the database server, which no read-only "
          + "transaction prevents.")
  boolean allowSuperuser;

  @Mixin
  ServeOptions serve = new ServeOptions();

  @Override
  public Integer call() throws InterruptedException {
    Map<String, String> environment = System.getenv();
    String password = null;
    if (passwordVariable != null) {
      password = environment.get(passwordVariable);
      if (password == null) {
        return fail("--password-env names " + passwordVariable + ", which is not set");
      }
    }
    SqlOptions options;
    try {
      options = SqlOptions.defaults().withUrl(url).withCredentials(user, password)
          .withSchema(schema).withLimits(maxRows, timeout).withAllowSuperuser(allowSuperuser)
          .withEnvironment(environment);
    } catch (IllegalArgumentException e) {
      return fail(e.getMessage());
    }
    try (SqlDatabase database = SqlDatabase.open(options)) {
      System.err.println("jmcp sql: serving " + database.describe() + " read-only (schema "
          + database.schema() + ", at most " + maxRows + " rows, timeout " + timeout + ")");
      serve.serve(SqlServer.create(database));
      return 0;
    } catch (SQLException | IllegalArgumentException e) {
      return fail(e.getMessage());
    }
  }

  private static int fail(@Nullable String message) {
    System.err.println("jmcp server sql: " + message);
    return 1;
  }
}
