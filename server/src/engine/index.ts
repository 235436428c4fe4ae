/**
 * The engine's façade: text in, findings, cards and completion items out. Pure: no editor
 * APIs, no I/O. One `Analysis` per document version serves every feature; blocks are cached by
 * their text, so an edit re-reads only the blocks it touched.
 */
import type { KnowledgeBase } from '../knowledge/build';
import type { CheckCode, DocFormat, Entity } from '../knowledge/model';
import { analyseBlock } from './claims';
import { card } from './cards';
import { complete as completeAt, entries as completionEntries, type CompletionItem } from './completion';
import { claimHolds, judge, personFix, type Finding, type Fix } from './judge';
import type { Claim } from './claims';
import { lexiconFor } from './lexicon';
import { Memo } from './memo';
import { lastAtOrBefore } from './sorted';
import type { TimeSpan } from './time';
import { clearMarkdownCache, extractProse, markdownCacheSize, type Directive, type EditRegion, type Prose } from './prose';
import { spellingFindings } from './spelling';

export type { Finding, Fix, Edit } from './judge';
export type { CompletionItem } from './completion';
export { card, escapeMarkdown } from './cards';

export type Severity = 'off' | 'hint' | 'information' | 'warning' | 'error';
export type FindingCode = CheckCode | 'name-spelling';

export interface EntityMention {
  start: number;
  end: number;
  entity: Entity;
}

export interface Analysis {
  readonly text: string;
  readonly format: DocFormat;
  readonly prose: Prose;
  /** Findings in document order, already filtered by the document's disable comments. */
  readonly findings: readonly Finding[];
  readonly mentions: readonly EntityMention[];
  readonly lineStarts: readonly number[];
  /** Per block of `prose.blocks`: the cached results (for the next version's reuse). */
  readonly blockResults: readonly BlockResult[];
  readonly kbVersion: number;
  /** Characters of the blocks this version read anew (neither taken over from the previous version nor memoised). */
  readonly readChars: number;
}

export interface BlockResult {
  /** Length of the block's text and whether it is quoted (cheap checks when a block is taken over). */
  length: number;
  quoted: boolean;
  /** Offsets relative to the block. */
  mentions: readonly { s: number; e: number; entity: Entity }[];
  findings: Finding[];
  /** The findings shifted to where the block last stood (reused while the block does not move). */
  placed?: { at: number; findings: Finding[] };
  /** The man of the name heading the block was read under (a "he" opening it is him). */
  heading?: string;
  /** The years of the year heading it was read under ("## 1927"), as "from-to". */
  time?: string;
}

/**
 * A heading over a list of mistakes: "Common errors", "Common misconceptions", "Mistakes to avoid", "What not
 * to write" (not "Myths, revisited": an essay may state its own claims under a title about myths).
 */
