/**
 * The only part of the knowledge layer that touches the disk: reading pack files and folders,
 * and the bundled packs compiled at build time. A pack can name nothing outside its own file:
 * there are no includes, and nothing in a pack is executed.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildKnowledge, type BuildResult } from './build';
import type { CompiledPack, PackProblem } from './model';
import { MAX_PACK_BYTES, parsePack } from './parse';

export const PACK_EXTENSIONS = ['.yaml', '.yml', '.json'];

export interface LoadedPacks {
  packs: CompiledPack[];
  problems: PackProblem[];
  /** Every file that was read (for watching). */
  files: string[];
}

/** Read and validate one pack file. */
export function loadPackFile(file: string): { pack?: CompiledPack; problems: PackProblem[] } {
  let text: string;
  try {
    const st = fs.statSync(file);
    if (!st.isFile()) return { problems: [{ file, line: 1, column: 1, message: 'not a file', severity: 'error' }] };
    if (st.size > MAX_PACK_BYTES) {
      return { problems: [{ file, line: 1, column: 1, message: `pack is too large (${Math.round(st.size / 1024)} KiB; the limit is ${MAX_PACK_BYTES / 1024} KiB)`, severity: 'error' }] };
    }
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    return { problems: [{ file, line: 1, column: 1, message: `cannot read the pack: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, severity: 'error' }] };
  }
  try {
    return parsePack(text, file);
  } catch (e) {
    // A pack must never take down the server or the CLI, whatever is in it.
    return { problems: [{ file, line: 1, column: 1, message: `the pack could not be read: ${(e as Error).message}`, severity: 'error' }] };
  }
}

/** Pack files in a folder (not recursive into hidden folders), or the file itself. */
export function packFilesAt(p: string): string[] {
  let st: fs.Stats;
  try {
    st = fs.statSync(p);
  } catch {
    return [];
  }
  if (st.isFile()) return [p];
  if (!st.isDirectory()) return [];
  const out: string[] = [];
  const walk = (dir: string, depth: number): void => {
    if (depth > 4) return;
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      if (e.name.startsWith('.')) continue;
      const full = path.join(dir, e.name);
      if (e.isDirectory()) walk(full, depth + 1);
      else if (e.isFile() && PACK_EXTENSIONS.includes(path.extname(e.name)) && !e.name.endsWith('.schema.json')) out.push(full);
    }
  };
  walk(p, 0);
  return out;
}

export function loadPacks(paths: readonly string[]): LoadedPacks {
  const packs: CompiledPack[] = [];
  const problems: PackProblem[] = [];
  const files: string[] = [];
  for (const p of paths) {
    const list = packFilesAt(p);
    if (!list.length && !fs.existsSync(p)) {
      problems.push({ file: p, line: 1, column: 1, message: 'no such file or folder', severity: 'error' });
    }
    for (const f of list) {
      files.push(f);
      const r = loadPackFile(f);
      problems.push(...r.problems);
      if (r.pack) packs.push(r.pack);
    }
  }
  return { packs, problems, files };
}

/** The folder of compiled bundled packs: beside the running bundle (dist/knowledge). */
export function bundledDir(from: string = __dirname): string {
  const candidates = [path.join(from, 'knowledge'), path.join(from, '..', 'dist', 'knowledge'), path.join(from, '..', '..', '..', 'dist', 'knowledge')];
  return candidates.find((c) => fs.existsSync(c)) ?? candidates[0];
}

/** Bundled packs compiled at build time (JSON), from dist/knowledge. */
export function loadBundled(dir: string = bundledDir()): LoadedPacks {
  const packs: CompiledPack[] = [];
  const problems: PackProblem[] = [];
  const files: string[] = [];
  let names: string[] = [];
  try {
    names = fs.readdirSync(dir).filter((n) => n.endsWith('.json') && !n.endsWith('.schema.json'));
  } catch {
    problems.push({ file: dir, line: 1, column: 1, message: 'the bundled knowledge folder is missing; run npm run build', severity: 'error' });
  }
  for (const n of names.sort()) {
    const file = path.join(dir, n);
    try {
      packs.push(JSON.parse(fs.readFileSync(file, 'utf8')) as CompiledPack);
      files.push(file);
    } catch (e) {
      problems.push({ file, line: 1, column: 1, message: `cannot read the compiled pack: ${(e as Error).message}`, severity: 'error' });
    }
  }
  return { packs, problems, files };
}

export function compilePack(src: string, out: string): PackProblem[] {
  const r = loadPackFile(src);
  if (!r.pack) return r.problems;
  // The compiled pack names its source file relative to the package, so messages stay readable.
  const pack: CompiledPack = { ...r.pack, file: path.join('knowledge', path.basename(src)) };
  const built = buildKnowledge([pack]);
  const errors = built.problems.filter((p) => p.severity === 'error');
  if (errors.length) return errors;
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, JSON.stringify(pack));
  return r.problems;
}

export function formatProblem(p: PackProblem): string {
  const rel = p.related ? ` (see ${p.related.file}:${p.related.line})` : '';
  return `${p.file}:${p.line}:${p.column}: ${p.severity}: ${p.message}${rel}`;
}

export type { BuildResult };
