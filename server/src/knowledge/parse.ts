/**
 * Parse and validate one pack file. Pure: text in, compiled pack or problems out (no I/O).
 * Every problem names the file, line and column, mapped back from the schema's JSON path to
 * the YAML node that caused it.
 */
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { LineCounter, parseDocument, isMap, isSeq, isScalar, type Document, type Node as YamlNode } from 'yaml';
import schema from '../../../knowledge/pack.schema.json';
import type { CompiledPack, PackProblem, RawPack, RawDate } from './model';

/** Packs larger than this are refused before parsing. */
export const MAX_PACK_BYTES = 2 * 1024 * 1024;
const MAX_DEPTH = 12;

let validator: ValidateFunction | undefined;
function getValidator(): ValidateFunction {
  if (!validator) {
    const ajv = new Ajv({ allErrors: true, strict: false });
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
  const lc = new LineCounter();
  let doc: Document;
  try {
    doc = parseDocument(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: true });
  } catch (e) {
    err(1, 1, `YAML could not be read: ${(e as Error).message}`);
    return { problems };
  }
  const pos = (offset: number): { line: number; col: number } => lc.linePos(Math.max(0, Math.min(offset, text.length)));
  for (const e of doc.errors) {
    const p = pos(e.pos[0]);
    err(p.line, p.col, `YAML syntax error: ${firstLine(e.message)}`);
  }
  if (problems.length) return { problems };

  const depth = nodeDepth(doc.contents as YamlNode | null, 0);
  if (depth > MAX_DEPTH) {
    err(1, 1, `pack is nested too deeply (${depth} levels; a pack needs at most ${MAX_DEPTH})`);
    return { problems };
  }

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 50 });
  } catch (e) {
    err(1, 1, `YAML could not be read: ${firstLine((e as Error).message)}`);
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
    if (parent && isMap(parent)) {
      for (const item of parent.items) {
        const k = item.key as YamlNode | null;
        if (k && isScalar(k) && String(k.value) === key && k.range) return pos(k.range[0]);
      }
    }
    return nodeAt(path);
  };

  const validate = getValidator();
  if (!validate(data)) {
    for (const e of pruneErrors(validate.errors ?? [])) {
      const path = jsonPointerToPath(e.instancePath);
      const where = e.keyword === 'additionalProperties' ? keyAt(path, String((e.params as { additionalProperty: string }).additionalProperty)) : nodeAt(path);
      err(where.line, where.col, describe(e, path));
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
      if (!target) err(p.line, p.col, `${field} "${v}" of "${ent.id}" is not an entity of this pack`);
      else if (kinds && !kinds.includes(target.kind)) err(p.line, p.col, `${field} "${v}" of "${ent.id}" is a ${target.kind}, not a ${kinds.join(' or ')}`);
    };
    ref('body', ['body']);
    ref('subject');
    ref('source');
    (ent.rivals ?? []).forEach((r, j) => {
      if (!byId.has(r)) {
        const p = nodeAt(['entities', i, 'rivals', j]);
        err(p.line, p.col, `rival "${r}" of "${ent.id}" is not an entity of this pack`);
      }
    });
    for (const f of ['born', 'died', 'date'] as const) {
      const v = ent[f];
      if (v !== undefined && !parseDate(v)) {
        const p = nodeAt(['entities', i, f]);
        err(p.line, p.col, `${f} "${v}" is not a real date`);
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
  };
  raw.facts.forEach((f, i) => {
    const who = byId.get(f.who);
    const what = byId.get(f.what);
    if (!who) {
      const p = nodeAt(['facts', i, 'who']);
      err(p.line, p.col, `fact names an unknown entity "${f.who}"`);
    } else if (who.kind !== 'person' && who.kind !== 'body') {
      const p = nodeAt(['facts', i, 'who']);
      err(p.line, p.col, `"${f.who}" is a ${who.kind}; facts are about people (or bodies)`);
    }
    if (!what) {
      const p = nodeAt(['facts', i, 'what']);
      err(p.line, p.col, `fact names an unknown entity "${f.what}"`);
    } else if (!relKinds[f.rel].includes(what.kind)) {
      const p = nodeAt(['facts', i, 'what']);
      err(p.line, p.col, `"${f.rel}" needs a ${relKinds[f.rel].join(' or ')}, but "${f.what}" is a ${what.kind}`);
    }
    if (f.source !== undefined && (!raw.sources || !Object.prototype.hasOwnProperty.call(raw.sources, f.source))) {
      const p = nodeAt(['facts', i, 'source']);
      err(p.line, p.col, `unknown source "${f.source}"`);
    }
    const from = f.from === undefined ? undefined : parseDate(f.from);
    const to = f.to === undefined ? undefined : parseDate(f.to);
    if (f.from !== undefined && !from) {
      const p = nodeAt(['facts', i, 'from']);
      err(p.line, p.col, `from "${f.from}" is not a real date`);
    }
    if (f.to !== undefined && !to) {
      const p = nodeAt(['facts', i, 'to']);
      err(p.line, p.col, `to "${f.to}" is not a real date`);
    }
    if (from && to && compareDates(to, from) < 0) {
      const p = nodeAt(['facts', i, 'to']);
      err(p.line, p.col, `the span ends (${f.to}) before it starts (${f.from})`);
    }
  });

  const flag = raw.examples?.flag ?? [];
  flag.forEach((ex, i) => {
    if (!ex.text.includes(ex.words)) {
      const p = nodeAt(['examples', 'flag', i, 'words']);
      err(p.line, p.col, `"${ex.words}" does not occur in the example's text`);
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
    .replace(/[’‘`]/g, "'")
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
  if (day !== undefined) {
    const dim = new Date(Date.UTC(2000 + (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 0 : 1), month!, 0)).getUTCDate();
    if (day < 1 || day > dim) return undefined;
  }
  return { year, month, day };
}

function compareDates(a: { year: number; month?: number; day?: number }, b: { year: number; month?: number; day?: number }): number {
  return a.year - b.year || (a.month ?? 0) - (b.month ?? 0) || (a.day ?? 0) - (b.day ?? 0);
}

function nodeDepth(node: YamlNode | null, d: number): number {
  if (d > MAX_DEPTH + 1 || !node) return d;
  if (isMap(node)) return Math.max(d + 1, ...node.items.map((it) => nodeDepth(it.value as YamlNode | null, d + 1)));
  if (isSeq(node)) return Math.max(d + 1, ...node.items.map((it) => nodeDepth(it as YamlNode | null, d + 1)));
  return d;
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

function describe(e: ErrorObject, path: Path): string {
  const where = path.length ? path.join('.') : 'the pack';
  const params = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required':
      return `${where} is missing "${String(params.missingProperty)}"`;
    case 'additionalProperties':
      return `${where} has an unknown field "${String(params.additionalProperty)}"`;
    case 'enum':
      return `${where} must be one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'type':
      return `${where} must be ${String(params.type)}`;
    case 'pattern':
      return `${where} has the wrong form (expected ${String(params.pattern)})`;
    case 'oneOf':
      return `${where} has the wrong type or form`;
    case 'propertyNames':
      return `${where} has a key of the wrong form`;
    default:
      return `${where} ${e.message ?? 'is not valid'}`;
  }
}

function firstLine(s: string): string {
  return s.split('\n')[0];
}