const ERRORS_HEADING = /\b(?:common\s+(?:errors?|mistakes?|misconceptions?|myths?|slips?|confusions?)|(?:errors?|mistakes?|pitfalls?|slips?)\s+to\s+avoid|what\s+not\s+to\s+(?:write|say)|wrong\s+answers?|don'?t\s+write)\b/i;

/** Does a heading start at this block: "## …" in Markdown, "\section{…}" (or chapter, subsection…) in LaTeX? */
function headingAt(text: string, start: number, format: DocFormat): boolean {
  if (format === 'markdown') return text.charCodeAt(start) === 35; // '#'
  if (format !== 'latex') return false;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  return /\\(?:chapter|section|subsection|subsubsection|paragraph)\*?\{\s*$/.test(text.slice(Math.max(lineStart, start - 40), start));
}

/**
 * The years a heading gives and nothing before them: "## 1927", "### 1924–1925", "## 1926: the United
 * Opposition", "\section{1928}". The blocks under it, to the next heading, are read as in those years.
 */
function headingYears(text: string, b: { start: number; end: number }): TimeSpan | undefined {
  const m = /^[#\s]*(\d{4})(?:\s*[\u2013\u2014-]\s*(\d{4}|\d{2}))?\s*(?:$|[.:\u2013\u2014]|-\s|\}|\))/.exec(text.slice(b.start, b.end));
  if (!m) return undefined;
  const from = Number(m[1]);
  const to = m[2] ? (m[2].length === 2 ? Math.floor(from / 100) * 100 + Number(m[2]) : Number(m[2])) : from;
  return from >= 1000 && to >= from && to - from < 50 ? { from, to } : undefined;
}

/** The person a heading names and nothing else ("## Stalin", "## Nikolai Bukharin (1888–1938)"), if any. */
function soleName(text: string, b: { start: number; end: number }, r: BlockResult): Entity | undefined {
  const m = r.mentions.length === 1 ? r.mentions[0] : undefined;
  if (m?.entity.kind !== 'person') return undefined;
  const rest = text.slice(b.start, b.start + m.s) + text.slice(b.start + m.e, b.end);
  // (Life dates and markup may stand beside the name; words may not.)
  return /\p{L}{2,}/u.test(rest.replace(/\\[a-z]+\*?|\b(?:b|d|c|born|died)\b/g, '')) ? undefined : m.entity;
}

/** A verdict of falsity opening a block: "Verdict: FALSE.", "> **Answer: false**", "False — …". */
const REFUTING_OPENING = /^[\s>*_]*(?:(?:verdict|answer|ans|a)[\s*_]*:[\s*_]*(?:false|wrong|incorrect|untrue|a myth|myth|f)\b|(?:false|wrong|incorrect|untrue)[\s*_]*[.!:\u2014\u2013-])/i;
/** Is the one-line block b a claim that the block after it rejects with its opening verdict? */
function refutedByNext(text: string, b: { start: number; end: number }, next: { start: number; end: number } | undefined): boolean {
  if (!next || text.slice(b.start, b.end).trim().includes('\n')) return false;
  return REFUTING_OPENING.test(text.slice(next.start, Math.min(next.end, next.start + 40)));
}

/** Does a list item start at this block: "- ", "* ", "1. " (Markdown, plain text) or "\\item" (LaTeX) before it on its line? */
function listItemAt(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  return /^[ \t>]*(?:[-*+\u2022]|\d{1,3}[.)]|\\item(?:\[[^\]\n]*\])?)[ \t]*$/.test(text.slice(lineStart, start));
}
const PRONOUN_OPENING = /^(?:he|she|his|her)\b/i;
/**
 * The one man a list item names (however often), if it names one man only and opens with him:
 * "- Lenin had a stroke", not "- Expelled in 1927, together with Trotsky" (whose subject is the heading's).
 */
function soleMan(r: BlockResult, text: string, start: number): Entity | undefined {
  let man: Entity | undefined;
  for (const m of r.mentions) {
    if (m.entity.kind !== 'person') continue;
    if (man && man.id !== m.entity.id) return undefined;
    if (!man && /[\p{L}\p{N}]/u.test(text.slice(start, start + m.s))) return undefined;
    man = m.entity;
  }
  return man;
}

/** Index of the item (sorted, not overlapping) whose [start, end] holds the offset, or -1. */
function containing(n: number, offset: number, start: (i: number) => number, end: (i: number) => number): number {
  let lo = 0;
  let hi = n - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (end(mid) < offset) lo = mid + 1;
    else if (start(mid) > offset) hi = mid - 1;
    else return mid;
  }
  return -1;
}

/** The unchanged prefix and suffix of two versions of a text. */
function diffRegion(a: string, b: string): EditRegion {
  const n = Math.min(a.length, b.length);
  // Whole pieces compared natively first (a keystroke leaves almost all of the text alone), then characters.
  let p = 0;
  for (let step = 4096; step >= 16; step >>= 2) while (p + step <= n && a.slice(p, p + step) === b.slice(p, p + step)) p += step;
  while (p < n && a.charCodeAt(p) === b.charCodeAt(p)) p++;
  let s = 0;
  for (let step = 4096; step >= 16; step >>= 2) while (s + step <= n - p && a.slice(a.length - s - step, a.length - s) === b.slice(b.length - s - step, b.length - s)) s += step;
  while (s < n - p && a.charCodeAt(a.length - 1 - s) === b.charCodeAt(b.length - 1 - s)) s++;
  // Keep a margin: a block that ends or starts right at the edit may have changed its bounds.
  return { prefix: Math.max(0, p - 1), suffix: Math.max(0, s - 1), delta: b.length - a.length };
}

