/**
 * The command line: the same engine over files and folders.
 *   clio check [--format text|json|sarif] [--pack FILE]… [--no-bundled] FILES_OR_FOLDERS…
 *   clio explain NAME
 *   clio compile PACK.yaml -o OUT.json     (used by the build)
 * Exit codes: 0 clean, 1 findings, 2 usage, I/O or pack errors, or an essay that could not be checked.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { card, Engine, DEFAULT_MAX_BYTES, lineOf, severityOf, type Finding, type FindingCode, type Severity } from '../engine';
import { compilePack, formatProblem, bundledDir } from '../knowledge/load';
import { KnowledgeService } from '../knowledge/service';
import type { DocFormat } from '../knowledge/model';
import { formatFor, looksBinary } from './files';

const USAGE = `usage:
  clio check [--format text|json|sarif] [--pack FILE_OR_FOLDER]... [--no-bundled] [--max-bytes N] FILES_OR_FOLDERS...
  clio explain [--pack FILE_OR_FOLDER]... NAME
  clio compile PACK.yaml -o OUT.json
Essays are read by extension: .md/.markdown (Markdown), .tex (LaTeX), .txt (plain text).`;

interface Opts {
  format: 'text' | 'json' | 'sarif';
  packs: string[];
  bundled: boolean;
  maxBytes: number;
  out?: string;
  rest: string[];
}

class UsageError extends Error {}

function parseArgs(argv: string[]): Opts {
  const o: Opts = { format: 'text', packs: [], bundled: true, maxBytes: DEFAULT_MAX_BYTES, rest: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const val = (): string => {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (v === undefined) throw new UsageError(`${a.split('=')[0]} needs a value`);
      return v;
    };
    if (a === '--format' || a.startsWith('--format=')) {
      const f = val();
      if (f !== 'text' && f !== 'json' && f !== 'sarif') throw new UsageError(`unknown format "${f}" (text, json or sarif)`);
      o.format = f;
    } else if (a === '--pack' || a.startsWith('--pack=')) o.packs.push(val());
    else if (a === '--no-bundled') o.bundled = false;
    else if (a === '--max-bytes' || a.startsWith('--max-bytes=')) {
      const n = Number(val());
      if (!Number.isFinite(n) || n <= 0) throw new UsageError('--max-bytes needs a positive number');
      o.maxBytes = n;
    } else if (a === '-o' || a === '--out') o.out = val();
    else if (a === '-h' || a === '--help') throw new UsageError('');
    else if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option ${a}`);
    else o.rest.push(a);
  }
  return o;
}

interface FileResult {
  file: string;
  text: string;
  findings: Finding[];
  lineStarts: readonly number[];
}

function collectEssays(inputs: string[], errors: string[]): string[] {
  const out: string[] = [];
  const walk = (p: string, depth: number): void => {
    let st: fs.Stats;
    try {
      st = fs.statSync(p);
    } catch {
      errors.push(`${p}: no such file or folder`);
      return;
    }
    if (st.isDirectory()) {
      if (depth > 20) return;
      for (const e of fs.readdirSync(p).sort()) {
        if (e.startsWith('.') || e === 'node_modules') continue;
        const full = path.join(p, e);
        let s2: fs.Stats;
        try {
          s2 = fs.statSync(full);
        } catch {
          continue;
        }
        if (s2.isDirectory()) walk(full, depth + 1);
        else if (formatFor(full)) out.push(full);
      }
    } else if (depth === 0) {
      if (!formatFor(p)) errors.push(`${p}: not an essay (Clio reads .md, .markdown, .tex and .txt files)`);
      else out.push(p);
    }
  };
  for (const i of inputs) walk(i, 0);
  return out;
}

function levelName(s: Severity): string {
  return s === 'information' ? 'info' : s;
}

function sarif(results: FileResult[], settings: Partial<Record<FindingCode, Severity>>): unknown {
  const rules = ['faction', 'stance', 'office', 'power-base', 'authorship', 'date', 'alliance', 'fate', 'name-spelling'];
  const lvl = (s: Severity): string => (s === 'error' ? 'error' : s === 'warning' ? 'warning' : 'note');
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'clio',
            informationUri: 'https://www.npmjs.com/package/clio-history',
            rules: rules.map((id) => ({ id, shortDescription: { text: id === 'name-spelling' ? 'Misspelled name of a known figure' : `Misattributed ${id.replace('-', ' ')}` } })),
          },
        },
        results: results.flatMap((r) =>
          r.findings.map((f) => {
            const sl = lineOf(r.lineStarts, f.start);
            const el = lineOf(r.lineStarts, f.end);
            return {
              ruleId: f.code,
              level: lvl(severityOf(f.code, settings)),
              message: { text: f.message },
              locations: [
                {
                  physicalLocation: {
                    artifactLocation: { uri: r.file.split(path.sep).join('/') },
                    region: { startLine: sl + 1, startColumn: f.start - r.lineStarts[sl] + 1, endLine: el + 1, endColumn: f.end - r.lineStarts[el] + 1 },
                  },
                },
              ],
              fixes: f.fixes
                .filter((x) => x.preferred)
                .map((x) => ({
                  description: { text: x.title },
                  artifactChanges: [
                    {
                      artifactLocation: { uri: r.file.split(path.sep).join('/') },
                      replacements: x.edits.map((e) => {
                        const l = lineOf(r.lineStarts, e.start);
                        const l2 = lineOf(r.lineStarts, e.end);
                        return {
                          deletedRegion: { startLine: l + 1, startColumn: e.start - r.lineStarts[l] + 1, endLine: l2 + 1, endColumn: e.end - r.lineStarts[l2] + 1 },
                          insertedContent: { text: e.text },
                        };
                      }),
                    },
                  ],
                })),
            };
          }),
        ),
      },
    ],
  };
}

/**
 * Control characters (ESC, CSI, BEL, CR, …) from packs or essays would drive the terminal:
 * clear it, recolour it, hide links. Written as \u escapes they are visible and harmless, and
 * still valid inside JSON strings.
 */
