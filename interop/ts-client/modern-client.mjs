// An MCP client built on the official TypeScript SDK v2 (@modelcontextprotocol/client), which
// speaks both eras: it connects with the given version negotiation, uses the tools, resources and
// prompts it is told to, answers the server's questions (elicitation, sampling, roots) with fixed
// answers, and prints one JSON report. It is jmcp's independent witness for 2026-07-28.
//
// Usage: node modern-client.mjs [--mode auto|modern|legacy] [--call TOOL[=JSON]]... [--read URI]...
//          [--prompt NAME[=JSON]]... [--skills] (-- <server command...> | --url URL)
//   --mode    auto: probe server/discover, fall back to initialize (default);
//             modern: pin 2026-07-28; legacy: initialize only
//   --call    a tool to call, with arguments as JSON (default {})
//   --read    a resource to read;  --prompt  a prompt to get, with arguments as JSON
//   --skills  act as a skills host (SEP-2640): list every skill, read and verify each of its
//             files, and list each skill's folder
// Exit codes: 0 done (the report lists per-call errors); 1 connection failure; 2 bad usage.

import { Client, StreamableHTTPClientTransport } from "@modelcontextprotocol/client";
import { StdioClientTransport } from "@modelcontextprotocol/client/stdio";
import { SkillsClient } from "@modelcontextprotocol/client/ext/skills";
import process from "node:process";

const SAMPLING_REPLY = "This is a fixed reply from the jmcp modern interop client.";

function parseArgs(argv) {
  const options = { mode: "auto", calls: [], reads: [], prompts: [], skills: false, url: undefined, command: [] };
  const dashDash = argv.indexOf("--");
  const flags = dashDash >= 0 ? argv.slice(0, dashDash) : argv;
  options.command = dashDash >= 0 ? argv.slice(dashDash + 1) : [];
  const pair = (text) => {
    const eq = text.indexOf("=");
    return eq < 0 ? [text, {}] : [text.slice(0, eq), JSON.parse(text.slice(eq + 1))];
  };
  for (let i = 0; i < flags.length; i++) {
    switch (flags[i]) {
      case "--mode": options.mode = flags[++i]; break;
      case "--call": options.calls.push(pair(flags[++i])); break;
      case "--read": options.reads.push(flags[++i]); break;
      case "--prompt": options.prompts.push(pair(flags[++i])); break;
      case "--url": options.url = flags[++i]; break;
      case "--skills": options.skills = true; break;
      default: usage(`unknown option ${flags[i]}`);
    }
  }
  if (!["auto", "modern", "legacy"].includes(options.mode)) usage("--mode is auto, modern or legacy");
  if (options.url === undefined && options.command.length === 0) usage("no server command or --url");
  return options;
}

function usage(problem) {
  process.stderr.write(`modern-client: ${problem}\n`);
  process.exit(2);
}

function negotiation(mode) {
  switch (mode) {
    case "modern": return { mode: { pin: "2026-07-28" } };
    case "legacy": return { mode: "legacy" };
    default: return { mode: "auto", probe: { timeoutMs: 10000 } };
  }
}

function describe(error) {
  if (error && typeof error === "object" && "code" in error) return `${error.code} ${error.message}`;
  return String(error?.message ?? error);
}

