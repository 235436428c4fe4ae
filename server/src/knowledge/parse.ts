/**
 * Parse and validate one pack file. Pure: text in, compiled pack or problems out (no I/O).
 * Every problem names the file, line and column, mapped back from the schema's JSON path to
 * the YAML node that caused it.
 */
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { Document, Node as YamlNode, YAMLError } from 'yaml';

// The YAML parser and the schema validator load on first use: the bundled pack is precompiled
// JSON, so a server without workspace packs never pays for them at start-up.
type YamlModule = typeof import('yaml');
let yamlModule: YamlModule | undefined;
const Y = (): YamlModule => (yamlModule ??= require('yaml') as YamlModule);
import schema from '../../../knowledge/pack.schema.json';
import type { CompiledPack, PackProblem, RawPack, RawDate } from './model';

/** Packs larger than this are refused before parsing. */
export const MAX_PACK_BYTES = 2 * 1024 * 1024;
const MAX_DEPTH = 12;

let validator: ValidateFunction | undefined;
function getValidator(): ValidateFunction {
  if (!validator) {
    const Ajv = (require('ajv') as typeof import('ajv')).default;
    const ajv = new Ajv({ allErrors: true, strict: false, verbose: true });
    validator = ajv.compile(schema);
  }
  return validator;
}

type Path = (string | number)[];

export interface ParseResult {
  pack?: CompiledPack;
  problems: PackProblem[];
}

