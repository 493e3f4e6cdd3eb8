// An MCP client built on the official TypeScript SDK that walks a whole server (over stdio, Streamable
// HTTP or the legacy HTTP+SSE transport) and prints one JSON report. It is jmcp's independent witness: whatever it can list, call, read and complete,
// an official client can too.
//
// Usage: node everything-client.mjs [--strict] [--timeout-ms N] [--cwd DIR] [--root DIR]
//          (-- <server command...> | --url URL [--transport streamable|sse])
//   --url         connect over HTTP instead of starting a process (--transport picks the kind)
//   --strict      exit 3 when the walk completed but recorded errors (failed calls, invalid results)
//   --timeout-ms  per-request timeout (default 30000); the whole walk gets 20 times that
//   --cwd         working directory of the server process
//   --root        the directory offered as the one root (default: a fresh temporary directory,
//                 deleted afterwards; a server that honours roots may write there)
// Exit codes: 0 walk completed (tool results with isError are reported, not failures);
//             1 connection or protocol failure (message on stderr); 2 bad usage; 3 see --strict.

import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { SSEClientTransport } from "@modelcontextprotocol/sdk/client/sse.js";
import {
  CreateMessageRequestSchema,
  ElicitRequestSchema,
  ListRootsRequestSchema,
  LoggingMessageNotificationSchema,
  ResourceUpdatedNotificationSchema,
  ToolListChangedNotificationSchema,
  ResourceListChangedNotificationSchema,
  PromptListChangedNotificationSchema,
} from "@modelcontextprotocol/sdk/types.js";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import process from "node:process";

const SAMPLE_TEXT = "jmcp interop sample";
// A data: URL stands in for every URL a tool might fetch: tests never leave the machine.
const SAMPLE_DATA_URL = `data:text/plain;base64,${Buffer.from(SAMPLE_TEXT).toString("base64")}`;
const SAMPLING_REPLY = "This is a fixed reply from the jmcp interop client.";

function parseArgs(argv) {
  const options = {
    strict: false, timeoutMs: 30_000, cwd: undefined, root: undefined, command: [], url: undefined,
    transport: "streamable",
  };
  const dashDash = argv.indexOf("--");
  const flags = dashDash >= 0 ? argv.slice(0, dashDash) : argv;
  options.command = dashDash >= 0 ? argv.slice(dashDash + 1) : [];
  for (let i = 0; i < flags.length; i++) {
    switch (flags[i]) {
      case "--strict":
        options.strict = true;
        break;
      case "--timeout-ms":
        options.timeoutMs = Number(flags[++i]);
        break;
      case "--cwd":
        options.cwd = flags[++i];
        break;
      case "--root":
        options.root = flags[++i];
        break;
      case "--url":
        options.url = flags[++i];
        break;
      case "--transport":
        options.transport = flags[++i];
        break;
      default:
        usage(`unknown option ${flags[i]}`);
    }
  }
  if (options.url === undefined && options.command.length === 0) usage("no server command or --url given");
  if (!["streamable", "sse"].includes(options.transport)) usage("--transport is streamable or sse");
  if (!Number.isFinite(options.timeoutMs) || options.timeoutMs <= 0) usage("--timeout-ms needs a positive number");
  return options;
}

function usage(problem) {
  process.stderr.write(
    `everything-client: ${problem}\n` +
      "usage: node everything-client.mjs [--strict] [--timeout-ms N] [--cwd DIR] [--root DIR]\n" +
      "         (-- <server command...> | --url URL [--transport streamable|sse])\n",
  );
  process.exit(2);
}

/** Counts everything the server sends on its own initiative. */
class Observations {
  constructor() {
    this.notifications = {};
    this.serverRequests = {};
    this.logMessages = 0;
    this.logLevels = {};
    this.progressNotifications = 0;
    this.samplingRequests = 0;
    this.elicitationRequests = 0;
    this.rootsRequests = 0;
    this.resourceUpdates = [];
    this.listChanged = { tools: 0, resources: 0, prompts: 0 };
    this.protocolVersion = undefined;
    this.sentProgressTokens = new Set();
  }

