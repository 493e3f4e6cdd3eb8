/**
 * The sql server: read-only SQL over JDBC (PostgreSQL, or an embedded H2 database), with the
 * tool and resources of the official (archived) PostgreSQL MCP server. Read-only is enforced by
 * the database, one statement per call, with a statement timeout and a row cap.
 */
@NullMarked
package io.jmcp.servers.sql;

import org.jspecify.annotations.NullMarked;