/** Documents larger than this are not analysed (the adapters tell the user why). */
export const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;

export class Engine {
  // Bounded by count and by characters (half a million: a long chapter). Results weigh far more than
  // their keys, so the memo stays small; edits are served by the previous analysis, not by it.
  private readonly blocks = new Memo<string, BlockResult>(1500, 500_000, (k) => k.length);

  constructor(readonly kb: KnowledgeBase) {}

  /** Analyse a whole document. Blocks already seen (same text, same knowledge) are reused. */
  analyse(text: string, format: DocFormat, previous?: Analysis): Analysis {
    // With the previous version at hand, the prose and the blocks before and after the edited
    // region are taken over as they are (shifted), without even hashing their text.
    const reuse = previous && previous.format === format ? diffRegion(previous.text, text) : undefined;
    const prose = extractProse(text, format, reuse && previous ? { prose: previous.prose, region: reuse } : undefined);
    const sameKb = previous?.kbVersion === this.kb.version;
    const prevBlocks = previous?.prose.blocks ?? [];
    let j = 0;
    let readChars = 0;
    const blockResults: BlockResult[] = [];
    // The man a name heading puts over the blocks after it ("## Stalin", "\section{Stalin}"), until the next heading.
    let heading: Entity | undefined;
    // The years a year heading puts over the blocks after it ("## 1927"), until the next heading.
    let years: TimeSpan | undefined;
    // Under a heading of mistakes ("## Common errors", "\section{Mistakes to avoid}"), until the next heading: the
    // blocks list what not to write, like a quotation (names and spelling checked, no claims).
    let underErrors = false;
    // The one man the list item before named: a "he" opening the next item is him ("- Lenin had a stroke" / "- He died …").
    let itemMan: Entity | undefined;
    for (let bi = 0; bi < prose.blocks.length; bi++) {
      const b = prose.blocks[bi];
      const isHeading = headingAt(text, b.start, format);
      const item = listItemAt(text, b.start);
      const over = item && itemMan && PRONOUN_OPENING.test(text.slice(b.start, Math.min(b.end, b.start + 8))) ? itemMan : heading;
      if (isHeading) {
        heading = undefined;
        years = headingYears(text, b);
        underErrors = ERRORS_HEADING.test(text.slice(b.start, b.end));
      }
      // A quiz item whose verdict opens the next block ("**6. Socialism in One Country was Trotsky's idea.**" /
      // "> **Verdict: FALSE.** …") is taken back, like a quotation.
      const quoted = !!b.quoted || (underErrors && !isHeading) || (!isHeading && refutedByNext(text, b, prose.blocks[bi + 1]));
      // (A heading is not under its own years.)
      const under = isHeading ? undefined : years;
      const underKey = under && `${under.from}-${under.to}`;
      let r: BlockResult | undefined;
      if (reuse && previous && sameKb) {
        // Blocks are sorted, and so are the starts looked for: one pointer walks the old blocks.
        const want = b.end <= reuse.prefix ? b.start : b.start >= text.length - reuse.suffix ? b.start - reuse.delta : -1;
        if (want >= 0) {
          while (j < prevBlocks.length && prevBlocks[j].start < want) j++;
          if (j < prevBlocks.length && prevBlocks[j].start === want) r = previous.blockResults[j];
        }
        if (r && (r.length !== b.end - b.start || r.quoted !== quoted || r.heading !== over?.id || r.time !== underKey)) r = undefined;
      }
      if (!r) {
        const blockText = prose.maskedSlice ? prose.maskedSlice(b.start, b.end) : prose.masked.slice(b.start, b.end);
        const key = (quoted ? `\u0001${blockText}` : blockText) + (over ? `\u0002${over.id}` : '') + (underKey ? `\u0003${underKey}` : '');
        r = this.blocks.get(key);
        if (!r) {
          r = this.analyseBlock(blockText, quoted, over, under, underKey);
          this.blocks.set(key, r);
          readChars += blockText.length;
        }
      }
      blockResults.push(r);
      itemMan = item ? soleMan(r, text, b.start) ?? (over !== heading ? over : undefined) : undefined;
      if (isHeading) heading = soleName(text, b, r);
    }
    // Findings in document offsets are made on first use: a keystroke's diagnostics are built block
    // by block from the blocks' own findings (the server's `diagnosticsOf`), without moving every later block's.
    let findings: Finding[] | undefined;
    const placed = (): Finding[] => {
      const out: Finding[] = [];
      prose.blocks.forEach((b, i) => {
        const r = blockResults[i];
        if (!r.findings.length) return;
        if (r.placed?.at !== b.start) r.placed = { at: b.start, findings: r.findings.map((f) => shift(f, b.start)) };
        // (Links are read from the text itself: blocks are cached by their prose, which has no addresses.)
        for (const f of r.placed.findings) out.push(format === 'markdown' ? withLinkTargets(f, text, this.kb) : f);
      });
      return prose.directives.length ? applyDirectives(out, prose.directives, lines()) : out;
    };
    // Line starts are computed on first use (directives, the CLI, suppression edits): a keystroke needs none.
    let lineStarts: number[] | undefined;
    const lines = (): number[] => (lineStarts ??= computeLineStarts(text));
    let mentions: EntityMention[] | undefined;
    return {
      text,
      format,
      prose,
      get findings(): Finding[] {
        return (findings ??= placed());
      },
      // Built on first use: hover finds its mention through the blocks without it.
      get mentions(): EntityMention[] {
        if (!mentions) {
          mentions = [];
          prose.blocks.forEach((b, i) => {
            for (const m of blockResults[i].mentions) mentions!.push({ start: m.s + b.start, end: m.e + b.start, entity: m.entity });
          });
        }
        return mentions;
      },
      get lineStarts(): number[] {
        return lines();
      },
      blockResults,
      kbVersion: this.kb.version,
      readChars,
    };
  }