  inbound(message) {
    if (typeof message?.method !== "string") return;
    const table = message.id === undefined ? this.notifications : this.serverRequests;
    table[message.method] = (table[message.method] ?? 0) + 1;
    // Counted here, in wire order: the SDK runs notification handlers a tick after responses, so
    // its onprogress misses a progress notification that arrives right before the response.
    if (message.method === "notifications/progress" && this.sentProgressTokens.has(message.params?.progressToken)) {
      this.progressNotifications++;
    }
  }

  outbound(message) {
    const token = message?.params?._meta?.progressToken;
    if (message?.method !== undefined && token !== undefined) this.sentProgressTokens.add(token);
  }

  /** True for the SDK's complaint about progress that it delivered after the matching response. */
  isLateProgress(error) {
    const match = /progress notification for an unknown token: (.*)$/s.exec(String(error?.message ?? ""));
    if (!match) return false;
    try {
      return this.sentProgressTokens.has(JSON.parse(match[1]).params?.progressToken);
    } catch {
      return false;
    }
  }
}

/** Delegates to the real stdio transport and lets the walk see every inbound message. */
class ObservedTransport {
  constructor(inner, observations) {
    this.inner = inner;
    this.observations = observations;
  }

  async start() {
    this.inner.onmessage = (message, extra) => {
      this.observations.inbound(message);
      this.onmessage?.(message, extra);
    };
    this.inner.onerror = (error) => this.onerror?.(error);
    this.inner.onclose = () => this.onclose?.();
    return this.inner.start();
  }

  send(message, options) {
    this.observations.outbound(message);
    return this.inner.send(message, options);
  }

  close() {
    return this.inner.close();
  }

  // The SDK calls this once the version is agreed; stdio itself has no use for it.
  setProtocolVersion(version) {
    this.observations.protocolVersion = version;
    this.inner.setProtocolVersion?.(version);
  }
}

// ---------------------------------------------------------------------------------------------
// Values from JSON Schema: defaults first, then something valid and small for the type.

const DURATION_NAME = /(duration|delay|timeout|seconds|secs|millis|ms$|sleep|wait|interval)/i;
const URL_NAME = /(url|uri|link|href)$/i;

function resolveRef(schema, root) {
  let current = schema;
  for (let depth = 0; current && typeof current.$ref === "string" && depth < 16; depth++) {
    const ref = current.$ref;
    if (!ref.startsWith("#/")) return {};
    current = ref
      .slice(2)
      .split("/")
      .reduce((node, key) => node?.[key.replace(/~1/g, "/").replace(/~0/g, "~")], root);
  }
  return current ?? {};
}

function clampNumber(value, schema, integer) {
  let low = schema.minimum ?? (typeof schema.exclusiveMinimum === "number" ? schema.exclusiveMinimum + (integer ? 1 : 0.5) : undefined);
  let high = schema.maximum ?? (typeof schema.exclusiveMaximum === "number" ? schema.exclusiveMaximum - (integer ? 1 : 0.5) : undefined);
  if (low !== undefined && value < low) value = low;
  if (high !== undefined && value > high) value = high;
  return integer ? Math.ceil(value) : value;
}

function sampleString(schema, name, purpose) {
  switch (schema.format) {
    case "email":
      return "interop@example.com";
    case "uri":
    case "url":
    case "iri":
    case "uri-reference":
      return purpose === "elicitation" ? "https://example.com/jmcp" : SAMPLE_DATA_URL;
    case "date":
      return "2024-01-01";
    case "date-time":
      return "2024-01-01T00:00:00Z";
    case "time":
      return "00:00:00Z";
    case "uuid":
      return "00000000-0000-4000-8000-000000000000";
    default:
      break;
  }
  if (purpose === "tool" && URL_NAME.test(name)) return SAMPLE_DATA_URL;
  let text = `${SAMPLE_TEXT} ${name}`.trim();
  if (schema.maxLength !== undefined) text = text.slice(0, Math.max(schema.maxLength, 0));
  if (schema.minLength !== undefined) text = text.padEnd(schema.minLength, "x");
  return text;
}

function isRemoteUrl(value) {
  return typeof value === "string" && /^(https?|wss?|ftp):\/\//i.test(value);
}

/**
 * A value valid for `schema`. `purpose` is "tool" (keep the server on this machine, keep it quick)
 * or "elicitation" (what a user filling the form would plausibly type).
 */
