package io.jmcp.core;

/**
 * One variable of an expression (RFC 6570 section 2.3 and 2.4).
 *
 * @param name the variable name as written in the template
 * @param maxLength the prefix modifier {@code :n}, or 0 when there is none
 * @param explode whether the explode modifier {@code *} is present
 */
record VarSpec(String name, int maxLength, boolean explode) {}
