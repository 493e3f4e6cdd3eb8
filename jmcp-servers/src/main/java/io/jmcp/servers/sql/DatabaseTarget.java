package io.jmcp.servers.sql;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A database URL as the user gave it, taken apart: which engine, the JDBC URL without any
 * credentials or connection parameters, those parameters (credentials included) as properties,
 * and the base of the resource URIs.
 *
 * <p>Parameters travel as properties, never in the URL, so that the settings the server forces
 * (read-only, the query protocol) cannot be overridden by a parameter in the URL: a PostgreSQL
 * driver lets URL parameters win over properties.
 *
 * @param engine which database engine
 * @param jdbcUrl {@code jdbc:postgresql://hosts/db} or {@code jdbc:h2:name}: no parameters, no
 *     settings, no credentials
 * @param properties connection properties: {@code user}, {@code password} and the URL's
 *     parameters (PostgreSQL) or settings (H2)
 * @param resourceBase the URI that table names are appended to, ending with {@code /}
 */
record DatabaseTarget(Engine engine, String jdbcUrl, Map<String, String> properties,
    String resourceBase) {

  enum Engine { POSTGRESQL, H2 }

  static final String SUPPORTED = "a PostgreSQL URL (jdbc:postgresql://host:port/database or "
      + "postgresql://user@host:port/database) or an H2 URL (jdbc:h2:/path/to/database)";

  DatabaseTarget {
    properties = Map.copyOf(properties);
  }

  /**
   * Parses {@code url}; explicit credentials win over those in the URL, which win over
   * {@code PGUSER} / {@code PGPASSWORD} in {@code environment} (PostgreSQL only).
   */
  static DatabaseTarget parse(String url, @Nullable String user, @Nullable String password,
      Map<String, String> environment) {
    String trimmed = url.strip();
    String lower = trimmed.toLowerCase(Locale.ROOT);
    DatabaseTarget parsed;
    if (lower.startsWith("postgresql://") || lower.startsWith("postgres://")) {
      parsed = libpq(trimmed);
    } else if (lower.startsWith("jdbc:postgresql:")) {
      parsed = jdbcPostgres(trimmed);
    } else if (lower.startsWith("jdbc:h2:")) {
      parsed = h2(trimmed);
    } else {
      throw new IllegalArgumentException("Unsupported database URL '" + redact(trimmed)
          + "': give " + SUPPORTED);
    }
    Map<String, String> properties = new LinkedHashMap<>(parsed.properties());
    if (parsed.engine() == Engine.POSTGRESQL) {
      putIfPresent(properties, "user", environment.get("PGUSER"), false);
      putIfPresent(properties, "password", environment.get("PGPASSWORD"), false);
    }
    putIfPresent(properties, "user", user, true);
    putIfPresent(properties, "password", password, true);
    return new DatabaseTarget(parsed.engine(), parsed.jdbcUrl(), properties,
        parsed.resourceBase());
  }

  private static void putIfPresent(Map<String, String> properties, String key,
      @Nullable String value, boolean override) {
    if (value != null && !value.isEmpty() && (override || !properties.containsKey(key))) {
      properties.put(key, value);
    }
  }

  /** {@code postgresql://[user[:password]@]hosts[/database][?parameters]}, as libpq reads it. */
  private static DatabaseTarget libpq(String url) {
    String rest = url.substring(url.indexOf("://") + 3);
    int pathStart = indexOfAny(rest, "/?");
    String authority = pathStart < 0 ? rest : rest.substring(0, pathStart);
    String tail = pathStart < 0 ? "" : rest.substring(pathStart);
    Map<String, String> properties = new LinkedHashMap<>();
    String rawUser = null;
    int at = authority.lastIndexOf('@');
    if (at >= 0) {
      String userInfo = authority.substring(0, at);
      authority = authority.substring(at + 1);
      int colon = userInfo.indexOf(':');
      rawUser = colon < 0 ? userInfo : userInfo.substring(0, colon);
      putIfPresent(properties, "user", decode(rawUser), true);
      if (colon >= 0) {
        putIfPresent(properties, "password", decode(userInfo.substring(colon + 1)), true);
      }
    }
    String hosts = authority.isEmpty() ? "localhost" : authority;
    int query = tail.indexOf('?');
    String path = query < 0 ? tail : tail.substring(0, query);
    if (query >= 0) {
      parameters(tail.substring(query + 1), '&', properties);
    }
    String database = path.startsWith("/") ? path.substring(1) : path;
    // Like the official server: the URL with the scheme postgres: and without the password.
    String resourceBase = "postgres://"
        + (rawUser == null || rawUser.isEmpty() ? "" : rawUser + "@") + hosts + "/";
    return new DatabaseTarget(Engine.POSTGRESQL,
        "jdbc:postgresql://" + hosts + "/" + database, properties, resourceBase);
  }

  /** {@code jdbc:postgresql:[//hosts/]database[?parameters]}. */
  private static DatabaseTarget jdbcPostgres(String url) {
    String rest = url.substring("jdbc:postgresql:".length());
    Map<String, String> properties = new LinkedHashMap<>();
    int query = rest.indexOf('?');
    if (query >= 0) {
      parameters(rest.substring(query + 1), '&', properties);
      rest = rest.substring(0, query);
    }
    String hosts = "localhost";
    String database = rest;
    if (rest.startsWith("//")) {
      int slash = rest.indexOf('/', 2);
      hosts = slash < 0 ? rest.substring(2) : rest.substring(2, slash);
      database = slash < 0 ? "" : rest.substring(slash + 1);
      if (hosts.isEmpty()) {
        hosts = "localhost";
      }
    }
    return new DatabaseTarget(Engine.POSTGRESQL,
        "jdbc:postgresql://" + hosts + "/" + database, properties,
        "postgres://" + hosts + "/");
  }

  /**
   * {@code jdbc:h2:name[;SETTING=value...]}: the settings become properties (H2 reads its
   * settings from either), so the ones the server forces cannot be overridden.
   */
  private static DatabaseTarget h2(String url) {
    String rest = url.substring("jdbc:h2:".length());
    int semicolon = rest.indexOf(';');
    String name = semicolon < 0 ? rest : rest.substring(0, semicolon);
    if (name.isBlank()) {
      throw new IllegalArgumentException("The H2 URL '" + redact(url) + "' names no database: "
          + "give jdbc:h2:/path/to/database");
    }
    Map<String, String> properties = new LinkedHashMap<>();
    if (semicolon >= 0) {
      for (String setting : rest.substring(semicolon + 1).split(";")) {
        int equals = setting.indexOf('=');
        String key = (equals < 0 ? setting : setting.substring(0, equals)).strip()
            .toUpperCase(Locale.ROOT);
        if (!key.isEmpty()) {
          String value = equals < 0 ? "" : setting.substring(equals + 1);
          boolean credential = key.equals("USER") || key.equals("PASSWORD");
          properties.put(credential ? key.toLowerCase(Locale.ROOT) : key, value);
        }
      }
    }
    return new DatabaseTarget(Engine.H2, "jdbc:h2:" + name, properties,
        "h2://" + h2DatabaseName(name) + "/");
  }

  /** The last path element of an H2 database name: {@code shop} for {@code file:~/data/shop}. */
  static String h2DatabaseName(String name) {
    String path = name;
    int colon;
    while ((colon = path.indexOf(':')) > 1 && path.substring(0, colon).chars()
        .allMatch(Character::isLetter)) {
      path = path.substring(colon + 1);
    }
    String last = path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
    String safe = last.replaceAll("[^A-Za-z0-9._~-]", "_");
    return safe.isEmpty() ? "h2" : safe;
  }

  private static void parameters(String query, char separator, Map<String, String> into) {
    for (String pair : query.split(String.valueOf(separator))) {
      if (pair.isEmpty()) {
        continue;
      }
      int equals = pair.indexOf('=');
      String key = decode(equals < 0 ? pair : pair.substring(0, equals));
      into.put(key, equals < 0 ? "" : decode(pair.substring(equals + 1)));
    }
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return text;
    }
  }

  private static int indexOfAny(String text, String characters) {
    for (int i = 0; i < text.length(); i++) {
      if (characters.indexOf(text.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }

  /** {@code url} with every password replaced by {@code ***}, for messages and logs. */
  static String redact(String url) {
    return url
        .replaceAll("(://[^/?#@:]*):[^/?#@]*@", "$1:***@")
        .replaceAll("(?i)([?&;]password=)[^&;]*", "$1***");
  }

  /** The JDBC URL without credentials, to say which database is served. */
  String describe() {
    return engine == Engine.POSTGRESQL ? "PostgreSQL " + jdbcUrl : "H2 " + jdbcUrl;
  }

  /** Does not print the password. */
  @Override
  public String toString() {
    Map<String, String> shown = new LinkedHashMap<>(properties);
    shown.computeIfPresent("password", (key, value) -> "***");
    return "DatabaseTarget[" + engine + " " + jdbcUrl + " " + shown + " " + resourceBase + "]";
  }
}
