/** Shared helpers for the tests: the real bundled knowledge and an engine over it. */
import * as path from 'node:path';
import { buildKnowledge, type KnowledgeBase } from '../server/src/knowledge/build';
import { loadPacks } from '../server/src/knowledge/load';
import { parsePack } from '../server/src/knowledge/parse';
import { Engine, type Finding } from '../server/src/engine';
import type { DocFormat } from '../server/src/knowledge/model';

import * as fs from 'node:fs';

/** The project root: the folder holding package.json (tests run from a bundle under out/). */
export const ROOT = ((): string => {
  for (let d = __dirname; d !== path.dirname(d); d = path.dirname(d)) if (fs.existsSync(path.join(d, 'package.json')) && fs.existsSync(path.join(d, 'knowledge'))) return d;
  return process.cwd();
})();
export const FIXTURES = path.join(ROOT, 'test', 'fixtures');

let bundled: KnowledgeBase | undefined;
/** The bundled pack, read from its YAML source (so tests need no build of dist/). */
export function bundledKb(): KnowledgeBase {
  if (!bundled) {
    const r = loadPacks([path.join(ROOT, 'knowledge', 'power-struggle.yaml')]);
    if (r.problems.length) throw new Error(r.problems.map((p) => `${p.file}:${p.line}: ${p.message}`).join('\n'));
    bundled = buildKnowledge(r.packs).kb;
  }
  return bundled;
}

let engine: Engine | undefined;
export function bundledEngine(): Engine {
  return (engine ??= new Engine(bundledKb()));
}

export function kbFromYaml(yaml: string, file = 'inline.yaml'): KnowledgeBase {
  const r = parsePack(yaml, file);
  if (!r.pack) throw new Error(r.problems.map((p) => `${p.line}:${p.column}: ${p.message}`).join('\n'));
  return buildKnowledge([r.pack]).kb;
}

export function findings(text: string, format: DocFormat = 'markdown', eng: Engine = bundledEngine()): Finding[] {
  return [...eng.analyse(text, format).findings];
}

/** Apply one fix's edits to the text. */
export function applyFix(text: string, f: Finding, which: 'preferred' | number = 'preferred'): string {
  const fix = which === 'preferred' ? f.fixes.find((x) => x.preferred) : f.fixes[which];
  if (!fix) throw new Error(`no ${which} fix for: ${f.message}`);
  let out = text;
  for (const e of [...fix.edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}