  private analyseBlock(text: string, quoted = false, heading?: Entity, years?: TimeSpan, yearsKey?: string): BlockResult {
    const lex = lexiconFor(this.kb);
    const a = analyseBlock(this.kb, lex, text, heading, years);
    // A block quotation is someone else's words: names get cards and spelling checks, but no claims.
    if (quoted) a.claims.length = 0;
    const findings: Finding[] = [];
    const seen = new Set<string>();
    // A block may be one huge paragraph: every lookup below is by index or binary search, never
    // a scan of all sentences or findings per claim (that made a 1 MB line take minutes).
    // Claims come sentence by sentence, so a sentence's claims are one run of the list.
    const judged: { c: Claim; f?: Finding }[] = a.claims.map((c) => ({ c, f: judge(this.kb, c, text) }));
    // (Not the same claim made twice by two rules, "the Fifteenth Congress met in 1925": it is no other evidence.)
    const sameSentence = (at: number): (typeof judged)[number][] => {
      const out: (typeof judged)[number][] = [];
      const c = judged[at].c;
      const twin = (o: Claim): boolean => o.code === c.code && o.s === c.s && o.e === c.e && o.target === c.target && o.rel === c.rel;
      for (let i = at - 1; i >= 0 && judged[i].c.sentence === c.sentence; i--) if (!twin(judged[i].c)) out.push(judged[i]);
      for (let i = at + 1; i < judged.length && judged[i].c.sentence === c.sentence; i++) if (!twin(judged[i].c)) out.push(judged[i]);
      return out;
    };
    const taken = new Map<string, [number, number][]>();
    const reported: { c: Claim; f: Finding }[] = [];
    let topics: Set<string> | undefined;
    for (let at = 0; at < judged.length; at++) {
      const { c, f } = judged[at];
      const sentence = c.sentence;
      if (!f) continue;
      // One claim is reported once: the same person, relation and object in one sentence.
      const targetKey = c.target.kind === 'office' && c.target.body ? c.target.body : c.target.id;
      const ids = c.subjects.length === 1 ? c.subjects[0].ent.id : c.subjects.map((p) => p.ent.id).sort().join(',');
      const key = `${sentence}|${c.code}|${ids}|${targetKey}`;
      const spans = taken.get(f.code) ?? [];
      if (seen.has(key) || overlapsAny(spans, f.start, f.end)) continue;
      seen.add(key);
      if (f.fixes.length) {
        dropRepeatedWords(f, c, sameSentence(at), this.kb);
        preferByContext(f, c, sameSentence(at), this.kb, text);
        // In a man's own section (his name heading it, or on a line of its own over his notes), a slip
        // about him is in the words: "kamenev" / "- Kamenev was chairman of the Leningrad Soviet".
        if (c.subjects.length === 1 && (topics ??= topicsOf(a, heading)).has(c.subjects[0].ent.id)) preferWords(f);
      }
      findings.push(f);
      insertSpan(spans, f.start, f.end);
      taken.set(f.code, spans);
      reported.push({ c, f });
    }
    swapPairs(reported, text);
    const spelled = spellingFindings(lex, a.tokens, a.mentions.filter((m) => !m.misspelled));
    for (const f of spelled) findings.push(f);
    if (spelled.length || findings.length > 1) findings.sort((x, y) => x.start - y.start);
    return { length: text.length, quoted, mentions: a.mentions, findings, heading: heading?.id, time: yearsKey };
  }

