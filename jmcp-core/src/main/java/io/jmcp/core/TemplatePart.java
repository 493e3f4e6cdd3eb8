package io.jmcp.core;

import java.util.List;

/** A parsed piece of a URI template: literal text or an expression in braces. */
sealed interface TemplatePart {

  /**
   * Literal text, kept as written (RFC 6570 section 2.1).
   *
   * @param text the literal characters, with any percent-encoded triplets as written
   * @param expanded the text as expansion writes it: characters not allowed in a URI encoded
   */
  record Literal(String text, String expanded) implements TemplatePart {}

  /**
   * An expression (RFC 6570 section 2.2).
   *
   * @param operator the operator, {@link Operator#SIMPLE} when there is none
   * @param variables the variables in order, at least one
   */
  record Expression(Operator operator, List<VarSpec> variables) implements TemplatePart {
    public Expression {
      variables = List.copyOf(variables);
    }
  }
}
