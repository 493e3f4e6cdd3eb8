package io.jmcp.servers.sql;

import io.jmcp.schema.McpJson;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.temporal.Temporal;
import java.util.HexFormat;
import java.util.Locale;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a result set into JSON rows, each an object keyed by column label (a later column of the
 * same label wins, as in the official server). Numbers and booleans stay JSON numbers and
 * booleans, date and time values become ISO-8601 text, JSON columns stay JSON, arrays become
 * arrays, binary values become {@code \x}-prefixed hex; anything else is the driver's text.
 * Reading stops after {@code maxRows} rows or {@code maxChars} characters of JSON.
 */
final class ResultRows {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ResultRows() {
  }

  static QueryResult read(ResultSet result, int maxRows, int maxChars) throws SQLException {
    ResultSetMetaData meta = result.getMetaData();
    int columns = meta.getColumnCount();
    ArrayNode rows = NODES.arrayNode();
    long chars = 0;
    while (result.next()) {
      if (rows.size() == maxRows) {
        return new QueryResult(rows, "Result truncated: only the first " + maxRows + " rows are "
            + "shown. Narrow the query (WHERE, LIMIT, aggregates) to see the rest.");
      }
      ObjectNode row = NODES.objectNode();
      for (int column = 1; column <= columns; column++) {
        row.set(meta.getColumnLabel(column), value(result, column, meta.getColumnType(column),
            meta.getColumnTypeName(column)));
      }
      chars += row.toString().length();
      if (chars > maxChars) {
        return new QueryResult(rows, "Result truncated: only the first " + rows.size()
            + " rows are shown, the next would pass " + maxChars + " characters. Select fewer "
            + "or shorter columns, or fewer rows.");
      }
      rows.add(row);
    }
    return new QueryResult(rows, null);
  }

  private static JsonNode value(ResultSet result, int column, int type, String typeName)
      throws SQLException {
    try {
      JsonNode value = typed(result, column, type, typeName.toLowerCase(Locale.ROOT));
      return result.wasNull() ? NODES.nullNode() : value;
    } catch (SQLException | RuntimeException unconvertible) {
      // A value the typed getter cannot represent (PostgreSQL's NaN numeric, infinite dates):
      // the database's own text for it.
      String text = result.getString(column);
      return text == null ? NODES.nullNode() : NODES.stringNode(text);
    }
  }

  private static JsonNode typed(ResultSet result, int column, int type, String typeName)
      throws SQLException {
    return switch (type) {
      case Types.BOOLEAN -> NODES.booleanNode(result.getBoolean(column));
      // pgjdbc reports boolean as BIT; a real bit string stays text.
      case Types.BIT -> typeName.startsWith("bool") ? NODES.booleanNode(result.getBoolean(column))
          : text(result.getString(column));
      case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT ->
          NODES.numberNode(result.getLong(column));
      case Types.REAL, Types.FLOAT, Types.DOUBLE -> finite(result.getDouble(column));
      case Types.NUMERIC, Types.DECIMAL -> decimal(result.getBigDecimal(column));
      case Types.DATE -> temporal(result.getObject(column, LocalDate.class));
      case Types.TIME -> temporal(result.getObject(column, LocalTime.class));
      case Types.TIME_WITH_TIMEZONE -> temporal(result.getObject(column, OffsetTime.class));
      case Types.TIMESTAMP_WITH_TIMEZONE ->
          temporal(result.getObject(column, OffsetDateTime.class));
      case Types.TIMESTAMP -> typeName.equals("timestamptz")
          ? temporal(result.getObject(column, OffsetDateTime.class))
          : temporal(result.getObject(column, LocalDateTime.class));
      case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB ->
          binary(result.getBytes(column));
      case Types.ARRAY -> array(result.getArray(column));
      default -> typeName.equals("json") || typeName.equals("jsonb")
          ? json(result.getString(column)) : text(result.getString(column));
    };
  }

  private static JsonNode finite(double value) {
    return Double.isFinite(value) ? NODES.numberNode(value)
        : NODES.stringNode(Double.toString(value));
  }

  private static JsonNode decimal(BigDecimal value) {
    return value == null ? NODES.nullNode() : NODES.numberNode(value);
  }

  private static JsonNode temporal(Temporal value) {
    if (value == null) {
      return NODES.nullNode();
    }
    if (value.equals(LocalDate.MAX) || value.equals(LocalDate.MIN)
        || value.equals(LocalDateTime.MAX) || value.equals(LocalDateTime.MIN)
        || value.equals(OffsetDateTime.MAX) || value.equals(OffsetDateTime.MIN)) {
      // pgjdbc's stand-ins for 'infinity' and '-infinity': take the database's text instead.
      throw new IllegalArgumentException("infinite");
    }
    return NODES.stringNode(value.toString());
  }

  private static JsonNode binary(byte[] bytes) {
    return bytes == null ? NODES.nullNode()
        : NODES.stringNode("\\x" + HexFormat.of().formatHex(bytes));
  }

  private static JsonNode json(String text) {
    if (text == null) {
      return NODES.nullNode();
    }
    try {
      return McpJson.mapper().readTree(text);
    } catch (JacksonException e) {
      return NODES.stringNode(text);
    }
  }

  private static JsonNode text(String text) {
    return text == null ? NODES.nullNode() : NODES.stringNode(text);
  }

  private static JsonNode array(Array array) throws SQLException {
    if (array == null) {
      return NODES.nullNode();
    }
    try {
      return element(array.getArray());
    } finally {
      array.free();
    }
  }

  /** An array element, by its Java type: arrays of arrays nest. */
  private static JsonNode element(Object value) {
    return switch (value) {
      case null -> NODES.nullNode();
      case Object[] elements -> {
        ArrayNode list = NODES.arrayNode();
        for (Object element : elements) {
          list.add(element(element));
        }
        yield list;
      }
      case Boolean bool -> NODES.booleanNode(bool);
      case Integer number -> NODES.numberNode(number);
      case Long number -> NODES.numberNode(number);
      case Short number -> NODES.numberNode(number);
      case Double number -> finite(number);
      case Float number -> finite(number);
      case BigDecimal number -> NODES.numberNode(number);
      case byte[] bytes -> binary(bytes);
      case java.sql.Timestamp timestamp -> NODES.stringNode(timestamp.toLocalDateTime().toString());
      case java.sql.Date date -> NODES.stringNode(date.toLocalDate().toString());
      case java.sql.Time time -> NODES.stringNode(time.toLocalTime().toString());
      default -> NODES.stringNode(value.toString());
    };
  }
}