function sampleValue(schema, name, root, purpose, depth = 0) {
  schema = resolveRef(schema ?? {}, root);
  if (depth > 8) return null;
  if (schema.const !== undefined) return schema.const;
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== "null") ?? "null" : schema.type;
  const numeric = type === "number" || type === "integer";
  if (numeric && purpose === "tool" && DURATION_NAME.test(name)) {
    return clampNumber(/ms$|millis/i.test(name) ? 10 : 1, schema, type === "integer");
  }
  if (schema.default !== undefined) {
    if (purpose === "tool" && isRemoteUrl(schema.default)) return SAMPLE_DATA_URL;
    return schema.default;
  }
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return schema.enum[0];
  for (const union of [schema.oneOf, schema.anyOf, schema.allOf]) {
    if (Array.isArray(union) && union.length > 0) {
      const branch = union.find((b) => resolveRef(b, root).type !== "null") ?? union[0];
      return sampleValue({ ...schema, oneOf: undefined, anyOf: undefined, allOf: undefined, ...resolveRef(branch, root) }, name, root, purpose, depth + 1);
    }
  }
  switch (type) {
    case "string":
      return sampleString(schema, name, purpose);
    case "integer":
    case "number":
      return clampNumber(1, schema, type === "integer");
    case "boolean":
      return purpose === "elicitation";
    case "null":
      return null;
    case "array": {
      const count = Math.min(Math.max(schema.minItems ?? 1, 1), schema.maxItems ?? Infinity);
      const itemSchema = resolveRef(schema.items ?? { type: "string" }, root);
      // Distinct choices where the items are an enumeration, so uniqueItems holds.
      const choices = itemSchema.enum ?? (itemSchema.anyOf ?? itemSchema.oneOf ?? []).map((b) => resolveRef(b, root).const).filter((c) => c !== undefined);
      const items = [];
      for (let i = 0; i < count; i++) {
        items.push(choices.length > 0 ? choices[i % choices.length] : sampleValue(itemSchema, name, root, purpose, depth + 1));
      }
      return items;
    }
    case "object":
    default:
      if (type === undefined && schema.properties === undefined) return SAMPLE_TEXT;
      return sampleObject(schema, root, purpose, depth + 1);
  }
}

function sampleObject(schema, root, purpose, depth) {
  const result = {};
  for (const [property, propertySchema] of Object.entries(schema.properties ?? {})) {
    result[property] = sampleValue(propertySchema, property, root, purpose, depth);
  }
  for (const property of schema.required ?? []) {
    if (!(property in result)) result[property] = SAMPLE_TEXT;
  }
  return result;
}

// ---------------------------------------------------------------------------------------------

function describeError(error) {
  if (error === undefined || error === null) return "unknown error";
  const code = typeof error.code === "number" ? ` (code ${error.code})` : "";
  return `${error.message ?? String(error)}${code}`;
}

async function allPages(list, key) {
  const items = [];
  let cursor;
  const seen = new Set();
  do {
    const page = await list(cursor === undefined ? {} : { cursor });
    items.push(...(page[key] ?? []));
    cursor = page.nextCursor;
    if (cursor !== undefined) {
      if (seen.has(cursor)) throw new Error(`${key} pagination repeats cursor ${JSON.stringify(cursor)}`);
      seen.add(cursor);
    }
  } while (cursor !== undefined);
  return items;
}

function contentTypes(content) {
  return (content ?? []).map((block) => block?.type ?? "unknown");
}

function describeContents(contents) {
  return (contents ?? []).map((item) => ({
    uri: item.uri,
    mimeType: item.mimeType,
    kind: typeof item.text === "string" ? "text" : typeof item.blob === "string" ? "blob" : "unknown",
  }));
}

