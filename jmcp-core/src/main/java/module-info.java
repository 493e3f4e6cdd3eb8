/** jmcp core: the JSON-RPC engine, the MCP wire model and protocol revisions, stdio and in-memory transports. */
module io.jmcp.core {
  requires transitive tools.jackson.databind;
  requires transitive com.fasterxml.jackson.annotation;
  requires transitive org.jspecify;
  requires org.slf4j;
  requires com.networknt.schema;
  requires tools.jackson.dataformat.yaml;

  exports io.jmcp.core;
  exports io.jmcp.core.jsonschema;
  exports io.jmcp.core.skills;
  exports io.jmcp.core.tasks;
  exports io.jmcp.jsonrpc;
  exports io.jmcp.schema;
  exports io.jmcp.schema.content;
  exports io.jmcp.schema.lifecycle;
  exports io.jmcp.schema.tools;
  exports io.jmcp.schema.resources;
  exports io.jmcp.schema.prompts;
  exports io.jmcp.schema.completion;
  exports io.jmcp.schema.logging;
  exports io.jmcp.schema.roots;
  exports io.jmcp.schema.sampling;
  exports io.jmcp.schema.elicitation;
  exports io.jmcp.schema.tasks;
  exports io.jmcp.schema.mrtr;
  exports io.jmcp.schema.subscriptions;
  exports io.jmcp.schema.skills;

  opens io.jmcp.schema to tools.jackson.databind;
  opens io.jmcp.schema.content to tools.jackson.databind;
  opens io.jmcp.schema.lifecycle to tools.jackson.databind;
  opens io.jmcp.schema.tools to tools.jackson.databind;
  opens io.jmcp.schema.resources to tools.jackson.databind;
  opens io.jmcp.schema.prompts to tools.jackson.databind;
  opens io.jmcp.schema.completion to tools.jackson.databind;
  opens io.jmcp.schema.logging to tools.jackson.databind;
  opens io.jmcp.schema.roots to tools.jackson.databind;
  opens io.jmcp.schema.sampling to tools.jackson.databind;
  opens io.jmcp.schema.elicitation to tools.jackson.databind;
  opens io.jmcp.schema.tasks to tools.jackson.databind;
  opens io.jmcp.schema.mrtr to tools.jackson.databind;
  opens io.jmcp.schema.subscriptions to tools.jackson.databind;
  exports io.jmcp.transport.memory;
  exports io.jmcp.transport.stdio;
}