  /** The entity mentioned at an offset, if any. */
  mentionAt(analysis: Analysis, offset: number): EntityMention | undefined {
    // Blocks, then their mentions, are sorted by start: two binary searches.
    const blocks = analysis.prose.blocks;
    const bi = containing(blocks.length, offset, (i) => blocks[i].start, (i) => blocks[i].end);
    if (bi < 0) return undefined;
    const b = blocks[bi];
    const ms = analysis.blockResults[bi].mentions;
    const mi = containing(ms.length, offset - b.start, (i) => ms[i].s, (i) => ms[i].e);
    return mi < 0 ? undefined : { start: ms[mi].s + b.start, end: ms[mi].e + b.start, entity: ms[mi].entity };
  }

  /** The hover card for the name at an offset. */
  hover(analysis: Analysis, offset: number): { markdown: string; start: number; end: number } | undefined {
    const m = this.mentionAt(analysis, offset);
    if (!m) return undefined;
    return { markdown: card(this.kb, m.entity), start: m.start, end: m.end };
  }

  complete(text: string, offset: number): CompletionItem[] {
    return completeAt(this.kb, text, offset);
  }

  /**
   * Build now what hover and completion would otherwise build on first use: every entity's card
   * and the folded list of names completion matches against (about 8 ms for the bundled pack,
   * cached per knowledge base). The server calls it once it is idle, so no request pays for it.
   */
  prepare(): void {
    for (const ent of this.kb.entities.values()) card(this.kb, ent);
    completionEntries(this.kb);
  }

  /** Find an entity by any of its names (for `clio explain`). */
  lookup(name: string): Entity | undefined {
    const key = name.trim().toLowerCase();
    for (const e of this.kb.entities.values()) {
      if (e.id === key || [e.name, e.label, ...e.aliases].some((n) => n.toLowerCase() === key)) return e;
    }
    const lex = lexiconFor(this.kb);
    const a = analyseBlock(this.kb, lex, name);
    return a.mentions[0]?.entity;
  }

  /** Cached Markdown chunks (shared by every engine) and characters of cached blocks. */
  get cacheStats(): { blocks: number; blockChars: number; markdownChunks: number } {
    return { blocks: this.blocks.size, blockChars: this.blocks.weight, markdownChunks: markdownCacheSize() };
  }

