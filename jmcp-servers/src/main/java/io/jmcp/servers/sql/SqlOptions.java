package io.jmcp.servers.sql;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How {@link SqlDatabase#open(SqlOptions)} connects and what each query may cost.
 *
 * @param url a JDBC URL ({@code jdbc:postgresql://host:port/db}, {@code jdbc:h2:/path/to/db}), a
 *     libpq URL ({@code postgresql://user:password@host:port/db}, as the official server takes), or
 *     {@code null} for the built-in sample database
 * @param user the database user; wins over one in the URL, which wins over {@code PGUSER}
 * @param password the password; wins over one in the URL, which wins over {@code PGPASSWORD}
 * @param schema the schema whose tables are listed as resources ({@code null}: {@code public})
 * @param maxRows rows returned by one query at most; more are cut off with a note
 * @param timeout how long one statement may run before the database cancels it
 * @param allowSuperuser connect even as a role that can run programs or write files on the
 *     database server (a PostgreSQL superuser, an H2 admin), which no read-only transaction stops
 * @param environment where {@code PGUSER} and {@code PGPASSWORD} are looked up
 */
public record SqlOptions(@Nullable String url, @Nullable String user, @Nullable String password,
    @Nullable String schema, int maxRows, Duration timeout, boolean allowSuperuser,
    Map<String, String> environment) {

  public static final int DEFAULT_MAX_ROWS = 1000;
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

  public SqlOptions {
    Objects.requireNonNull(timeout, "timeout");
    environment = Map.copyOf(environment);
    if (maxRows < 1) {
      throw new IllegalArgumentException("maxRows must be at least 1, not " + maxRows);
    }
    if (timeout.toMillis() < 1) {
      throw new IllegalArgumentException("the timeout must be positive, not " + timeout);
    }
  }

  /** The sample database, default limits, no credentials. */
  public static SqlOptions defaults() {
    return new SqlOptions(null, null, null, null, DEFAULT_MAX_ROWS, DEFAULT_TIMEOUT, false,
        Map.of());
  }

  /** These options for the database at {@code newUrl} ({@code null}: the sample database). */
  public SqlOptions withUrl(@Nullable String newUrl) {
    return new SqlOptions(newUrl, user, password, schema, maxRows, timeout, allowSuperuser,
        environment);
  }

  public SqlOptions withCredentials(@Nullable String newUser, @Nullable String newPassword) {
    return new SqlOptions(url, newUser, newPassword, schema, maxRows, timeout, allowSuperuser,
        environment);
  }

  public SqlOptions withSchema(@Nullable String newSchema) {
    return new SqlOptions(url, user, password, newSchema, maxRows, timeout, allowSuperuser,
        environment);
  }

  public SqlOptions withLimits(int newMaxRows, Duration newTimeout) {
    return new SqlOptions(url, user, password, schema, newMaxRows, newTimeout, allowSuperuser,
        environment);
  }

  public SqlOptions withAllowSuperuser(boolean allow) {
    return new SqlOptions(url, user, password, schema, maxRows, timeout, allow, environment);
  }

  public SqlOptions withEnvironment(Map<String, String> newEnvironment) {
    return new SqlOptions(url, user, password, schema, maxRows, timeout, allowSuperuser,
        newEnvironment);
  }

  /** Does not print the password. */
  @Override
  public String toString() {
    return "SqlOptions[url=" + (url == null ? null : DatabaseTarget.redact(url)) + ", user="
        + user + ", password=" + (password == null ? "null" : "***") + ", schema=" + schema
        + ", maxRows=" + maxRows + ", timeout=" + timeout + ", allowSuperuser=" + allowSuperuser
        + "]";
  }
}
