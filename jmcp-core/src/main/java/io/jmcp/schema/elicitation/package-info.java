/**
 * Elicitation: the server asks the user for input through the client, by a form with a restricted
 * schema (2025-06-18+) or by sending the user to a URL (2025-11-25+).
 */
@NullMarked
package io.jmcp.schema.elicitation;

import org.jspecify.annotations.NullMarked;