  /** Forget every cached block and Markdown chunk: nothing of a closed document stays in memory. */
  clearCaches(): void {
    this.blocks.clear();
    clearMarkdownCache();
  }
}

/** The men a block is about: the man of its name heading, and a man whose name is a line (a sentence) of its own. */
function topicsOf(a: { tokens: readonly { n: string; w: boolean }[]; sentences: readonly { t0: number; t1: number }[]; mentions: readonly { t0: number; t1: number; entity: Entity }[] }, heading?: Entity): Set<string> {
  const out = new Set<string>(heading ? [heading.id] : []);
  // (Mentions and sentences are both in order: one walk over each, as a block may be one huge paragraph.)
  let si = 0;
  for (const m of a.mentions) {
    while (si < a.sentences.length && a.sentences[si].t1 <= m.t0) si++;
    const s = a.sentences[si];
    if (m.entity.kind !== 'person' || !s || s.t0 > m.t0 || m.t1 > s.t1) continue;
    let alone = true;
    for (let k = s.t0; k < s.t1 && alone; k++) if ((k < m.t0 || k >= m.t1) && a.tokens[k].w) alone = false;
    if (alone) out.add(m.entity.id);
  }
  return out;
}

/** Make the finding's words fix, if it has one beside a person fix, the preferred one. */
function preferWords(f: Finding): void {
  const words = f.fixes.find((x) => x.replaces === 'words');
  if (words && f.fixes.some((x) => x.replaces === 'person')) prefer(f, words);
}

/** Make one of the finding's fixes the preferred one. */
function prefer(f: Finding, fix: Fix): void {
  for (const x of f.fixes) x.preferred = x === fix;
}

/**
 * When a finding could be fixed by changing the words or the person, the rest of the sentence
 * decides: another true claim about the same person says the person is right (change the
 * words); another false claim fixed by the same replacement person says the person is wrong.
 */
function preferByContext(f: Finding, c: Claim, others: { c: Claim; f?: Finding }[], kb: KnowledgeBase, text: string): void {
  // Two or more things said of one man, this one false: the one man of whom all of them are true is
  // the man meant ("Kamenev, the head of the trade unions, sat in the right wing": Tomsky).
  const one = c.subjects.length === 1 && !c.subjects[0].pronoun ? c.subjects[0] : undefined;
  if (one && !c.answer) {
    const mine = others.filter((o) => o.c.subjects.length === 1 && o.c.subjects[0].ent.id === one.ent.id);
    const about = [c, ...mine.map((o) => o.c)];
    // (Only when another of them is false of him too: one slip among true things is the words'.)
    const fits = mine.some((o) => o.f) ? [...kb.entities.values()].filter((e) => e.kind === 'person' && e.id !== one.ent.id && about.every((x) => claimHolds(kb, { ...x, subjects: [{ ...x.subjects[0], ent: e }] }))) : [];
    const fix = fits.length === 1 ? personFix(text, one, fits[0]) : undefined;
    if (fix) {
      f.fixes = [...f.fixes.filter((x) => x.replaces !== 'person'), fix].map((x) => ({ ...x, preferred: x === fix }));
      return;
    }
  }
  const words = f.fixes.find((x) => x.replaces === 'words');
  const person = f.fixes.find((x) => x.replaces === 'person');
  if (!person) return;
  const ids = new Set(c.subjects.map((p) => p.ent.id));
  const about = others.filter((o) => o.c.subjects.some((p) => ids.has(p.ent.id)));
  const confirmed = about.some((o) => !o.f && claimHolds(kb, o.c));
  // Only the person could be changed, but the sentence says something true of him and false of the
  // new name ("Kamenev chaired the Leningrad Soviet, which gave him a base in Moscow"): the slip is
  // in the words, and the new name would make the rest false. No fix is better than that one.
  if (!words) {
    const next = person.person ? kb.get(person.person) : undefined;
    const falseOfNext = next && about.some((o) => !o.f && claimHolds(kb, o.c) && !claimHolds(kb, { ...o.c, subjects: o.c.subjects.map((p) => (ids.has(p.ent.id) ? { ...p, ent: next } : p)) }));
    if (falseOfNext) f.fixes = f.fixes.filter((x) => x !== person);
    return;
  }
  const samePerson = about.some((o) => o.f?.fixes.some((x) => x.replaces === 'person' && x.person === person.person));
  if (confirmed === samePerson) return;
  prefer(f, confirmed ? words : person);
}