export function parsePack(text: string, file: string): ParseResult {
  const problems: PackProblem[] = [];
  const err = (line: number, column: number, message: string): void => {
    problems.push({ file, line, column, message, severity: 'error' });
  };
  if (text.length > MAX_PACK_BYTES) {
    err(1, 1, `pack is too large (${Math.round(text.length / 1024)} KiB; the limit is ${MAX_PACK_BYTES / 1024} KiB)`);
    return { problems };
  }
  if (text.includes('\u0000')) {
    err(1, 1, 'pack is not a text file (it contains NUL bytes)');
    return { problems };
  }
  const lc = new (Y().LineCounter)();
  let doc: Document;
  try {
    doc = Y().parseDocument(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: true });
  } catch (e) {
    err(1, 1, `YAML could not be read: ${(e as Error).message}`);
    return { problems };
  }
  const pos = (offset: number): { line: number; col: number } => lc.linePos(Math.max(0, Math.min(offset, text.length)));
  if (doc.errors.length) {
    // The first syntax error is the one to fix; the ones after it are mostly its echoes.
    const e = explainYamlError(doc.errors, text, doc);
    const p = pos(e.offset);
    err(p.line, p.col, `YAML syntax error: ${e.message}`);
    return { problems };
  }

  const deep = tooDeep(doc.contents as YamlNode | null, 1);
  if (deep) {
    const p = pos(deep.range?.[0] ?? 0);
    err(p.line, p.col, `the pack is nested too deeply here (a pack needs at most ${MAX_DEPTH} levels of lists and maps)`);
    return { problems };
  }

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 50 });
  } catch (e) {
    const msg = firstLine((e as Error).message);
    if (/alias/i.test(msg)) {
      // An alias bomb ("billion laughs"): point at the first alias.
      let first: { offset: number; name: string } | undefined;
      Y().visit(doc, {
        Alias(_, n) {
          first = { offset: n.range?.[0] ?? 0, name: n.source };
          return Y().visit.BREAK;
        },
      });
      const p = pos(first?.offset ?? 0);
      err(p.line, p.col, `the pack's YAML aliases${first ? ` (*${first.name}, …)` : ''} expand to too much data; Clio refuses packs that use aliases this way`);
    } else err(1, 1, `YAML could not be read: ${msg}`);
    return { problems };
  }
  if (data === null || data === undefined) {
    err(1, 1, 'the pack is empty: it needs at least "pack", "title", "entities" and "facts"');
    return { problems };
  }
  if (typeof data !== 'object' || Array.isArray(data)) {
    const p = pos((doc.contents as YamlNode | null)?.range?.[0] ?? 0);
    err(p.line, p.col, `a pack is a map of "pack", "title", "entities" and "facts", not ${Array.isArray(data) ? 'a list' : 'a single value'}`);
    return { problems };
  }

  const nodeAt = (path: Path): { line: number; col: number } => {
    // Walk down as far as the path exists; report the deepest node found.
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n), true) as YamlNode | undefined;
      if (node && (node as { range?: [number, number, number] }).range) {
        return pos((node as { range: [number, number, number] }).range[0]);
      }
      if (n > 0) {
        // A missing key: point at the map that should hold it.
        continue;
      }
    }
    return { line: 1, col: 1 };
  };
  const keyAt = (path: Path, key: string): { line: number; col: number } => {
    const parent = doc.getIn(path, true) as YamlNode | undefined;
    if (parent && Y().isMap(parent)) {
      for (const item of parent.items) {
        const k = item.key as YamlNode | null;
        if (k && Y().isScalar(k) && String(k.value) === key && k.range) return pos(k.range[0]);
      }
    }
    return nodeAt(path);
  };

  const validate = getValidator();
  if (!validate(data)) {
    for (const e of pruneErrors(validate.errors ?? [])) {
      const path = jsonPointerToPath(e.instancePath);
      const where = e.keyword === 'additionalProperties' ? keyAt(path, String((e.params as { additionalProperty: string }).additionalProperty)) : nodeAt(path);
      err(where.line, where.col, describe(e, path, data));
    }
    return { problems };
  }
  const raw = data as RawPack;
  const lineOf = (path: Path): number => nodeAt(path).line;

  // Checks the schema cannot express: ids, references, spans, dates.
  const ids = new Map<string, number>();
  raw.entities.forEach((ent, i) => {
    const p = nodeAt(['entities', i, 'id']);
    if (ids.has(ent.id)) err(p.line, p.col, `duplicate entity id "${ent.id}" (first defined at line ${lineOf(['entities', ids.get(ent.id)!])})`);
    else ids.set(ent.id, i);
  });
  const byId = new Map(raw.entities.map((e) => [e.id, e]));
  const aliasOwner = new Map<string, { id: string; index: number }>();
  raw.entities.forEach((ent, i) => {
    for (const [j, name] of [ent.name, ...(ent.aliases ?? [])].entries()) {
      const key = normaliseName(name);
      const prev = aliasOwner.get(key);
      if (prev && prev.id !== ent.id) {
        const p = nodeAt(j === 0 ? ['entities', i, 'name'] : ['entities', i, 'aliases', j - 1]);
        err(p.line, p.col, `the name "${name}" of "${ent.id}" is already a name of "${prev.id}" (line ${lineOf(['entities', prev.index])}); one name must mean one thing`);
      } else if (!prev) aliasOwner.set(key, { id: ent.id, index: i });
    }
    const ref = (field: 'body' | 'subject' | 'source', kinds?: string[]): void => {
      const v = ent[field];
      if (v === undefined) return;
      if (field === 'source') {
        if (!raw.sources || !Object.prototype.hasOwnProperty.call(raw.sources, v)) {
          const p = nodeAt(['entities', i, field]);
          err(p.line, p.col, `unknown source "${v}" (sources lists ${Object.keys(raw.sources ?? {}).join(', ') || 'none'})`);
        }
        return;
      }
      const target = byId.get(v);
      const p = nodeAt(['entities', i, field]);
      if (!target) err(p.line, p.col, `${field} "${v}" of "${ent.id}" is not an entity of this pack${nearest(v, [...byId.keys()])}`);
      else if (kinds && !kinds.includes(target.kind)) err(p.line, p.col, `${field} "${v}" of "${ent.id}" is ${withArticle(target.kind)}, not ${kinds.map(withArticle).join(' or ')}`);
    };
    ref('body', ['body']);
    ref('subject');
    ref('source');
    (ent.rivals ?? []).forEach((r, j) => {
      if (!byId.has(r)) {
        const p = nodeAt(['entities', i, 'rivals', j]);
        err(p.line, p.col, `rival "${r}" of "${ent.id}" is not an entity of this pack${nearest(r, [...byId.keys()])}`);
      }
    });
    for (const f of ['born', 'died', 'date', 'until'] as const) {
      const v = ent[f];
      if (v !== undefined && !parseDate(v)) {
        const p = nodeAt(['entities', i, f]);
        err(p.line, p.col, `entity "${ent.id}": ${f} "${v}" is not a real date${dateProblem(v)}`);
      }
    }
    if (ent.born !== undefined && ent.died !== undefined) {
      const b = parseDate(ent.born);
      const d = parseDate(ent.died);
      if (b && d && compareDates(d, b) < 0) {
        const p = nodeAt(['entities', i, 'died']);
        err(p.line, p.col, `"${ent.id}" died (${ent.died}) before being born (${ent.born})`);
      }
    }
    if (ent.kind === 'faction' && ent.forms && !ent.group) {
      const p = nodeAt(['entities', i]);
      err(p.line, p.col, `faction "${ent.id}" has forms but no group`);
    }
    if (ent.kind === 'event' && ent.date === undefined) {
      const p = nodeAt(['entities', i]);
      err(p.line, p.col, `event "${ent.id}" has no date`);
    }
    if (ent.until !== undefined) {
      const p = nodeAt(['entities', i, 'until']);
      const from = ent.date !== undefined ? parseDate(ent.date) : undefined;
      const to = parseDate(ent.until);
      if (ent.kind !== 'event') err(p.line, p.col, `"${ent.id}" has an until date, but only events have one`);
      else if (from && to && compareDates(to, from) < 0) err(p.line, p.col, `event "${ent.id}" ends (${ent.until}) before it begins (${ent.date})`);
    }
  });

  const relKinds: Record<string, string[]> = {
    member: ['faction'],
    leads: ['faction'],
    holds: ['office'],
    controls: ['body', 'place'],
    base: ['body', 'place', 'term'],
    supports: ['policy', 'idea', 'term'],
    opposes: ['policy', 'idea', 'term'],
    authored: ['policy', 'idea', 'phrase', 'term', 'event'],
    allied: ['person'],
    rivals: ['person'],
  };
  raw.facts.forEach((f, i) => {
    const who = byId.get(f.who);
    const what = byId.get(f.what);
    const label = `fact ${i + 1} (${f.who} ${f.rel} ${f.what})`;
    if (!who) {
      const p = nodeAt(['facts', i, 'who']);
      err(p.line, p.col, `${label}: "${f.who}" is not an entity of this pack${nearest(f.who, [...byId.keys()])}`);
    } else if (who.kind !== 'person' && who.kind !== 'body') {
      const p = nodeAt(['facts', i, 'who']);
      err(p.line, p.col, `${label}: "${f.who}" is ${withArticle(who.kind)}; facts are about people (or bodies)`);
    }
    if (!what) {
      const p = nodeAt(['facts', i, 'what']);
      err(p.line, p.col, `${label}: "${f.what}" is not an entity of this pack${nearest(f.what, [...byId.keys()])}`);
    } else if (!relKinds[f.rel].includes(what.kind)) {
      const p = nodeAt(['facts', i, 'what']);
      err(p.line, p.col, `${label}: "${f.rel}" needs ${relKinds[f.rel].map(withArticle).join(' or ')}, but "${f.what}" is ${withArticle(what.kind)}`);
    }
    if (f.source !== undefined && (!raw.sources || !Object.prototype.hasOwnProperty.call(raw.sources, f.source))) {
      const p = nodeAt(['facts', i, 'source']);
      err(p.line, p.col, `${label}: unknown source "${f.source}" (sources lists ${Object.keys(raw.sources ?? {}).join(', ') || 'none'})`);
    }
    const from = f.from === undefined ? undefined : parseDate(f.from);
    const to = f.to === undefined ? undefined : parseDate(f.to);
    if (f.from !== undefined && !from) {
      const p = nodeAt(['facts', i, 'from']);
      err(p.line, p.col, `${label}: from "${f.from}" is not a real date${dateProblem(f.from)}`);
    }
    if (f.to !== undefined && !to) {
      const p = nodeAt(['facts', i, 'to']);
      err(p.line, p.col, `${label}: to "${f.to}" is not a real date${dateProblem(f.to)}`);
    }
    if (from && to && compareDates(to, from) < 0) {
      const p = nodeAt(['facts', i, 'to']);
      err(p.line, p.col, `${label}: the span ends (${f.to}) before it starts (${f.from})`);
    }
  });

  const flag = raw.examples?.flag ?? [];
  flag.forEach((ex, i) => {
    if (!ex.text.includes(ex.words)) {
      const p = nodeAt(['examples', 'flag', i, 'words']);
      err(p.line, p.col, `flag example ${i + 1}: "${ex.words}" does not occur in the example's text`);
    }
  });

  if (problems.length) return { problems };
  return {
    pack: {
      file,
      raw,
      entityLines: raw.entities.map((_, i) => lineOf(['entities', i])),
      factLines: raw.facts.map((_, i) => lineOf(['facts', i])),
      flagLines: flag.map((_, i) => lineOf(['examples', 'flag', i])),
      passLines: (raw.examples?.pass ?? []).map((_, i) => lineOf(['examples', 'pass', i])),
    },
    problems,
  };
}

