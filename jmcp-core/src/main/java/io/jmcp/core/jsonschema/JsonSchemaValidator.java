package io.jmcp.core.jsonschema;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaException;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.ValidationLimitExceededException;
import com.networknt.schema.dialect.BasicDialectRegistry;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.AnnotationKeyword;
import com.networknt.schema.path.PathType;
import io.jmcp.core.ReadBudget;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;

/**
 * A JSON Schema compiled once, validating any number of instances, from any thread (spec: basic
 * "JSON Schema Usage"; server "Tools" {@code inputSchema} and {@code outputSchema}).
 *
 * <p>The dialect is what {@code $schema} says, 2020-12 when absent; 2020-12, 2019-09, draft-07 and
 * draft-06 are supported, anything else is refused with a message saying so. A schema must be
 * valid against its dialect's meta-schema. {@code format} is an annotation, never asserted, as
 * 2020-12 specifies by default (a typed tool still rejects a malformed date or UUID when binding).
 *
 * <p>Safety: {@code $ref} and {@code $dynamicRef} may only point into the schema itself; a
 * reference to anything else (network, file, class path) is refused at {@link #compile} and
 * nothing is ever fetched; the only documents loaded are the dialects' meta-schemas, bundled with
 * the validation library. Schema size and validation work are bounded by {@link SchemaLimits};
 * regular expressions ({@code pattern}, {@code patternProperties}) use {@code java.util.regex}
 * with a cap on the work of each match, so a backtracking pattern cannot stall a thread.
 */
public final class JsonSchemaValidator {

  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
      SpecificationVersion.DRAFT_2020_12, registry -> registry
          .dialectRegistry(new BasicDialectRegistry(List.of(
              annotating(Dialects.getDraft202012()), annotating(Dialects.getDraft201909()),
              annotating(Dialects.getDraft7()), annotating(Dialects.getDraft6()))))
          // No remote resource loader is installed; the allow-list is a second lock that also
          // keeps class path and file URIs out. The meta-schemas resolve to bundled copies.
          .schemaLoader(loader -> loader.allow(iri -> isMetaSchema(iri.toString())))
          .schemaRegistryConfig(SchemaRegistryConfig.builder()
              .pathType(PathType.JSON_PATH)
              .locale(Locale.ENGLISH)
              .formatAssertionsEnabled(false)
              .regularExpressionFactory(new BoundedRegularExpressions())
              .build()));

  /**
   * {@code dialect} with keywords it does not know (MCP's {@code x-mcp-header}, vendors'
   * {@code x-...}) kept as annotations, as 2020-12 says, instead of a warning logged per schema.
   */
  private static Dialect annotating(Dialect dialect) {
    return Dialect.builder(dialect)
        .unknownKeywordFactory((keyword, context) -> new AnnotationKeyword(keyword)).build();
  }

  private static final Map<SchemaDialect, Schema> META_SCHEMAS = new ConcurrentHashMap<>();

  private final JsonNode source;
  private final SchemaDialect dialect;
  private final Schema schema;
  private final SchemaLimits limits;

  private JsonSchemaValidator(JsonNode source, SchemaDialect dialect, Schema schema,
      SchemaLimits limits) {
    this.source = source;
    this.dialect = dialect;
    this.schema = schema;
    this.limits = limits;
  }

  /** Compiles {@code schema} with the {@link SchemaLimits#DEFAULT default limits}. */
  public static JsonSchemaValidator compile(JsonNode schema) {
    return compile(schema, SchemaLimits.DEFAULT);
  }

  /**
   * Compiles {@code schema}; later changes to the node do not affect the validator.
   *
   * @throws IllegalArgumentException if the dialect is unsupported, the schema is invalid for it,
   *     too large, or refers to anything outside itself; the message says which
   */
  public static JsonSchemaValidator compile(JsonNode schema, SchemaLimits limits) {
    SchemaDialect dialect = SchemaAdmission.check(schema, limits);
    JsonNode copy = schema.deepCopy();
    List<String> problems = format(metaSchema(dialect).validate(copy));
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("not a valid JSON Schema (" + dialect.uri() + "): "
          + String.join("; ", problems));
    }
    try {
      Schema compiled = REGISTRY.getSchema(copy);
      compiled.initializeValidators();
      return new JsonSchemaValidator(copy, dialect, compiled, limits);
    } catch (RuntimeException e) {
      // SchemaException for a dangling $ref, PatternSyntaxException for a bad pattern, ...
      throw new IllegalArgumentException("cannot compile the JSON Schema: " + e.getMessage(), e);
    }
  }

  /**
   * The problems of {@code instance}, each as {@code "<JSON path>: <reason>"} (e.g.
   * {@code "$.items[0]: integer found, string expected"}); empty when it is valid. Work beyond
   * the limits stops validation and counts as a problem.
   */
  public List<String> validate(JsonNode instance) {
    try {
      return format(schema.validate(instance, context -> context.executionConfig(config -> config
          .maxEvaluationSteps(limits.maxEvaluationSteps())
          .maxEvaluationDepth(limits.maxEvaluationDepth()))));
    } catch (ValidationLimitExceededException e) {
      String limit = switch (e.getLimitKind()) {
        case EVALUATION_STEPS -> "more than " + e.getLimit() + " evaluation steps";
        case EVALUATION_DEPTH -> "subschemas nested more than " + e.getLimit() + " deep";
      };
      return List.of(e.getInstanceLocation() + ": too costly to validate: " + limit);
    } catch (ReadBudget.Exhausted e) {
      return List.of("$: too costly to validate: " + e.getMessage());
    } catch (SchemaException e) {
      return List.of("$: the schema cannot be applied: " + e.getMessage());
    }
  }

  /** Whether {@code instance} is valid. */
  public boolean isValid(JsonNode instance) {
    return validate(instance).isEmpty();
  }

  /** The schema as compiled (a copy). */
  public JsonNode schema() {
    return source.deepCopy();
  }

  /** The {@code $schema} URI of the dialect the schema is validated by. */
  public String dialect() {
    return dialect.uri();
  }

  private static List<String> format(List<Error> errors) {
    return errors.stream().map(error -> error.getInstanceLocation() + ": " + error.getMessage())
        .toList();
  }

  private static Schema metaSchema(SchemaDialect dialect) {
    return META_SCHEMAS.computeIfAbsent(dialect,
        key -> REGISTRY.getSchema(SchemaLocation.of(key.uri())));
  }

  private static boolean isMetaSchema(String iri) {
    return iri.startsWith("https://json-schema.org/draft/")
        || iri.startsWith("http://json-schema.org/draft-0");
  }
}