function printable(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function run(argv: string[], rawOut: (s: string) => void, rawErr: (s: string) => void): number {
  const out = (s: string): void => rawOut(printable(s));
  const err = (s: string): void => rawErr(printable(s));
  let o: Opts;
  const cmd = argv[0];
  try {
    if (!cmd || cmd === '-h' || cmd === '--help') throw new UsageError('');
    o = parseArgs(argv.slice(1));
  } catch (e) {
    if (e instanceof UsageError) {
      if (e.message) err(`clio: ${e.message}`);
      err(USAGE);
      return 2;
    }
    throw e;
  }
  if (cmd === 'compile') {
    if (o.rest.length !== 1 || !o.out) {
      err(USAGE);
      return 2;
    }
    const problems = compilePack(o.rest[0], o.out);
    for (const p of problems) err(formatProblem(p));
    return problems.some((p) => p.severity === 'error') ? 2 : 0;
  }
  if (cmd !== 'check' && cmd !== 'explain') {
    err(`clio: unknown command "${cmd}"`);
    err(USAGE);
    return 2;
  }
  const service = new KnowledgeService({ bundled: o.bundled, paths: o.packs, bundledDir: bundledDir() });
  const packErrors = service.lastProblems.filter((p) => p.severity === 'error');
  for (const p of service.lastProblems) err(formatProblem(p));
  const engine = new Engine(service.kb);
  if (cmd === 'explain') {
    const name = o.rest.join(' ');
    if (!name) {
      err(USAGE);
      return 2;
    }
    const ent = engine.lookup(name);
    if (!ent) {
      err(`clio: "${name}" is not in the knowledge base`);
      return 2;
    }
    out(cardAsText(engine, ent.id));
    return 0;
  }
  if (!o.rest.length) {
    err('clio: name at least one file or folder to check');
    err(USAGE);
    return 2;
  }
  const errors: string[] = [];
  const files = collectEssays(o.rest, errors);
  const results: FileResult[] = [];
  for (const file of files) {
    let buf: Buffer;
    try {
      const st = fs.statSync(file);
      if (st.size > o.maxBytes) {
        err(`${file}: skipped: ${Math.round(st.size / 1024)} KiB is over the size limit (${Math.round(o.maxBytes / 1024)} KiB; see --max-bytes)`);
        continue;
      }
      buf = fs.readFileSync(file);
    } catch (e) {
      errors.push(`${file}: cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
      continue;
    }
    if (looksBinary(buf)) {
      err(`${file}: skipped: looks like a binary file`);
      continue;
    }
    const text = buf.toString('utf8');
    // A fault in the engine on one essay must not cost the report on the others: that file is
    // named as not checked, the rest are reported, and the exit code says something went wrong.
    try {
      const a = engine.analyse(text, formatFor(file) as DocFormat);
      results.push({ file, text, findings: [...a.findings], lineStarts: a.lineStarts });
    } catch (e) {
      errors.push(`${file}: not checked: internal error (${e instanceof Error ? e.message : String(e)}); please report it with this file`);
    }
  }
  for (const e of errors) err(`clio: ${e}`);
  const settings: Partial<Record<FindingCode, Severity>> = {};
  if (o.format === 'json') {
    out(
      JSON.stringify(
        results.map((r) => ({
          file: r.file,
          findings: r.findings.map((f) => {
            const l = lineOf(r.lineStarts, f.start);
            return {
              line: l + 1,
              column: f.start - r.lineStarts[l] + 1,
              start: f.start,
              end: f.end,
              severity: severityOf(f.code, settings),
              code: f.code,
              message: f.message,
              words: r.text.slice(f.start, f.end),
              fixes: f.fixes.map((x) => ({ title: x.title, preferred: x.preferred, edits: x.edits })),
              evidence: f.evidence,
            };
          }),
        })),
        null,
        2,
      ),
    );
  } else if (o.format === 'sarif') {
    out(JSON.stringify(sarif(results, settings), null, 2));
  } else {
    for (const r of results) {
      for (const f of r.findings) {
        const l = lineOf(r.lineStarts, f.start);
        const fix = f.fixes.find((x) => x.preferred);
        out(`${r.file}:${l + 1}:${f.start - r.lineStarts[l] + 1}: ${levelName(severityOf(f.code, settings))} ${f.code}: ${f.message}${fix ? ` [fix: ${fix.title}]` : ''}`);
      }
    }
    const n = results.reduce((s, r) => s + r.findings.length, 0);
    err(`${results.length} file${results.length === 1 ? '' : 's'} checked, ${n} finding${n === 1 ? '' : 's'}`);
  }
  if (errors.length || packErrors.length) return 2;
  return results.some((r) => r.findings.length) ? 1 : 0;
}

/** The HTML entities escapeMarkdown writes (for "&" and to break autolinks). */
const ENTITIES: Record<string, string> = { amp: '&', '#58': ':', '#46': '.' };

function cardAsText(engine: Engine, id: string): string {
  // Plain text for the terminal: the card's Markdown without its escapes and emphasis.
  const md = card(engine.kb, engine.kb.get(id)!);
  return md
    // The card's own emphasis (never an escaped \* from pack text), then the escapes in one pass:
    // every backslash in a card starts an escape, and its only entities are escapeMarkdown's.
    .replace(/(?<!\\)\*\*((?:\\.|[^*\\])+)\*\*/g, '$1')
    .replace(/(?<!\\)\*((?:\\.|[^*\\])+)\*/g, '$1')
    .replace(/\\(.)|&(amp|#58|#46);/g, (_, escaped: string | undefined, entity: string) => escaped ?? ENTITIES[entity]);
}

if (require.main === module) {
  const code = run(process.argv.slice(2), (s) => process.stdout.write(s + '\n'), (s) => process.stderr.write(s + '\n'));
  process.exitCode = code;
}
