/** Time expressions in prose: years, ranges, decades, "by 1926", "after Lenin's death". */
import type { Token } from './tokens';

export interface TimeSpan {
  from: number;
  to: number;
  /** Opened by an event ("after Lenin's death"): what came right after it is meant first. */
  since?: boolean;
  /** A single month of the single year `from` ("in December 1925"), 1–12. */
  month?: number;
}

export interface TimeExpr extends TimeSpan {
  /** Token range [t0, t1). */
  t0: number;
  t1: number;
}

export interface YearToken {
  index: number;
  year: number;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_NAMES = MONTHS.map((m) => m[0].toUpperCase() + m.slice(1));
const MONTH_ABBR = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

export function monthOf(t: Token | undefined): number | undefined {
  if (!t || !t.w) return undefined;
  const i = MONTHS.indexOf(t.n);
  if (i >= 0) return i + 1;
  const j = MONTH_ABBR.indexOf(t.n);
  // (In lower case too, as notes write them, "21 jan 1924"; but not "mar", a verb.)
  return j >= 0 && (t.t[0] === t.t[0].toUpperCase() || t.n !== 'mar') ? j + 1 : undefined;
}

export function yearOf(t: Token | undefined): number | undefined {
  if (!t || !t.w) return undefined;
  const c = t.n.charCodeAt(0);
  if (c < 0x30 || c > 0x39 || !/^\d{3,4}$/.test(t.n)) return undefined;
  const y = Number(t.n);
  return y >= 800 && y <= 2100 ? y : undefined;
}

/** A day of the month as written before a month: "21", "21st". */
export function isDay(t: Token | undefined): boolean {
  return !!t && /^\d{1,2}(st|nd|rd|th)?$/.test(t.n);
}

/** Where the date that ends in the year at `yearAt` starts: its day and month before it ("21 January 1925"), not before `floor`. */
export function dateStart(toks: readonly Token[], yearAt: number, floor: number): number {
  let d = yearAt;
  while (d > floor && d > yearAt - 2 && (monthOf(toks[d - 1]) || isDay(toks[d - 1]))) d--;
  return d;
}

const SEASONS = new Set(['spring', 'summer', 'autumn', 'fall', 'winter', 'end', 'start', 'beginning', 'middle', 'close', 'turn']);
/**
 * Where a date's qualifier starts, before its start ds: "late 1927", "early January 1925", "mid-1926",
 * "the autumn of 1927", "the end of 1925" (ds itself when there is none). The year is still the claim's.
 */
export function qualifiedStart(toks: readonly Token[], ds: number, floor: number): number {
  let q = ds;
  if (toks[q - 1]?.n === '-' && toks[q - 2]?.n === 'mid') q -= 2;
  else if (['late', 'early', 'mid'].includes(toks[q - 1]?.n ?? '')) q -= 1;
  else if (toks[q - 1]?.n === 'of' && SEASONS.has(toks[q - 2]?.n ?? '') && toks[q - 3]?.n === 'the') q -= 3;
  else if (toks[q - 1]?.n === 'of' && SEASONS.has(toks[q - 2]?.n ?? '') && ['late', 'early'].includes(toks[q - 3]?.n ?? '') && toks[q - 4]?.n === 'the') q -= 4;
  return q >= floor ? q : ds;
}

/** The year of a date written at k, alone or after its month ("1925", "January 1925"): its token, or -1. */
export function yearTokenAt(toks: readonly Token[], k: number): number {
  return yearOf(toks[k]) !== undefined ? k : monthOf(toks[k]) && yearOf(toks[k + 1]) !== undefined ? k + 1 : -1;
}

const DASHES = new Set(['-', '–', '—', 'to', 'until', 'till']);

/**
 * Every time expression in tokens[from, to), left to right.
 * `period` bounds open-ended expressions ("after 1924").
 */
export function findTimes(tokens: readonly Token[], from: number, to: number, period: readonly [number, number], depth = 0): TimeExpr[] {
  const out: TimeExpr[] = [];
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (!t.w) continue;
    // Only a token that starts with a digit can be a year or a decade.
    const c = t.n.charCodeAt(0);
    if (c < 0x30 || c > 0x39) {
      // "two years later", "the following year": counted from the time written before.
      if ((t.n === 'year' || t.n === 'years') && depth < 3) {
        const rel = relativeTime(tokens, i, period, depth);
        if (rel) out.push(rel);
      }
      continue;
    }
    // Decades: 1920s, mid-1920s, early/late 1920s.
    const dec = /^(\d{3})0s$/.exec(t.n);
    if (dec) {
      const base = Number(dec[1]) * 10;
      let a = base;
      let b = base + 9;
      let t0 = i;
      const prev = tokens[i - 1]?.n === '-' ? tokens[i - 2] : tokens[i - 1];
      if (prev?.n === 'mid') {
        a = base + 4;
        b = base + 6;
        t0 = tokens[i - 1]?.n === '-' ? i - 2 : i - 1;
      } else if (prev?.n === 'early') {
        a = base;
        b = base + 3;
        t0 = i - 1;
      } else if (prev?.n === 'late') {
        a = base + 7;
        b = base + 9;
        t0 = i - 1;
      }
      out.push({ from: a, to: b, t0, t1: i + 1 });
      continue;
    }
    const y = yearOf(t);
    if (y === undefined) continue;
    let a = y;
    let b = y;
    let t1 = i + 1;
    // Ranges: 1923–25, 1923-1925, 1926--27, from 1923 to 1925, between 1925 and 1927.
    const sep = tokens[i + 1];
    let k = i + 2;
    if (sep && sep.n === '-' && tokens[i + 2]?.n === '-') k = i + 3;
    const next = tokens[k];
    const isSep = sep && (DASHES.has(sep.n) || (sep.n === 'and' && tokens[i - 1]?.n === 'between'));
    if (isSep && next && /^\d{2,4}$/.test(next.n)) {
      const raw = next.n;
      const end = raw.length === 2 ? Math.floor(y / 100) * 100 + Number(raw) : Number(raw);
      if (end >= y && end - y < 100) {
        b = end;
        t1 = k + 1;
      }
    }
    const before = tokens[i - 1]?.n;
    // "until January 1925", "since 21 January 1924": the word before the date's day and month.
    const d = dateStart(tokens, i, 0) - 1;
    const beforeDate = tokens[d]?.n;
    let t0 = i;
    if (before === 'by' || before === 'in' || before === 'during' || before === 'throughout') {
      t0 = i - 1;
    } else if (beforeDate === 'until' || beforeDate === 'till' || beforeDate === 'before') {
      a = beforeDate === 'before' ? Math.min(period[0], y - 1) : Math.min(period[0], y);
      b = beforeDate === 'before' ? y - 1 : y;
      t0 = d;
    } else if ((beforeDate === 'after' || beforeDate === 'since') && b === y) {
      a = beforeDate === 'after' ? y + 1 : y;
      b = Math.max(period[1], a);
      t0 = d;
    } else if (before === 'from' && b === y) {
      b = Math.max(period[1], y);
      t0 = i - 1;
    }
    // "In December 1925": a month of one year, for facts that began or ended within that year.
    const month = a === y && b === y && t0 >= i - 1 && d < i - 1 ? monthOf(tokens[i - 1]) : undefined;
    out.push(month ? { from: a, to: b, t0, t1, month } : { from: a, to: b, t0, t1 });
    i = t1 - 1;
  }
  return out;
}