/** Names compare case-blind, with curly apostrophes and spacing folded. */
export function normaliseName(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

export function parseDate(d: RawDate): { year: number; month?: number; day?: number } | undefined {
  if (typeof d === 'number') return Number.isInteger(d) ? { year: d } : undefined;
  const m = /^(-?\d{1,4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(d);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = m[2] ? Number(m[2]) : undefined;
  const day = m[3] ? Number(m[3]) : undefined;
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  if (day !== undefined && (day < 1 || day > daysInMonth(year, month!))) return undefined;
  return { year, month, day };
}

/** Why a date of the right form is still not a date: " (February 1925 has 28 days)". */
function dateProblem(d: RawDate): string {
  const m = typeof d === 'string' ? /^(-?\d{1,4})-(\d{2})(?:-(\d{2}))?$/.exec(d) : null;
  if (!m) return typeof d === 'number' ? ' (a year is a whole number)' : '';
  const month = Number(m[2]);
  if (month < 1 || month > 12) return ` (there is no month ${month})`;
  if (m[3]) return ` (${MONTH_NAMES[month - 1]} ${m[1]} has ${daysInMonth(Number(m[1]), month)} days)`;
  return '';
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Days in a month (1–12) of a proleptic Gregorian year. */
function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function compareDates(a: { year: number; month?: number; day?: number }, b: { year: number; month?: number; day?: number }): number {
  return a.year - b.year || (a.month ?? 0) - (b.month ?? 0) || (a.day ?? 0) - (b.day ?? 0);
}

/** The first list or map nested deeper than a pack ever needs (a loop: long lists are fine). */
function tooDeep(node: YamlNode | null, level: number): YamlNode | undefined {
  if (!node || !(Y().isMap(node) || Y().isSeq(node))) return undefined;
  if (level > MAX_DEPTH) return node;
  for (const it of node.items) {
    const r = tooDeep((Y().isMap(node) ? (it as { value: unknown }).value : it) as YamlNode | null, level + 1);
    if (r) return r;
  }
  return undefined;
}

function jsonPointerToPath(ptr: string): Path {
  if (!ptr) return [];
  return ptr
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/** oneOf/anyOf produce one error per branch: keep the most telling. */
function pruneErrors(errors: ErrorObject[]): ErrorObject[] {
  const seen = new Set<string>();
  const out: ErrorObject[] = [];
  const byPath = new Map<string, ErrorObject[]>();
  for (const e of errors) {
    const list = byPath.get(e.instancePath) ?? [];
    list.push(e);
    byPath.set(e.instancePath, list);
  }
  for (const [p, list] of byPath) {
    const specific = list.filter((e) => e.keyword !== 'oneOf' && e.keyword !== 'anyOf' && e.keyword !== 'if');
    const chosen = specific.some((e) => e.keyword === 'type') && list.some((e) => e.keyword === 'oneOf') ? [list.find((e) => e.keyword === 'oneOf')!] : specific.length ? specific : list;
    for (const e of chosen) {
      const key = `${p}|${e.keyword}|${JSON.stringify(e.params)}`;
      if (!seen.has(key)) {
        seen.add(key);
        out.push(e);
      }
    }
  }
  return out.slice(0, 20);
}

/** Where a schema error is, in words: `entity "ivan-testov": name`, `fact 3 (a leads b): rel`. */
function placeOf(path: Path, data: unknown): { label: string; rest: Path } {
  const d = data as { entities?: unknown[]; facts?: unknown[] } | null;
  const str = (v: unknown): string | undefined => (typeof v === 'string' && v.length <= 80 ? v : undefined);
  if (path[0] === 'entities' && typeof path[1] === 'number') {
    const id = str((d?.entities?.[path[1]] as { id?: unknown } | undefined)?.id);
    return { label: id ? `entity "${id}"` : `entity ${path[1] + 1}`, rest: path.slice(2) };
  }
  if (path[0] === 'facts' && typeof path[1] === 'number') {
    const f = d?.facts?.[path[1]] as { who?: unknown; rel?: unknown; what?: unknown } | undefined;
    const parts = f && typeof f === 'object' ? [str(f.who), str(f.rel), str(f.what)].filter(Boolean) : [];
    return { label: `fact ${path[1] + 1}${parts.length ? ` (${parts.join(' ')})` : ''}`, rest: path.slice(2) };
  }
  if (path[0] === 'examples' && (path[1] === 'flag' || path[1] === 'pass') && typeof path[2] === 'number') {
    return { label: `${path[1]} example ${path[2] + 1}`, rest: path.slice(3) };
  }
  if (path[0] === 'sources' && path.length >= 2) return { label: `source "${String(path[1])}"`, rest: path.slice(2) };
  return { label: path.length ? '' : 'the pack', rest: path };
}

const TYPE_WORDS: Record<string, string> = { string: 'text', array: 'a list', object: 'a map (key: value)', integer: 'a whole number', number: 'a number', boolean: 'true or false', null: 'empty' };

function typeName(v: unknown): string {
  if (v === null || v === undefined) return 'nothing';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a map';
  if (typeof v === 'string') return `the text ${JSON.stringify(v.length > 40 ? v.slice(0, 40) + '…' : v)}`;
  if (typeof v === 'number') return `the number ${v}`;
  return String(v);
}

function describe(e: ErrorObject, path: Path, data: unknown): string {
  const { label, rest } = placeOf(path, data);
  const field = rest.map(String).join('.');
  const where = label && field ? `${label}: ${field}` : label || field;
  const params = e.params as Record<string, unknown>;
  const value = getPath(data, path);
  const shown = typeof value === 'string' || typeof value === 'number' ? ` ${JSON.stringify(value)}` : '';
  switch (e.keyword) {
    case 'required': {
      const missing = String(params.missingProperty);
      const what = path.length === 0 && missing === 'pack' ? ' (its id)' : '';
      return `${where || 'the pack'} is missing "${missing}"${what}`;
    }
    case 'additionalProperties':
      if (/^(include|import|require|extends|\$ref|file|path)s?$/i.test(String(params.additionalProperty))) {
        return `${where || 'the pack'} has an unknown field "${String(params.additionalProperty)}": a pack cannot include or refer to other files`;
      }
      return `${where || 'the pack'} has an unknown field "${String(params.additionalProperty)}"${nearest(String(params.additionalProperty), Object.keys((e.parentSchema as { properties?: object } | undefined)?.properties ?? {}))}`;
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      return `${where}${shown} must be one of ${allowed.map((v) => JSON.stringify(v)).join(', ')}${typeof value === 'string' ? nearest(value, allowed) : ''}`;
    }
    case 'type': {
      const t = String(params.type);
      return `${where} must be ${TYPE_WORDS[t] ?? t}, not ${typeName(value)}`;
    }
    case 'pattern': {
      const pat = String(params.pattern);
      if (pat === ID_PATTERN) return `${where}${shown} is not a valid id: use lower-case letters and digits joined by hyphens${typeof value === 'string' && slug(value) ? ` (like "${slug(value)}")` : ''}`;
      if (pat === '^https://') return `${where}${shown} must be an https:// address`;
      if (pat === '\\S') return `${where} must not be blank`;
      return `${where}${shown} has the wrong form (expected ${pat})`;
    }
    case 'oneOf':
      if (e.schemaPath.startsWith('#/definitions/date/')) return `${where}${shown} is not a date: write a year (1924), a month ("1924-01") or a day ("1924-01-21")`;
      if (path[0] === 'examples' && path[1] === 'pass') return `${where} must be a sentence or a map with "text" (and "format", "why")`;
      return `${where} has the wrong type or form`;
    case 'propertyNames':
      return `${where} has a key that is not a valid id (use lower-case letters and digits joined by hyphens)`;
    case 'minLength':
      return `${where} must not be empty`;
    case 'maxLength':
      return `${where} is too long (at most ${String(params.limit)} characters)`;
    case 'maxItems':
      return `${where} has too many items (at most ${String(params.limit)})`;
    case 'minItems':
      return `${where} needs at least ${String(params.limit)} item${params.limit === 1 ? '' : 's'}`;
    case 'minimum':
    case 'maximum':
      return `${where}${shown} must be ${e.keyword === 'minimum' ? 'at least' : 'at most'} ${String(params.limit)}`;
    default:
      return `${where} ${e.message ?? 'is not valid'}`;
  }
}

const ID_PATTERN = '^[a-z0-9]+(-[a-z0-9]+)*$';

function slug(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
}

function getPath(data: unknown, path: Path): unknown {
  let cur = data;
  for (const k of path) {
    if (cur === null || typeof cur !== 'object' || !Object.prototype.hasOwnProperty.call(cur, k)) return undefined;
    cur = (cur as Record<string | number, unknown>)[k];
  }
  return cur;
}

/** "; did you mean "person"?" when a word is one or two edits from an allowed one. */
function nearest(word: string, allowed: readonly string[]): string {
  let best: string | undefined;
  let bestD = 3;
  for (const a of allowed) {
    const d = distance(word.toLowerCase(), a.toLowerCase());
    if (d < bestD) {
      bestD = d;
      best = a;
    }
  }
  return best && bestD <= Math.max(1, Math.floor(best.length / 3)) ? `; did you mean "${best}"?` : '';
}

/** Edit distance where swapping two neighbouring letters counts once ("nmae" → "name"). */
function distance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 3) return 4;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) cur[j] = Math.min(cur[j], prev2[j - 2] + 1);
    }
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length];
}