// Every file is read through SkillsClient.read, which checks it against the listing (size,
// digest, and for SKILL.md the frontmatter); a mismatch lands in errors.
async function skills(client, errors) {
  const host = new SkillsClient(client);
  const found = { supported: host.supported, directoryRead: host.directoryRead, entries: [] };
  let listing;
  try {
    listing = await host.list();
  } catch (error) {
    errors.push(`skills/list: ${describe(error)}`);
    return found;
  }
  for (const entry of listing.skills) {
    const summary = { uri: entry.uri, name: entry.frontmatter.name, frontmatter: entry.frontmatter,
      files: [], children: null };
    const files = entry.resources === "dynamic" ? [] : entry.resources;
    for (const file of files) {
      try {
        const read = await host.read(entry, file.uri);
        summary.files.push({ uri: read.uri, verified: read.verified, size: read.bytes.length,
          text: read.text !== undefined });
      } catch (error) {
        errors.push(`read ${file.uri}: ${describe(error)}`);
      }
    }
    try {
      const again = await host.get(entry.uri);
      summary.got = again.skill.uri === entry.uri;
    } catch (error) {
      errors.push(`skills/get ${entry.uri}: ${describe(error)}`);
    }
    if (host.directoryRead) {
      try {
        const folder = entry.uri.replace(/\/SKILL\.md$/, "");
        summary.children = (await host.readDirectory(folder)).resources
          .map((child) => `${child.name} ${child.mimeType}`);
      } catch (error) {
        errors.push(`resources/directory/read ${entry.uri}: ${describe(error)}`);
      }
    }
    found.entries.push(summary);
  }
  return found;
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const seen = { elicitation: 0, sampling: 0, roots: 0, progress: 0, logs: 0, listChanged: 0 };
  const client = new Client(
    { name: "jmcp-interop-modern-client", version: "1.0.0" },
    {
      capabilities: { sampling: {}, elicitation: { form: {} }, roots: {} },
      versionNegotiation: negotiation(options.mode),
      listChanged: {
        tools: { onChanged: () => { seen.listChanged++; } },
      },
    },
  );
  client.setRequestHandler("elicitation/create", async (request) => {
    seen.elicitation++;
    const properties = request.params.requestedSchema?.properties ?? {};
    const content = {};
    for (const [name, schema] of Object.entries(properties)) {
      content[name] = schema.default ?? (schema.type === "string" ? "Ada" : schema.type === "boolean" ? true : 1);
    }
    return { action: "accept", content };
  });
  client.setRequestHandler("sampling/createMessage", async () => {
    seen.sampling++;
    return { role: "assistant", content: { type: "text", text: SAMPLING_REPLY }, model: "jmcp-interop-model" };
  });
  client.setRequestHandler("roots/list", async () => {
    seen.roots++;
    return { roots: [{ uri: "file:///tmp", name: "tmp" }] };
  });
  client.setNotificationHandler("notifications/message", () => { seen.logs++; });

  const transport = options.url !== undefined
    ? new StreamableHTTPClientTransport(new URL(options.url))
    : new StdioClientTransport({
      command: options.command[0], args: options.command.slice(1),
      env: Object.fromEntries(Object.entries(process.env).filter(([, v]) => v !== undefined)),
      stderr: "inherit",
    });
  try {
    await client.connect(transport);
  } catch (error) {
    process.stderr.write(`modern-client: connect failed: ${describe(error)}\n`);
    process.exit(1);
  }
  const report = {
    era: client.getProtocolEra(),
    protocolVersion: client.getNegotiatedProtocolVersion(),
    serverInfo: client.getServerVersion(),
    discover: client.getDiscoverResult() ?? null,
    tools: [], calls: {}, reads: {}, prompts: {}, errors: [],
  };
  // The SDK warns on stdout (which is the report) when asked to list what the server lacks.
  if (client.getServerCapabilities()?.tools) {
    try {
      report.tools = (await client.listTools()).tools.map((tool) => tool.name);
    } catch (error) {
      report.errors.push(`tools/list: ${describe(error)}`);
    }
  }
  for (const [name, args] of options.calls) {
    try {
      const result = await client.callTool({ name, arguments: args },
        { onprogress: () => { seen.progress++; } });
      report.calls[name] = { isError: result.isError === true,
        text: (result.content ?? []).filter((c) => c.type === "text").map((c) => c.text).join("\n"),
        structuredContent: result.structuredContent ?? null };
    } catch (error) {
      report.errors.push(`tools/call ${name}: ${describe(error)}`);
    }
  }
  for (const uri of options.reads) {
    try {
      const result = await client.readResource({ uri });
      report.reads[uri] = result.contents.map((c) => c.text ?? `<${c.blob?.length ?? 0} base64 chars>`);
    } catch (error) {
      report.errors.push(`resources/read ${uri}: ${describe(error)}`);
    }
  }
  for (const [name, args] of options.prompts) {
    try {
      const result = await client.getPrompt({ name, arguments: args });
      report.prompts[name] = result.messages.length;
    } catch (error) {
      report.errors.push(`prompts/get ${name}: ${describe(error)}`);
    }
  }
  if (options.skills) {
    report.skills = await skills(client, report.errors);
  }
  report.seen = seen;
  await client.close().catch(() => {});
  process.stdout.write(JSON.stringify(report, null, 2) + "\n", () => process.exit(0));
}

await main();