const COUNTS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
const AFTER_WORDS = new Set(['later', 'afterwards', 'afterward', 'on']);
const BEFORE_WORDS = new Set(['earlier', 'before', 'previously']);
/** How far back a relative time looks for the time it counts from (a paragraph or so). */
const RELATIVE_WINDOW = 400;

/**
 * A time told relative to the one written before it, with "year(s)" at token i: "a year later",
 * "three years later", "years later", "the following year", "the year before", "that year".
 * Undefined when it is none of those, or no time comes before it (in the block, nearby).
 */
function relativeTime(tokens: readonly Token[], i: number, period: readonly [number, number], depth: number): TimeExpr | undefined {
  const prev = tokens[i - 1]?.n ?? '';
  const next = tokens[i + 1]?.n ?? '';
  let t0 = i;
  let t1 = i + 1;
  let shift: number | undefined; // years from the time before; undefined with `open` for "years later"
  let open = false;
  const count = COUNTS[prev] ?? (/^\d{1,2}$/.test(prev) ? Number(prev) : undefined);
  if (count !== undefined && (AFTER_WORDS.has(next) || BEFORE_WORDS.has(next)) && (count === 1) === (tokens[i].n === 'year')) {
    shift = BEFORE_WORDS.has(next) ? -count : count;
    t0 = i - 1;
    t1 = i + 2;
  } else if (tokens[i].n === 'year' && tokens[i - 2]?.n === 'the' && (prev === 'following' || prev === 'next' || prev === 'previous' || prev === 'same')) {
    shift = prev === 'previous' ? -1 : prev === 'same' ? 0 : 1;
    t0 = i - 2;
  } else if (tokens[i].n === 'year' && prev === 'that') {
    shift = 0;
    t0 = i - 1;
  } else if (tokens[i].n === 'year' && prev === 'the' && next === 'before') {
    shift = -1;
    t0 = i - 1;
    t1 = i + 2;
  } else if (tokens[i].n === 'years' && (next === 'later' || next === 'afterwards') && !/^\d/.test(prev)) {
    open = true;
    t1 = i + 2;
  } else return undefined;
  // The time it counts from: the last one written before it (itself perhaps relative).
  const before = findTimes(tokens, Math.max(0, t0 - RELATIVE_WINDOW), t0, period, depth + 1).filter((x) => x.t1 <= t0);
  const ref = before[before.length - 1];
  if (!ref || !Number.isFinite(ref.from) || !Number.isFinite(ref.to)) return undefined;
  if (open) return { from: ref.to + 1, to: Math.max(period[1], ref.to + 1), t0, t1 };
  return { from: ref.from + shift!, to: ref.to + shift!, t0, t1 };
}

/** The smallest span covering all expressions, or undefined when there are none. */
export function spanOf(exprs: readonly TimeSpan[]): TimeSpan | undefined {
  if (!exprs.length) return undefined;
  let from = exprs[0].from;
  let to = exprs[0].to;
  let month = exprs[0].month;
  for (const e of exprs) {
    if (e.from < from) from = e.from;
    if (e.to > to) to = e.to;
    if (e.month !== month || e.from !== exprs[0].from) month = undefined;
  }
  return month ? { from, to, month } : { from, to };
}

export function formatYears(span: TimeSpan): string {
  if (!Number.isFinite(span.from) && !Number.isFinite(span.to)) return '';
  if (span.from === span.to) return span.month ? `in ${MONTH_NAMES[span.month - 1]} ${span.from}` : `in ${span.from}`;
  if (!Number.isFinite(span.to)) return `from ${span.from}`;
  if (!Number.isFinite(span.from)) return `until ${span.to}`;
  return `${span.from}–${span.to}`;
}