/**
 * Two slips that are each other's mirror in one sentence, "Zinoviev's base was Moscow and Kamenev's
 * was Leningrad" (or "the right was led by Trotsky and the left by Bukharin"): each keeps its own fix,
 * and both also get one fix that swaps the two, which mends the sentence in one step. (Each slip's
 * own fix stays preferred: applying the preferred fix of every finding must give the true text.)
 */
function swapPairs(reported: { c: Claim; f: Finding }[], text: string): void {
  const fix = (f: Finding, kind: 'words' | 'person'): Fix | undefined => f.fixes.find((x) => x.replaces === kind && x.edits.length === 1);
  for (let i = 0; i < reported.length; i++) {
    for (let j = i + 1; j < reported.length && reported[j].c.sentence === reported[i].c.sentence; j++) {
      const [a, b] = [reported[i], reported[j]];
      if (a.c.code !== b.c.code || a.c.subjects.length !== 1 || b.c.subjects.length !== 1) continue;
      // Each puts in what the other has: the words (the thing) or the man.
      const [wa, wb] = [fix(a.f, 'words'), fix(b.f, 'words')];
      const [pa, pb] = [fix(a.f, 'person'), fix(b.f, 'person')];
      const pair = wa && wb && wa.entity === b.c.target.id && wb.entity === a.c.target.id ? [wa, wb] : pa && pb && pa.person === b.c.subjects[0].ent.id && pb.person === a.c.subjects[0].ent.id ? [pa, pb] : undefined;
      if (!pair) continue;
      const [x, y] = pair.map((f) => f.edits[0]);
      const swap: Fix = { title: `Swap “${text.slice(x.start, x.end)}” and “${text.slice(y.start, y.end)}”`, edits: [x, y].sort((p, q) => p.start - q.start), preferred: false, replaces: pair[0].replaces };
      for (const f of [a.f, b.f]) f.fixes = [...f.fixes, swap];
    }
  }
}

/**
 * A words fix that would put in what the sentence already truly says of the man repeats it ("Kamenev
 * chaired the Moscow Soviet and was Chairman of Sovnarkom" → not "… and was chairman of the Moscow
 * Soviet"): it goes, and the person fix, if any, is preferred.
 */
function dropRepeatedWords(f: Finding, c: Claim, others: { c: Claim; f?: Finding }[], kb: KnowledgeBase): void {
  const words = f.fixes.find((x) => x.replaces === 'words' && x.entity);
  if (!words?.entity) return;
  const put = kb.get(words.entity);
  const ids = new Set(c.subjects.map((p) => p.ent.id));
  const said = others.some((o) => !o.f && o.c.subjects.some((p) => ids.has(p.ent.id)) && (o.c.target.id === words.entity || o.c.target.id === put?.body) && claimHolds(kb, o.c));
  if (!said) return;
  f.fixes = f.fixes.filter((x) => x !== words);
  if (f.fixes.length && !f.fixes.some((x) => x.preferred)) f.fixes[0].preferred = true;
}

/** Whether [s, e) overlaps one of the sorted, disjoint spans. */
function overlapsAny(spans: readonly [number, number][], s: number, e: number): boolean {
  // The last span starting before e is the only one that can overlap (disjoint spans: ends are sorted too).
  let lo = 0;
  let hi = spans.length - 1;
  let last = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid][0] < e) {
      last = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return last >= 0 && spans[last][1] > s;
}

function insertSpan(spans: [number, number][], s: number, e: number): void {
  let i = spans.length;
  while (i > 0 && spans[i - 1][0] > s) i--;
  spans.splice(i, 0, [s, e]);
}