function withArticle(word: string): string {
  return `${/^[aeiou]/i.test(word) ? 'an' : 'a'} ${word}`;
}

/** The first YAML error, in words a teacher can act on, and the offset it is about. */
function explainYamlError(errors: readonly YAMLError[], text: string, doc: Document): { offset: number; message: string } {
  const sorted = [...errors].sort((a, b) => a.pos[0] - b.pos[0]);
  let e = sorted[0];
  // The parser reports a mis-indented key twice from one place; the multi-line report says more.
  const multi = sorted.find((x) => x.pos[0] === e.pos[0] && x.code === 'MULTILINE_IMPLICIT_KEY');
  if (multi && e.code === 'BLOCK_AS_IMPLICIT_KEY') e = multi;
  const lineStart = (o: number): number => text.lastIndexOf('\n', o - 1) + 1;
  if (/call stack/i.test(e.message)) return { offset: e.pos[0], message: `the pack is nested too deeply to read (a pack needs at most ${MAX_DEPTH} levels of lists and maps)` };
  switch (e.code) {
    case 'TAB_AS_INDENT':
      return { offset: e.pos[0], message: 'a tab is used to indent this line; YAML indents with spaces only' };
    case 'MULTILINE_IMPLICIT_KEY':
    case 'BLOCK_AS_IMPLICIT_KEY': {
      const end = Math.min(e.pos[1], text.length);
      if (text.slice(e.pos[0], end).includes('\n')) {
        // The value runs on into a line that holds a key: that line is indented too far.
        const ls = lineStart(end);
        const lineText = text.slice(ls, text.indexOf('\n', ls) === -1 ? text.length : text.indexOf('\n', ls));
        const indent = /^ */.exec(lineText)![0].length;
        const key = /^\s*([^:#\n]{1,40}):/.exec(lineText)?.[1]?.trim();
        return { offset: ls + indent, message: `bad indentation: ${key ? `"${key}:" ` : 'this line '}is indented deeper than the key before it; line it up with the other keys of its map` };
      }
      return { offset: e.pos[0], message: firstLine(e.message) };
    }
    case 'MISSING_CHAR':
      if (/quote/i.test(e.message)) {
        let open: { start: number; q: string } | undefined;
        Y().visit(doc, {
          Scalar(_, n) {
            if ((n.type === 'QUOTE_DOUBLE' || n.type === 'QUOTE_SINGLE') && n.range && n.range[0] < e.pos[0] && n.range[1] >= e.pos[0] - 1) {
              if (!open || n.range[0] < open.start) open = { start: n.range[0], q: n.type === 'QUOTE_DOUBLE' ? '"' : "'" };
            }
          },
        });
        if (open) return { offset: open.start, message: `this quoted text is never closed (the closing ${open.q} is missing)` };
      }
      return { offset: e.pos[0], message: firstLine(e.message) };
    case 'DUPLICATE_KEY': {
      const key = /^[^:\n]{1,60}/.exec(text.slice(e.pos[0]))?.[0].trim();
      return { offset: e.pos[0], message: `the key ${key ? `"${key}" ` : ''}is given twice in one map (duplicate key)` };
    }
    default:
      return { offset: e.pos[0], message: firstLine(e.message) };
  }
}

function firstLine(s: string): string {
  return s.split('\n')[0];
}
