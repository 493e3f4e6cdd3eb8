package io.jmcp.core.jsonschema;

import com.networknt.schema.SpecificationVersion;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The JSON Schema dialects jmcp validates, named by their {@code $schema} URIs. A schema without
 * {@code $schema} is 2020-12 (spec 2025-11-25+, basic "JSON Schema Usage"); older MCP revisions
 * shipped draft-07-style schemas, which validate as draft-07 when they say so. Draft-04 and
 * custom meta-schemas are not supported.
 */
enum SchemaDialect {
  DRAFT_2020_12("https://json-schema.org/draft/2020-12/schema", SpecificationVersion.DRAFT_2020_12),
  DRAFT_2019_09("https://json-schema.org/draft/2019-09/schema", SpecificationVersion.DRAFT_2019_09),
  DRAFT_07("http://json-schema.org/draft-07/schema", SpecificationVersion.DRAFT_7),
  DRAFT_06("http://json-schema.org/draft-06/schema", SpecificationVersion.DRAFT_6);

  private final String uri;
  private final SpecificationVersion version;

  SchemaDialect(String uri, SpecificationVersion version) {
    this.uri = uri;
    this.version = version;
  }

  /** The canonical {@code $schema} URI of the dialect. */
  String uri() {
    return uri;
  }

  SpecificationVersion version() {
    return version;
  }

  /** The dialect a {@code $schema} value names (an empty trailing fragment is ignored). */
  static @Nullable SchemaDialect of(String schemaUri) {
    String normalized = schemaUri.endsWith("#")
        ? schemaUri.substring(0, schemaUri.length() - 1) : schemaUri;
    for (SchemaDialect dialect : values()) {
      if (dialect.uri.equals(normalized)) {
        return dialect;
      }
    }
    return null;
  }

  /** The supported {@code $schema} URIs, for error messages. */
  static String supported() {
    return Arrays.stream(values()).map(SchemaDialect::uri).collect(Collectors.joining(", "));
  }
}
