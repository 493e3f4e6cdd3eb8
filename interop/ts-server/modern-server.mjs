// An MCP server written with the official TypeScript SDK v2 (@modelcontextprotocol/server), which
// serves 2026-07-28 and the 2025 revisions from one definition. jmcp's interop tests point the
// jmcp client at it, over stdio or HTTP, to prove the client works against a server jmcp did not
// write.
//
//   node modern-server.mjs --stdio [--modern-only] [--skills]
//   node modern-server.mjs --http [--port N] [--modern-only] [--skills]   (prints "listening on <url>")
//
// Tools: echo, add, confirm (asks the user through elicitation), summarize (asks the client's
// model through sampling), list_roots (asks for the client's roots), announce (adds a tool, so
// listeners hear tools/list_changed). Resource: test://info. Prompt: greeting. With --skills it
// also publishes two skills through the SDK's skills extension (SEP-2640).
import http from 'node:http';
import { Readable } from 'node:stream';
import * as z from 'zod';
import {
  McpServer,
  createMcpHandler,
  inputRequired,
  inputResponse,
  acceptedContent,
} from '@modelcontextprotocol/server';
import { serveStdio } from '@modelcontextprotocol/server/stdio';
import { SkillsExtension, memorySkillFiles } from '@modelcontextprotocol/server/ext/skills';

const args = process.argv.slice(2);
const modernOnly = args.includes('--modern-only');
const portIndex = args.indexOf('--port');
const port = portIndex >= 0 ? Number(args[portIndex + 1]) : 0;

const skills = args.includes('--skills')
  ? await SkillsExtension.load(memorySkillFiles({
    'pdf-processing/SKILL.md':
      '---\nname: pdf-processing\ndescription: Extract, fill, and assemble PDF documents\n'
      + 'metadata:\n  team: docs\n---\n\nUse references/FORMS.md for forms.\n',
    'pdf-processing/references/FORMS.md': '# Forms\n\nFill each field.\n',
    'acme/billing/refunds/SKILL.md':
      '---\nname: refunds\ndescription: "Refund a customer: check, approve, pay"\n---\n\nBody.\n',
    'acme/billing/refunds/assets/logo.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0xff]),
  }))
  : undefined;

// Tools registered at run time survive across the per-request instances HTTP serving creates.
const announced = new Set();
// Stdio serves one pinned instance, which registers the tool itself (and tells the client);
// HTTP builds an instance per request, so the handler's listen bus tells the listeners.
let onAnnounce = () => {};

function text(value) {
  return { content: [{ type: 'text', text: value }] };
}

function registerAnnounced(server, name) {
  server.registerTool(name, { description: 'Announced at run time' }, async () => text(name));
}

