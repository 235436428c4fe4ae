/**
 * The layering invariants, checked on the source: the engine is pure (no editor, no protocol,
 * no disk), the knowledge model/parse/build are pure, the client never reaches into the server,
 * and only the LSP layer speaks the protocol.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { builtinModules } from 'node:module';
import * as path from 'node:path';
import { ROOT } from '../helpers';

interface Import {
  /** The module specifier as written. */
  spec: string;
  /** For relative specifiers: the file (or folder) it points at, relative to ROOT, with forward slashes. */
  target?: string;
  line: number;
}

// import x from '…'; import type { X } from '…'; import '…'; export { x } from '…'; require('…'); import('…')
const IMPORT_RE = /(?:^|[;\s])(?:import|export)\s+(?:type\s+)?(?:[\w*${}\s,]+?\s+from\s+)?['"]([^'"]+)['"]|\brequire\(\s*['"]([^'"]+)['"]\s*\)|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

function tsFiles(dir: string): string[] {
  const abs = path.join(ROOT, dir);
  if (!fs.existsSync(abs)) return [];
  const out: string[] = [];
  for (const e of fs.readdirSync(abs, { withFileTypes: true })) {
    const rel = `${dir}/${e.name}`;
    if (e.isDirectory()) out.push(...tsFiles(rel));
    else if (e.name.endsWith('.ts') && !e.name.endsWith('.d.ts')) out.push(rel);
  }
  return out;
}

function importsOf(file: string, src = fs.readFileSync(path.join(ROOT, file), 'utf8')): Import[] {
  // Comments may mention modules ("no vscode here"): drop them first, keeping line numbers.
  const code = src.replace(/\/\*[\s\S]*?\*\//g, (m) => m.replace(/[^\n]/g, ' ')).replace(/(^|[^:'"`\\])\/\/[^\n]*/g, '$1');
  const out: Import[] = [];
  for (const m of code.matchAll(IMPORT_RE)) {
    const spec = m[1] ?? m[2] ?? m[3];
    const line = code.slice(0, m.index + m[0].search(/\S/)).split('\n').length; // where the statement starts
    const target = spec.startsWith('.') ? path.posix.normalize(path.posix.join(path.posix.dirname(file), spec)) : undefined;
    out.push({ spec, target, line });
  }
  return out;
}

function resolveTs(target: string): string | undefined {
  for (const c of [`${target}.ts`, `${target}/index.ts`, target]) if (fs.existsSync(path.join(ROOT, c)) && fs.statSync(path.join(ROOT, c)).isFile()) return c;
  return undefined;
}

const BUILTINS = new Set(builtinModules.flatMap((b) => [b, `node:${b}`]));
const isNodeBuiltin = (spec: string): boolean => spec.startsWith('node:') || BUILTINS.has(spec) || BUILTINS.has(spec.split('/')[0]);
const isEditorOrProtocol = (spec: string): boolean => spec === 'vscode' || spec.startsWith('vscode-languageserver') || spec.startsWith('vscode-languageclient') || spec.startsWith('vscode-jsonrpc');

function violations(files: string[], bad: (i: Import) => boolean): string[] {
  return files.flatMap((f) => importsOf(f).filter(bad).map((i) => `${f}:${i.line}: ${i.spec}`));
}

describe('architecture: layering invariants', () => {
  const engine = tsFiles('server/src/engine');
  const knowledge = tsFiles('server/src/knowledge');
  const client = tsFiles('client/src');
  const server = tsFiles('server/src');

  it('finds the sources it checks (the import parser is not blind)', () => {
    assert.ok(engine.length >= 8, `engine files: ${engine.join(', ')}`);
    assert.ok(client.length >= 1);
    const idx = importsOf('server/src/engine/index.ts').map((i) => i.spec);
    assert.ok(idx.includes('./claims') && idx.includes('../knowledge/build'), idx.join(', '));
    const lspMain = importsOf('server/src/lsp/main.ts').map((i) => i.spec);
    assert.ok(lspMain.some((s) => s.startsWith('vscode-languageserver')), lspMain.join(', '));
    const load = importsOf('server/src/knowledge/load.ts').map((i) => i.spec);
    assert.ok(load.some(isNodeBuiltin), 'load.ts is seen to read the disk');
  });

  it('the import parser reads every import shape, and not comments', () => {
    const src = [
      "import * as a from 'node:fs';",
      "import type { B } from './b';",
      'import { c,\n  d } from "../c";',
      "import 'side-effect';",
      "export { e } from './e';",
      "export * from './f';",
      "const g = require('path');",
      "const h = await import('vscode');",
      "// import x from 'commented-out';",
      "/* import y from 'block-comment'; */",
    ].join('\n');
    const got = importsOf('server/src/engine/example.ts', src);
    assert.deepEqual(
      got.map((i) => i.spec),
      ['node:fs', './b', '../c', 'side-effect', './e', './f', 'path', 'vscode'],
    );
    assert.equal(got[2].target, 'server/src/c');
    assert.equal(got[2].line, 3);
  });

  it('the engine imports no editor or protocol module, no Node built-in, nothing from lsp/ or cli/', () => {
    const bad = violations(engine, (i) => isEditorOrProtocol(i.spec) || isNodeBuiltin(i.spec) || !!i.target?.match(/^server\/src\/(lsp|cli)(\/|$)/));
    assert.deepEqual(bad, []);
  });

  it('nothing the engine reaches (transitively, through relative imports) touches the disk or the editor', () => {
    const seen = new Set<string>();
    const queue = ['server/src/engine/index.ts'];
    const bad: string[] = [];
    while (queue.length) {
      const f = queue.pop()!;
      if (seen.has(f)) continue;
      seen.add(f);
      for (const i of importsOf(f)) {
        if (isEditorOrProtocol(i.spec) || isNodeBuiltin(i.spec)) bad.push(`${f}:${i.line}: ${i.spec}`);
        if (i.target) {
          const r = resolveTs(i.target);
          if (r?.endsWith('.ts')) queue.push(r);
        }
      }
    }
    assert.ok(seen.has('server/src/knowledge/build.ts'), 'the walk reaches the knowledge base');
    assert.ok(!seen.has('server/src/knowledge/load.ts'), 'the engine never reaches the loader');
    assert.deepEqual(bad, []);
  });

  it('knowledge model, parse and build import no Node module: only load.ts and service.ts touch the disk', () => {
    const pure = ['model', 'parse', 'build'].map((n) => `server/src/knowledge/${n}.ts`);
    for (const f of pure) assert.ok(knowledge.includes(f), `${f} exists`);
    assert.deepEqual(violations(pure, (i) => isNodeBuiltin(i.spec) || isEditorOrProtocol(i.spec)), []);
    const diskUsers = knowledge.filter((f) => importsOf(f).some((i) => isNodeBuiltin(i.spec)));
    assert.ok(diskUsers.every((f) => /\/(load|service)\.ts$/.test(f)), diskUsers.join(', '));
  });

  it('the client imports nothing from server/src', () => {
    assert.deepEqual(violations(client, (i) => !!i.target?.startsWith('server/')), []);
  });

  it('only server/src/lsp/ imports vscode-languageserver; nothing in the server imports vscode', () => {
    const outsideLsp = server.filter((f) => !f.startsWith('server/src/lsp/'));
    assert.deepEqual(violations([...outsideLsp, ...client], (i) => i.spec.startsWith('vscode-languageserver')), []);
    assert.deepEqual(violations(server, (i) => i.spec === 'vscode' || i.spec.startsWith('vscode-languageclient')), []);
  });
});