/**
 * A fix that changes a Markdown link's whole text changes the page it points to as well, when the
 * address ends in the old name: "[Stalin](…/wiki/Joseph_Stalin)" → "[Trotsky](…/wiki/Leon_Trotsky)".
 */
function withLinkTargets(f: Finding, text: string, kb: KnowledgeBase): Finding {
  if (!f.fixes.some((x) => x.edits.length === 1 && text.charCodeAt(x.edits[0].start - 1) === 91 && text.startsWith('](', x.edits[0].end))) return f;
  const fixes = f.fixes.map((x) => {
    const e = x.edits[0];
    const put = x.person ?? x.entity;
    if (x.edits.length !== 1 || !put || text.charCodeAt(e.start - 1) !== 91 || !text.startsWith('](', e.end)) return x;
    const close = text.indexOf(')', e.end + 2);
    const url = close > 0 ? text.slice(e.end + 2, close) : '';
    if (/\s/.test(url)) return x;
    const path = url.replace(/[?#].*$/, '');
    const segAt = path.lastIndexOf('/') + 1;
    const seg = path.slice(segAt);
    const sep = seg.includes('_') ? '_' : seg.includes('-') ? '-' : seg.includes('%20') ? '%20' : '_';
    const words = (w: string): string => decodeURIComponentSafe(w).replace(/[_-]+/g, ' ').toLowerCase();
    const name = kb.get(put)?.name;
    if (!seg || !name || !words(seg).includes(words(text.slice(e.start, e.end)))) return x;
    const at = e.end + 2 + segAt;
    return { ...x, edits: [e, { start: at, end: at + seg.length, text: name.split(/\s+/).join(sep) }] };
  });
  return { ...f, fixes };
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

function shift(f: Finding, by: number): Finding {
  if (!by) return f;
  return {
    ...f,
    start: f.start + by,
    end: f.end + by,
    fixes: f.fixes.map((x: Fix) => ({ ...x, edits: x.edits.map((e) => ({ ...e, start: e.start + by, end: e.end + by })) })),
  };
}

export function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

export function lineOf(lineStarts: readonly number[], offset: number): number {
  return lastAtOrBefore(lineStarts, offset);
}

/** Drop findings silenced by `clio-disable-next-line`, `clio-disable` … `clio-enable`. */
export function applyDirectives(findings: Finding[], directives: readonly Directive[], lineStarts: readonly number[]): Finding[] {
  if (!directives.length) return findings;
  const sorted = [...directives].sort((a, b) => a.line - b.line);
  return findings.filter((f) => {
    const line = lineOf(lineStarts, f.start);
    let disabled: string[] | null = null; // null: enabled; []: all codes
    for (const d of sorted) {
      if (d.line > line) break;
      if (d.kind === 'disable') disabled = d.codes;
      else if (d.kind === 'enable') disabled = null;
      else if (d.kind === 'disable-next-line' && d.line + 1 === line && (d.codes.length === 0 || d.codes.includes(f.code))) return false;
    }
    return !(disabled && (disabled.length === 0 || disabled.includes(f.code)));
  });
}


/** The edit that inserts a disable comment for a finding's line, in the document's format. */
export function suppressionEdit(analysis: Analysis, finding: Finding): { start: number; end: number; text: string } {
  const line = lineOf(analysis.lineStarts, finding.start);
  const at = analysis.lineStarts[line];
  const indent = /^[ \t]*/.exec(analysis.text.slice(at))![0];
  const comment =
    analysis.format === 'markdown'
      ? `<!-- clio-disable-next-line ${finding.code} -->`
      : analysis.format === 'latex'
        ? `% clio-disable-next-line ${finding.code}`
        : `clio-disable-next-line ${finding.code}`;
  return { start: at, end: at, text: `${indent}${comment}\n` };
}

export function severityOf(code: FindingCode, settings: Partial<Record<FindingCode, Severity>>): Severity {
  const s = settings[code];
  if (s) return s;
  return code === 'name-spelling' ? 'information' : 'warning';
}