/** Template variables in RFC 6570 expressions, with their operator. */
function templateVariables(uriTemplate) {
  const variables = [];
  for (const match of uriTemplate.matchAll(/\{([+#./;?&]?)([^}]+)\}/g)) {
    for (const spec of match[2].split(",")) {
      variables.push({ operator: match[1], name: spec.replace(/[*]$|:\d+$/, "") });
    }
  }
  return variables;
}

function expandTemplate(uriTemplate, values) {
  return uriTemplate.replace(/\{([+#./;?&]?)([^}]+)\}/g, (_, operator, specs) => {
    const names = specs.split(",").map((spec) => spec.replace(/[*]$|:\d+$/, ""));
    const encode = operator === "+" || operator === "#" ? encodeURI : encodeURIComponent;
    const parts = names.map((name) => encode(String(values[name] ?? "1")));
    switch (operator) {
      case "?":
        return "?" + names.map((name, i) => `${name}=${parts[i]}`).join("&");
      case "&":
        return "&" + names.map((name, i) => `${name}=${parts[i]}`).join("&");
      case ";":
        return names.map((name, i) => `;${name}=${parts[i]}`).join("");
      case ".":
        return "." + parts.join(".");
      case "/":
        return "/" + parts.join("/");
      case "#":
        return "#" + parts.join(",");
      default:
        return parts.join(",");
    }
  });
}

/** A fallback argument value when completion offers nothing. */
function guessArgument(name) {
  return /(id|count|number|num|index|page)$/i.test(name) ? "1" : `${SAMPLE_TEXT} ${name}`;
}

class Walk {
  constructor(options) {
    this.options = options;
    this.observations = new Observations();
    this.errors = [];
    this.report = {};
    this.closedUnexpectedly = false;
    this.finished = false;
    this.rootUri = pathToFileURL(resolve(options.root)).href;
  }

  requestOptions(extra = {}) {
    return { timeout: this.options.timeoutMs, ...extra };
  }

  record(where, error) {
    const message = `${where}: ${describeError(error)}`;
    this.errors.push(message);
    return describeError(error);
  }

  newClient() {
    const client = new Client(
      { name: "jmcp-interop-everything-client", version: "1.0.0" },
      {
        capabilities: {
          sampling: {},
          elicitation: { form: {} },
          roots: { listChanged: true },
        },
      },
    );
    const seen = this.observations;
    client.setRequestHandler(CreateMessageRequestSchema, async () => {
      seen.samplingRequests++;
      return {
        role: "assistant",
        content: { type: "text", text: SAMPLING_REPLY },
        model: "jmcp-interop-fixed-model",
        stopReason: "endTurn",
      };
    });
    client.setRequestHandler(ElicitRequestSchema, async (request) => {
      seen.elicitationRequests++;
      const schema = request.params.requestedSchema ?? { type: "object", properties: {} };
      return { action: "accept", content: sampleObject(schema, schema, "elicitation", 0) };
    });
    client.setRequestHandler(ListRootsRequestSchema, async () => {
      seen.rootsRequests++;
      return { roots: [{ uri: this.rootUri, name: "interop working directory" }] };
    });
    client.setNotificationHandler(LoggingMessageNotificationSchema, (notification) => {
      seen.logMessages++;
      const level = notification.params.level;
      seen.logLevels[level] = (seen.logLevels[level] ?? 0) + 1;
    });
    client.setNotificationHandler(ResourceUpdatedNotificationSchema, (notification) => {
      seen.resourceUpdates.push(notification.params.uri);
    });
    client.setNotificationHandler(ToolListChangedNotificationSchema, () => seen.listChanged.tools++);
    client.setNotificationHandler(ResourceListChangedNotificationSchema, () => seen.listChanged.resources++);
    client.setNotificationHandler(PromptListChangedNotificationSchema, () => seen.listChanged.prompts++);
    // The SDK reports messages it could not match or parse here (e.g. progress for an unknown token).
    client.onerror = (error) => {
      // Closing aborts the SDK's own GET stream, which it then reports (against any server).
      if (this.finished && /AbortError/.test(describeError(error))) return;
      if (!seen.isLateProgress(error)) this.record("protocol", error);
    };
    client.onclose = () => {
      if (!this.finished) this.closedUnexpectedly = true;
    };
    return client;
  }

  /** The transport to the server: a child process over stdio, or HTTP when --url is given. */
  transport() {
    if (this.options.url !== undefined) {
      const url = new URL(this.options.url);
      return this.options.transport === "sse" ? new SSEClientTransport(url) : new StreamableHTTPClientTransport(url);
    }
    const [command, ...args] = this.options.command;
    return new StdioClientTransport({
      command,
      args,
      cwd: this.options.cwd,
      // The whole environment: a JVM server needs JAVA_HOME and friends, not the SDK's short list.
      env: Object.fromEntries(Object.entries(process.env).filter(([, v]) => v !== undefined)),
      stderr: "inherit",
    });
  }

  async run() {
    const transport = this.transport();
    const client = this.newClient();
    this.client = client;
    await client.connect(new ObservedTransport(transport, this.observations), this.requestOptions());
    const capabilities = client.getServerCapabilities() ?? {};
    this.report.serverInfo = client.getServerVersion();
    this.report.protocolVersion = this.observations.protocolVersion;
    this.report.serverCapabilities = capabilities;
    this.report.hasInstructions = typeof client.getInstructions() === "string";

    await this.step("ping", () => client.ping(this.requestOptions()));
    if (capabilities.logging) {
      await this.step("logging/setLevel", () => client.setLoggingLevel("debug", this.requestOptions()));
    }
    const resources = capabilities.resources ? await this.walkResources(capabilities) : [];
    const templates = capabilities.resources ? await this.walkTemplates(capabilities) : [];
    const prompts = capabilities.prompts ? await this.walkPrompts(capabilities) : [];
    const subscribed = capabilities.resources?.subscribe ? await this.subscribe(resources, templates) : undefined;
    const tools = capabilities.tools ? await this.walkTools() : [];
    await this.checkRootsListChanged();
    if (subscribed !== undefined) {
      await this.step("resources/unsubscribe", () => client.unsubscribeResource({ uri: subscribed }, this.requestOptions()));
    }
    await this.relistAfterChanges(capabilities);
    await this.step("ping", () => client.ping(this.requestOptions()));

    this.report.tools = tools;
    this.report.resources = resources;
    this.report.resourceTemplates = templates;
    this.report.prompts = prompts;
    this.report.subscribedResource = subscribed;
    this.finished = true;
    if (this.closedUnexpectedly) throw new Error("the server closed the connection during the walk");
    await client.close();
  }

  /** A failed request: a JSON-RPC error is recorded and the walk goes on; a lost connection ends it. */
  failed(where, error) {
    if (this.closedUnexpectedly) throw new Error(`${where}: connection lost (${describeError(error)})`);
    return this.record(where, error);
  }

  async step(where, action) {
    try {
      return await action();
    } catch (error) {
      this.failed(where, error);
      return undefined;
    }
  }

  /** Lists that a capability promises must work: a failure there is a protocol failure. */
  async list(method, list, key) {
    try {
      return await allPages(list, key);
    } catch (error) {
      throw new Error(`${method} failed: ${describeError(error)}`);
    }
  }

  async walkResources() {
    const listed = await this.list("resources/list", (p) => this.client.listResources(p, this.requestOptions()), "resources");
    const report = [];
    for (const resource of listed) {
      const entry = { uri: resource.uri, name: resource.name, mimeType: resource.mimeType };
      try {
        const read = await this.client.readResource({ uri: resource.uri }, this.requestOptions());
        entry.contents = describeContents(read.contents);
      } catch (error) {
        entry.error = this.failed(`resources/read ${resource.uri}`, error);
      }
      report.push(entry);
    }
    return report;
  }

  async walkTemplates(capabilities) {
    const listed = await this.list(
      "resources/templates/list",
      (p) => this.client.listResourceTemplates(p, this.requestOptions()),
      "resourceTemplates",
    );
    const report = [];
    for (const template of listed) {
      const entry = { uriTemplate: template.uriTemplate, name: template.name, mimeType: template.mimeType };
      const values = {};
      const completions = [];
      for (const variable of templateVariables(template.uriTemplate)) {
        const offered = capabilities.completions
          ? await this.complete({ type: "ref/resource", uri: template.uriTemplate }, variable.name, values, completions)
          : [];
        values[variable.name] = offered[0] ?? guessArgument(variable.name);
      }
      if (completions.length > 0) entry.completions = completions;
      entry.readUri = expandTemplate(template.uriTemplate, values);
      try {
        const read = await this.client.readResource({ uri: entry.readUri }, this.requestOptions());
        entry.contents = describeContents(read.contents);
      } catch (error) {
        entry.error = this.failed(`resources/read ${entry.readUri}`, error);
      }
      report.push(entry);
    }
    return report;
  }

  async complete(ref, argumentName, context, into) {
    const params = { ref, argument: { name: argumentName, value: "" } };
    if (Object.keys(context).length > 0) params.context = { arguments: { ...context } };
    const entry = { ref, argument: argumentName };
    try {
      const result = await this.client.complete(params, this.requestOptions());
      entry.values = result.completion.values;
      if (result.completion.total !== undefined) entry.total = result.completion.total;
      if (result.completion.hasMore !== undefined) entry.hasMore = result.completion.hasMore;
    } catch (error) {
      entry.error = this.failed(`completion/complete ${ref.name ?? ref.uri} ${argumentName}`, error);
    }
    into.push(entry);
    return entry.values ?? [];
  }

  async walkPrompts(capabilities) {
    const listed = await this.list("prompts/list", (p) => this.client.listPrompts(p, this.requestOptions()), "prompts");
    const report = [];
    for (const prompt of listed) {
      const entry = { name: prompt.name, arguments: (prompt.arguments ?? []).map((a) => a.name) };
      const values = {};
      const completions = [];
      for (const argument of prompt.arguments ?? []) {
        const offered = capabilities.completions
          ? await this.complete({ type: "ref/prompt", name: prompt.name }, argument.name, values, completions)
          : [];
        values[argument.name] = offered[0] ?? guessArgument(argument.name);
      }
      if (completions.length > 0) entry.completions = completions;
      entry.sentArguments = values;
      try {
        const got = await this.client.getPrompt({ name: prompt.name, arguments: values }, this.requestOptions());
        entry.messages = got.messages.length;
        entry.contentTypes = got.messages.map((m) => m.content?.type ?? "unknown");
      } catch (error) {
        entry.error = this.failed(`prompts/get ${prompt.name}`, error);
      }
      report.push(entry);
    }
    return report;
  }

  async subscribe(resources, templates) {
    const uri = resources.find((r) => !r.error)?.uri ?? templates.find((t) => !t.error)?.readUri;
    if (uri === undefined) return undefined;
    const done = await this.step("resources/subscribe", async () => {
      await this.client.subscribeResource({ uri }, this.requestOptions());
      return true;
    });
    return done ? uri : undefined;
  }

  async walkTools() {
    const listed = await this.list("tools/list", (p) => this.client.listTools(p, this.requestOptions()), "tools");
    // The SDK caches output schemas and task support from the last listing; give it the whole list.
    this.client.cacheToolMetadata?.(listed);
    const report = [];
    for (const tool of listed) {
      const schema = tool.inputSchema ?? { type: "object" };
      const args = sampleObject(schema, schema, "tool", 0);
      const entry = { name: tool.name, arguments: args };
      const taskRequired = tool.execution?.taskSupport === "required";
      if (taskRequired) entry.task = true;
      const progressBefore = this.observations.progressNotifications;
      const options = this.requestOptions({
        // Asking for progress makes the SDK send a progressToken; the count comes from the wire.
        onprogress: () => {},
        resetTimeoutOnProgress: true,
        maxTotalTimeout: this.options.timeoutMs * 4,
      });
      try {
        const result = taskRequired
          ? await this.callAsTask(tool.name, args, options, entry)
          : await this.client.callTool({ name: tool.name, arguments: args }, undefined, options);
        entry.isError = result.isError === true;
        entry.contentTypes = contentTypes(result.content);
        if (result.structuredContent !== undefined) entry.structuredContent = true;
      } catch (error) {
        entry.error = this.failed(`tools/call ${tool.name}`, error);
      }
      const progress = this.observations.progressNotifications - progressBefore;
      if (progress > 0) entry.progress = progress;
      report.push(entry);
    }
    return report;
  }

  async callAsTask(name, args, options, entry) {
    const statuses = [];
    for await (const message of this.client.experimental.tasks.callToolStream({ name, arguments: args }, undefined, {
      ...options,
      task: { ttl: 60_000 },
    })) {
      switch (message.type) {
        case "taskCreated":
          statuses.push("created");
          break;
        case "taskStatus":
          statuses.push(message.task.status);
          break;
        case "result":
          entry.taskStatuses = statuses;
          return message.result;
        case "error":
          entry.taskStatuses = statuses;
          throw message.error;
      }
    }
    throw new Error("the task stream ended without a result");
  }

  /** Tells the server the roots changed and waits (briefly) for it to ask again. */
  async checkRootsListChanged() {
    if (this.observations.rootsRequests === 0) return;
    const before = this.observations.rootsRequests;
    await this.step("notifications/roots/list_changed", () => this.client.sendRootsListChanged());
    for (let waited = 0; waited < 2000 && this.observations.rootsRequests === before; waited += 50) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    this.report.rootsRequestedAfterListChanged = this.observations.rootsRequests > before;
  }

  async relistAfterChanges(capabilities) {
    const changed = this.observations.listChanged;
    const relisted = {};
    if (capabilities.tools && changed.tools > 0) {
      relisted.tools = (await this.list("tools/list", (p) => this.client.listTools(p, this.requestOptions()), "tools")).length;
    }
    if (capabilities.resources && changed.resources > 0) {
      relisted.resources = (await this.list("resources/list", (p) => this.client.listResources(p, this.requestOptions()), "resources")).length;
    }
    if (capabilities.prompts && changed.prompts > 0) {
      relisted.prompts = (await this.list("prompts/list", (p) => this.client.listPrompts(p, this.requestOptions()), "prompts")).length;
    }
    this.report.relistedAfterListChanged = relisted;
  }

  finalReport() {
    const seen = this.observations;
    const completions = [
      ...(this.report.prompts ?? []).flatMap((p) => p.completions ?? []),
      ...(this.report.resourceTemplates ?? []).flatMap((t) => t.completions ?? []),
    ];
    return {
      serverInfo: this.report.serverInfo,
      protocolVersion: this.report.protocolVersion,
      serverCapabilities: this.report.serverCapabilities,
      hasInstructions: this.report.hasInstructions,
      tools: this.report.tools,
      resources: this.report.resources,
      resourceTemplates: this.report.resourceTemplates,
      prompts: this.report.prompts,
      completions,
      subscribedResource: this.report.subscribedResource,
      resourceUpdates: seen.resourceUpdates.length,
      logMessages: seen.logMessages,
      logLevels: seen.logLevels,
      progressNotifications: seen.progressNotifications,
      samplingRequests: seen.samplingRequests,
      elicitationRequests: seen.elicitationRequests,
      rootsRequests: seen.rootsRequests,
      rootsRequestedAfterListChanged: this.report.rootsRequestedAfterListChanged,
      listChanged: seen.listChanged,
      relistedAfterListChanged: this.report.relistedAfterListChanged,
      notifications: seen.notifications,
      serverRequests: seen.serverRequests,
      errors: [...this.errors],
    };
  }
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  let temporaryRoot;
  if (options.root === undefined) {
    temporaryRoot = mkdtempSync(join(tmpdir(), "jmcp-interop-root-"));
    options.root = temporaryRoot;
    process.on("exit", () => rmSync(temporaryRoot, { recursive: true, force: true }));
  }
  const walk = new Walk(options);
  const overall = options.timeoutMs * 20;
  let timer;
  const deadline = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the walk did not finish within ${overall} ms`)), overall);
  });
  try {
    await Promise.race([walk.run(), deadline]);
  } catch (error) {
    process.stderr.write(`everything-client: ${describeError(error)}\n`);
    if (walk.errors.length > 0) process.stderr.write(`  earlier errors:\n    ${walk.errors.join("\n    ")}\n`);
    await walk.client?.close().catch(() => {});
    process.exit(1);
  }
  clearTimeout(timer);
  const report = walk.finalReport();
  process.stdout.write(JSON.stringify(report, null, 2) + "\n", () => {
    // Errors the SDK reports after the walk (e.g. while the connection closes) are not in the report.
    const late = walk.errors.slice(report.errors.length);
    if (late.length > 0) process.stderr.write(`everything-client: errors after the walk:\n  ${late.join("\n  ")}\n`);
    process.exit(options.strict && walk.errors.length > 0 ? 3 : 0);
  });
}

await main();
