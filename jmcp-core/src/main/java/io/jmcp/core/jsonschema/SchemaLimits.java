package io.jmcp.core.jsonschema;

/**
 * Bounds on what a {@link JsonSchemaValidator} accepts and spends, so a hostile schema or
 * instance costs a bounded amount of work (spec 2026-07-28, basic "JSON Schema Usage": bound the
 * cost of {@code anyOf}, {@code oneOf}, {@code allOf}, {@code if}/{@code then}/{@code else} and
 * {@code $defs}).
 *
 * @param maxSchemaNodes the most JSON values (objects, arrays, scalars) a schema may contain
 * @param maxSchemaDepth the deepest nesting of objects and arrays in a schema
 * @param maxEvaluationSteps the most keyword evaluations one validation may perform
 * @param maxEvaluationDepth the deepest nesting of subschema evaluations in one validation
 */
public record SchemaLimits(int maxSchemaNodes, int maxSchemaDepth, long maxEvaluationSteps,
    int maxEvaluationDepth) {

  /**
   * 10,000 schema nodes nested at most 64 deep; 1,000,000 keyword evaluations nested at most 256
   * deep: far beyond any tool schema and argument object, milliseconds of work at most.
   */
  public static final SchemaLimits DEFAULT = new SchemaLimits(10_000, 64, 1_000_000, 256);

  public SchemaLimits {
    if (maxSchemaNodes < 1 || maxSchemaDepth < 1 || maxEvaluationSteps < 1
        || maxEvaluationDepth < 1) {
      throw new IllegalArgumentException("schema limits must be positive: " + this);
    }
  }
}
