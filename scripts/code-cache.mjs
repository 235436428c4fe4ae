#!/usr/bin/env node
// Writes dist/server-core.js.cache, the V8 code cache dist/server.js starts the server with:
// runs one short LSP session over stdio (open essays in all three formats built from the bundled
// pack's examples, hover, complete, fix, edit) so that the cache holds what a session compiles.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { packExamples } from './lib/pack-examples.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const examples = packExamples(path.join(dist, 'knowledge'));
const textOf = (format) => {
  const text = examples.filter((e) => e.format === format).map((e) => e.text.trim()).join('\n\n');
  if (!text) throw new Error(`code cache: the bundled packs have no ${format} examples to warm the session with`);
  return text + '\n';
};
const texts = { markdown: textOf('markdown'), latex: textOf('latex'), plaintext: textOf('plaintext') };

const proc = spawn(process.execPath, [path.join(dist, 'server.js'), '--stdio'], { env: { ...process.env, CLIO_WRITE_CODE_CACHE: '1' }, stdio: ['pipe', 'pipe', 'inherit'] });
let buffer = Buffer.alloc(0);
let nextId = 1;
const waiting = new Map();
const send = (m) => {
  const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...m }));
  proc.stdin.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`), body]));
};
const request = (method, params) => new Promise((resolve) => { const id = nextId++; waiting.set(id, resolve); send({ id, method, params }); });
const published = new Map();
proc.stdout.on('data', (chunk) => {
  buffer = Buffer.concat([buffer, chunk]);
  for (;;) {
    const end = buffer.indexOf('\r\n\r\n');
    if (end < 0) return;
    const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, end).toString())[1]);
    if (buffer.length < end + 4 + length) return;
    const m = JSON.parse(buffer.subarray(end + 4, end + 4 + length).toString());
    buffer = buffer.subarray(end + 4 + length);
    if (m.id !== undefined && m.method) send({ id: m.id, result: m.method === 'workspace/configuration' ? m.params.items.map(() => null) : null });
    else if (m.id !== undefined) waiting.get(m.id)?.(m.result);
    else if (m.method === 'textDocument/publishDiagnostics') published.get(m.params.uri)?.(m.params.diagnostics);
  }
});
const open = (uri, languageId, text) => new Promise((resolve) => { published.set(uri, resolve); send({ method: 'textDocument/didOpen', params: { textDocument: { uri, languageId, version: 1, text } } }); });

const timer = setTimeout(() => { console.error('code cache: the server did not answer in 60 s'); proc.kill(); process.exit(1); }, 60000);
await request('initialize', { processId: process.pid, rootUri: null, capabilities: { workspace: { configuration: true } } });
send({ method: 'initialized', params: {} });
for (const [ext, lang, format] of [['md', 'markdown', 'markdown'], ['tex', 'latex', 'latex'], ['txt', 'plaintext', 'plaintext']]) {
  const uri = `file:///code-cache/essay.${ext}`;
  const text = texts[format];
  const diagnostics = await open(uri, lang, text);
  const at = text.search(/Bukharin|Trotsky|Stalin/);
  if (at < 0 || !diagnostics.length) throw new Error(`code cache: the ${format} warm-up essay names no one or gets no findings`);
  const line = text.slice(0, at).split('\n').length - 1;
  const character = at - text.lastIndexOf('\n', at - 1) - 1;
  await request('textDocument/hover', { textDocument: { uri }, position: { line, character: character + 2 } });
  await request('textDocument/completion', { textDocument: { uri }, position: { line, character: character + 3 } });
  if (diagnostics.length) await request('textDocument/codeAction', { textDocument: { uri }, range: diagnostics[0].range, context: { diagnostics: [diagnostics[0]] } });
  const again = new Promise((resolve) => published.set(uri, resolve));
  send({ method: 'textDocument/didChange', params: { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: { line, character }, end: { line, character } }, text: 'The ' }] } });
  await again;
}
await request('shutdown', null);
send({ method: 'exit', params: null });
proc.on('exit', (code) => {
  clearTimeout(timer);
  const cache = path.join(dist, 'server-core.js.cache');
  if (code !== 0 || !fs.existsSync(cache)) {
    console.error(`code cache: not written (server exit code ${code})`);
    process.exit(1);
  }
});