function build() {
  const server = new McpServer(
    { name: 'ts-modern-server', version: '2.4.0' },
    { capabilities: { tools: { listChanged: true }, resources: {}, prompts: {}, logging: {} } },
  );
  server.registerTool(
    'echo',
    { description: 'Echoes the message back', inputSchema: z.object({ message: z.string() }) },
    async ({ message }) => text(`Echo: ${message}`),
  );
  server.registerTool(
    'add',
    {
      description: 'Adds two numbers',
      inputSchema: z.object({ a: z.number(), b: z.number() }),
      outputSchema: z.object({ sum: z.number() }),
    },
    async ({ a, b }) => ({ ...text(String(a + b)), structuredContent: { sum: a + b } }),
  );
  server.registerTool(
    'confirm',
    { description: 'Asks the user for a name', inputSchema: z.object({}) },
    async (_args, ctx) => {
      const answer = inputResponse(ctx.mcpReq.inputResponses, 'name');
      if (answer.kind === 'elicit') {
        return answer.action === 'accept'
          ? text(`confirmed: ${acceptedContent(ctx.mcpReq.inputResponses, 'name')?.name}`)
          : text(`not confirmed: ${answer.action}`);
      }
      return inputRequired({
        inputRequests: {
          name: inputRequired.elicit({
            message: 'What is your name?',
            requestedSchema: {
              type: 'object',
              properties: { name: { type: 'string' } },
              required: ['name'],
            },
          }),
        },
      });
    },
  );
  server.registerTool(
    'summarize',
    { description: 'Asks the client model to summarize', inputSchema: z.object({ topic: z.string() }) },
    async ({ topic }, ctx) => {
      const answer = inputResponse(ctx.mcpReq.inputResponses, 'summary');
      if (answer.kind === 'sampling') {
        const content = answer.result.content;
        const block = Array.isArray(content) ? content[0] : content;
        return text(`model said: ${block.text}`);
      }
      return inputRequired({
        inputRequests: {
          summary: inputRequired.createMessage({
            messages: [{ role: 'user', content: { type: 'text', text: `Summarize ${topic}` } }],
            maxTokens: 50,
          }),
        },
      });
    },
  );
  server.registerTool(
    'list_roots',
    { description: 'Lists the client roots', inputSchema: z.object({}) },
    async (_args, ctx) => {
      const answer = inputResponse(ctx.mcpReq.inputResponses, 'roots');
      if (answer.kind === 'roots') {
        return text(answer.roots.map((root) => root.uri).join(','));
      }
      return inputRequired({ inputRequests: { roots: inputRequired.listRoots() } });
    },
  );
  server.registerTool(
    'announce',
    { description: 'Adds a tool named after the argument', inputSchema: z.object({ name: z.string() }) },
    async ({ name }) => {
      announced.add(name);
      onAnnounce(server, name);
      return text(`announced ${name}`);
    },
  );
  for (const name of announced) {
    registerAnnounced(server, name);
  }
  server.registerResource(
    'info',
    'test://info',
    { description: 'What this server is', mimeType: 'text/plain' },
    async (uri) => ({ contents: [{ uri: uri.href, mimeType: 'text/plain', text: 'official TypeScript SDK v2' }] }),
  );
  server.registerPrompt(
    'greeting',
    { description: 'Greets someone', argsSchema: z.object({ name: z.string() }) },
    async ({ name }) => ({
      messages: [{ role: 'user', content: { type: 'text', text: `Hello, ${name}!` } }],
    }),
  );
  skills?.attach(server);
  return server;
}

if (args.includes('--stdio')) {
  onAnnounce = registerAnnounced;
  serveStdio(
    () => build(),
    { legacy: modernOnly ? 'reject' : 'serve', onerror: (e) => console.error(e) },
  );
} else if (args.includes('--http')) {
  const handler = createMcpHandler(() => build(), {
    legacy: modernOnly ? 'reject' : 'stateless',
    onerror: (e) => console.error(e),
  });
  onAnnounce = () => handler.notify.toolsChanged();
  const server = http.createServer(async (req, res) => {
    try {
      const controller = new AbortController();
      res.on('close', () => controller.abort());
      const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
      const request = new Request(`http://${req.headers.host}${req.url}`, {
        method: req.method,
        headers: Object.entries(req.headers).flatMap(([name, value]) =>
          Array.isArray(value) ? value.map((v) => [name, v]) : [[name, value]],
        ),
        body: hasBody ? Readable.toWeb(req) : undefined,
        duplex: hasBody ? 'half' : undefined,
        signal: controller.signal,
      });
      const response = await handler.fetch(request);
      res.writeHead(response.status, Object.fromEntries(response.headers));
      if (response.body) {
        for await (const chunk of response.body) {
          res.write(chunk);
        }
      }
      res.end();
    } catch (e) {
      if (!res.headersSent) {
        res.writeHead(500, { 'content-type': 'text/plain' });
      }
      res.end(String(e));
    }
  });
  server.listen(port, '127.0.0.1', () => {
    console.log(`listening on http://127.0.0.1:${server.address().port}/mcp`);
  });
} else {
  console.error('usage: modern-server.mjs --stdio | --http [--port N] [--modern-only]');
  process.exit(2);
}
