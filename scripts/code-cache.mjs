#!/usr/bin/env node
// Writes dist/server-core.js.cache, the V8 code cache dist/server.js starts the server with:
// runs one short LSP session over stdio (open essays in all three formats built from the bundled
// pack's examples, hover, complete, fix, edit) so that the cache holds what a session compiles.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LspClient } from './lib/lsp-client.mjs';
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

const client = new LspClient(path.join(dist, 'server.js'), { ...process.env, CLIO_WRITE_CODE_CACHE: '1' });
const { proc } = client;
const open = async (uri, languageId, text) => {
  const published = client.diagnostics(uri);
  client.notify('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  return (await published).diagnostics;
};

const timer = setTimeout(() => { console.error('code cache: the server did not answer in 60 s'); proc.kill(); process.exit(1); }, 60000);
await client.request('initialize', { processId: process.pid, rootUri: null, capabilities: { workspace: { configuration: true } } });
client.notify('initialized', {});
for (const [ext, lang, format] of [['md', 'markdown', 'markdown'], ['tex', 'latex', 'latex'], ['txt', 'plaintext', 'plaintext']]) {
  const uri = `file:///code-cache/essay.${ext}`;
  const text = texts[format];
  const diagnostics = await open(uri, lang, text);
  const at = text.search(/Bukharin|Trotsky|Stalin/);
  if (at < 0 || !diagnostics.length) throw new Error(`code cache: the ${format} warm-up essay names no one or gets no findings`);
  const line = text.slice(0, at).split('\n').length - 1;
  const character = at - text.lastIndexOf('\n', at - 1) - 1;
  await client.request('textDocument/hover', { textDocument: { uri }, position: { line, character: character + 2 } });
  await client.request('textDocument/completion', { textDocument: { uri }, position: { line, character: character + 3 } });
  if (diagnostics.length) await client.request('textDocument/codeAction', { textDocument: { uri }, range: diagnostics[0].range, context: { diagnostics: [diagnostics[0]] } });
  const again = client.diagnostics(uri);
  client.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: { line, character }, end: { line, character } }, text: 'The ' }] });
  await again;
}
await client.request('shutdown', null);
client.notify('exit', null);
proc.on('exit', (code) => {
  clearTimeout(timer);
  const cache = path.join(dist, 'server-core.js.cache');
  if (code !== 0 || !fs.existsSync(cache)) {
    console.error(`code cache: not written (server exit code ${code})`);
    process.exit(1);
  }
});
