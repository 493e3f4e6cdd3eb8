package io.jmcp.core.jsonschema;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Text for the {@code "description"} of the schema generated for a record component, field,
 * parameter or type. Models read it to decide what to pass, so say what the value means and what
 * shape it takes.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD,
    ElementType.TYPE})
public @interface Description {

  /** The description. */
  String value();
}
