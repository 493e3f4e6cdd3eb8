/**
 * JSON Schema for typed MCP tools (spec: basic "JSON Schema Usage", server "Tools"): schemas
 * generated from Java types ({@link io.jmcp.core.jsonschema.JsonSchemaGenerator}), a validator
 * for schemas of any origin that never fetches a {@code $ref} from the network or the file system
 * ({@link io.jmcp.core.jsonschema.JsonSchemaValidator}), and the binding of tool arguments and
 * results to records ({@link io.jmcp.core.jsonschema.ArgumentBinder},
 * {@link io.jmcp.core.jsonschema.StructuredOutput}).
 */
@NullMarked
package io.jmcp.core.jsonschema;

import org.jspecify.annotations.NullMarked;
