package io.jmcp.servers.sql;

import io.jmcp.jsonrpc.ErrorCodes;
import io.jmcp.jsonrpc.JsonRpcException;
import io.jmcp.schema.McpJson;
import io.jmcp.schema.content.TextResourceContents;
import io.jmcp.schema.resources.ReadResourceResult;
import io.jmcp.schema.resources.Resource;
import io.jmcp.schema.resources.ResourceTemplate;
import io.jmcp.server.McpServer;
import io.jmcp.server.McpServerBuilder;
import io.jmcp.server.ServerResource;
import io.jmcp.server.ServerResourceTemplate;
import io.jmcp.servers.internal.json.JsonText;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The official server's table resources: {@code <base><table>/schema} for every table and view of
 * the schema, named {@code "<table>" database schema}, whose contents are the JSON array of
 * {@code {column_name, data_type}}. A template reaches tables created after the list was made,
 * with completion of table names.
 */
final class TableResources {

  static final String MIME_TYPE = "application/json";

  private final SqlDatabase database;

  TableResources(SqlDatabase database) {
    this.database = database;
  }

  String uri(String table) {
    return database.resourceBase() + encode(table) + "/schema";
  }

  String uriTemplate() {
    return database.resourceBase() + "{table}/schema";
  }

  void register(McpServerBuilder builder) throws SQLException {
    for (String table : database.tables()) {
      builder.resource(resource(table));
    }
    builder.resourceTemplate(new ServerResourceTemplate(
        ResourceTemplate.of(uriTemplate(), "Table schema").withMimeType(MIME_TYPE)
            .withDescription("Columns and data types of a table or view of schema "
                + database.schema()),
        (uri, variables, context) -> read(uri, variables.get("table")),
        (variable, typed, chosen, context) -> database.tables().stream()
            .filter(table -> table.toLowerCase(Locale.ROOT)
                .startsWith(typed.toLowerCase(Locale.ROOT)))
            .toList()));
  }

  /** Brings the listed resources in line with the tables there are now. */
  void refresh(McpServer server) throws SQLException {
    Set<String> wanted = new HashSet<>();
    for (String table : database.tables()) {
      wanted.add(uri(table));
      if (server.resources().stream().noneMatch(listed -> listed.uri().equals(uri(table)))) {
        server.addResource(resource(table));
      }
    }
    for (ServerResource listed : server.resources()) {
      if (listed.uri().startsWith(database.resourceBase()) && !wanted.contains(listed.uri())) {
        server.removeResource(listed.uri());
      }
    }
  }

  private ServerResource resource(String table) {
    return new ServerResource(Resource.of(uri(table), "\"" + table + "\" database schema")
        .withMimeType(MIME_TYPE)
        .withDescription("Columns and data types of " + database.schema() + "." + table),
        (uri, context) -> read(uri, table));
  }

  ReadResourceResult read(String uri, String table) {
    List<SqlDatabase.Column> columns;
    try {
      columns = database.columns(table);
    } catch (SQLException e) {
      throw new JsonRpcException(ErrorCodes.INTERNAL_ERROR, "Cannot read the columns of "
          + table + ": " + e.getMessage());
    }
    if (columns == null) {
      throw new JsonRpcException(ErrorCodes.RESOURCE_NOT_FOUND, "There is no table or view '"
          + table + "' in schema " + database.schema() + "; list the resources to see them",
          McpJson.object().put("uri", uri));
    }
    ArrayNode rows = JsonNodeFactory.instance.arrayNode();
    for (SqlDatabase.Column column : columns) {
      rows.add(McpJson.object().put("column_name", column.name())
          .put("data_type", column.dataType()));
    }
    return ReadResourceResult.of(TextResourceContents.of(uri, MIME_TYPE, JsonText.JAVASCRIPT.write(rows, 2)));
  }

  /** A path segment: every byte but RFC 3986's unreserved characters percent-encoded. */
  static String encode(String segment) {
    StringBuilder out = new StringBuilder();
    for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if (Character.isLetterOrDigit(c) && c < 0x80 || "-._~".indexOf(c) >= 0) {
        out.append(c);
      } else {
        out.append('%').append(String.format("%02X", b & 0xff));
      }
    }
    return out.toString();
  }
}
