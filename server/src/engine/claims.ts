/**
 * Sentences with mentions → claims: who, what relation, to what, when, with the text spans of
 * each part. Only claims the writer asserts are made: negated, reported, hypothetical and
 * questioned clauses make none, and a cue without a clearly bound person makes none.
 */
import type { KnowledgeBase } from '../knowledge/build';
import type { CheckCode, Entity, FormKey, Relation } from '../knowledge/model';
import * as EN from './english';
import { isPossessiveAt, type Lexicon, type Mention } from './lexicon';
import { markCitations } from './citations';
import { misspelledPerson } from './spelling';
import { dateStart, qualifiedStart, findTimes, isDay, spanOf, yearOf, yearTokenAt, monthOf, type TimeExpr, type TimeSpan } from './time';
import { isCapitalised, phraseTokens, tokenize, type Token } from './tokens';
import { lastAtOrBefore } from './sorted';

export interface PersonRef {
  ent: Entity;
  s: number;
  e: number;
  t0: number;
  t1: number;
  pronoun: boolean;
  /** Words as written ("Nikolai Bukharin", "he"). */
  text: string;
  /** For a pronoun: the name it stands for, when that name is in the same block. */
  antecedent?: PersonRef;
  /**
   * For a pronoun that reaches back to the sentences before (no name comes before it in its own):
   * the other men it may stand for there ("Stalin was helped by Trotsky's errors. He had commanded
   * the Red Army": Trotsky too).
   */
  others?: Entity[];
}

export interface Claim {
  code: CheckCode;
  rel: Relation | 'date' | 'succession' | 'started' | 'ended' | 'fate';
  subjects: PersonRef[];
  target: Entity;
  /** The words that state the claim's object (the wrong words, when the claim is wrong). */
  s: number;
  e: number;
  form?: FormKey;
  formIndex?: number;
  time?: TimeSpan;
  cue?: EN.StanceCue;
  /** Stance claims: where the stance words and the policy are (the claim covers both). */
  cueSpan?: [number, number];
  policySpan?: [number, number];
  /** Date claims: the year written, and the month and day written before it, with where that date starts. */
  year?: number;
  month?: number;
  day?: number;
  dateStart?: number;
  /** Office claims: the words say the office was taken up then ("became", "was appointed", "took over"). */
  starts?: boolean;
  /** How the person was bound: an appositive without "as" describes the person. */
  bind: Binding;
  /** Others named in the sentence (for choosing the fix). */
  others: Entity[];
  /** People the subject is likened to ("X, like Y, …", "as Y did"). */
  likened: string[];
  /** People the subject is contrasted with ("X, unlike Y, …"). */
  contrasted: string[];
  /** Index of the sentence (in the block) the claim was made in. */
  sentence: number;
  /** Stance claims: the sentence says the same view again in other words (see `echoed`). */
  echoed?: boolean;
  /** A view said of several men, with as many views: the man it pairs with in order (read so if true of him). */
  pairedWith?: PersonRef;
  /** Bodies, places and offices the sentence names besides the claim's own (ids). */
  things?: string[];
  /** The one subject is named again in the sentence ("Lev Bronstein, better known as Trotsky, …"). */
  namedTwice?: boolean;
  /** A claim read from a question and its answer: the answer's span (fixes change only the answer). */
  answer?: [number, number];
  /** Other men the claim may as well be read as about (names listed with its subject, paired with things in order). */
  readings?: Entity[];
  /** Alliance claims: the men set beside the partner ("sided with Stalin against Trotsky and Zinoviev"; "made peace with Stalin and turned on Trotsky"). */
  against?: PersonRef[];
  /** Words put the claim before the sentence's time ("once", "had been", "began on"), with no start. */
  earlier?: boolean;
  /** Faction claims: the words say the men joined it or sat with it ("joined the Left Opposition", "sat with the right"). */
  joins?: boolean;
  /** Alliance claims: the faction the pair is said to be in ("joined Stalin in the United Opposition"). */
  inGroup?: Entity;
  /** Fate claims: the year written after the verb; alliance claims: the sentence's one year. */
  yearSpan?: [number, number];
  /** Fate claims: the way of dying is said of a list of men ("Zinoviev, Kamenev and Tomsky were shot"): its words are theirs too. */
  shared?: boolean;
  /** Date claims: other men's events the same date is said of ("Trotsky and Kamenev were expelled in November 1927"). */
  alongside?: Entity[];
}

/** How the person was bound to the claim ('left': the office was left, so it was held). */
export type Binding = 'appositive' | 'title' | 'possessive' | 'passive' | 'copular' | 'intro' | 'nearest' | 'list' | 'speech' | 'succession' | 'predecessor' | 'left' | 'relative';

export interface SentenceInfo {
  t0: number;
  t1: number;
}

export interface BlockAnalysis {
  tokens: Token[];
  mentions: Mention[];
  sentences: SentenceInfo[];
  claims: Claim[];
}

interface Ctx {
  /** The previous sentence's subject when it opened with "he" ("Stalin won. He beat Kamenev. He …"). */
  chain?: PersonRef;
  /** The previous sentence spoke of a "him" besides the names in it ("Lenin praised him."): its names are not enough for a "he". */
  prevHim?: boolean;
  /** The sentence before, whose one idea an "it" here may be ("Stalin put forward X. Zinoviev supported it."). */
  prevSent?: SentenceInfo;
  /** The sentence after, in the same block (a verdict may follow a claim: "… — False."). */
  nextSent?: SentenceInfo;
  kb: KnowledgeBase;
  toks: Token[];
  mentions: Mention[];
  /** Mention index covering each token, or -1. */
  mentionAt: Int32Array;
  /** Clause id of each token. */
  clause: Int32Array;
  /** Parenthesis group id of each token (0 = outside). */
  paren: Int32Array;
  /** Person index owning the appositive each token sits in, or -1. */
  appos: Int32Array;
  /** Inside double quotes. */
  quoted: Uint8Array;
  persons: PersonRef[];
  /** Person index → list group id. */
  group: number[];
  sent: SentenceInfo;
  /** Index of the sentence in the block. */
  si: number;
  /** The sentence's times, left to right. */
  times: TimeExpr[];
  /** When the sentence names no year: an event's time ("after Lenin's death") or the block's opening year. */
  frame?: TimeSpan;
  claims: Claim[];
  /** Reporting words of the sentence (computed on first use). */
  reportAt?: number[];
  /** The sentence's words (normalised), for quick checks of signatures (made on first use). */
  words?: Set<string>;
  /** The sentence's mentions of bodies, places and offices (made on first use). */
  things?: Mention[];
  /** Times named in each clause and where each clause ends, and the people likened to (computed on first use). */
  clauseTimes?: (TimeSpan | null | undefined)[];
  clauseTimeLists?: TimeExpr[][];
  /** Commas opening a relative clause (", where …"), and each clause's first "after", found on first use. */
  relCommas?: number[];
  afterIn?: number[];
  /** Where an indirect question starts ("nobody knew whether …"): nothing after it is asserted. */
  whetherAt?: number;
  /** Where the writer's own correction of others' claim starts ("Some think …; in fact …"): nothing before it is asserted. */
  ownFrom?: number;
  clauseEnds?: number[];
  /** The sentence says "respectively" (computed on first use). */
  respectively?: boolean;
  likened?: string[];
  contrasted?: string[];
}

/** The people named in tokens [t0, t1), in order. */
function namedPersons(toks: Token[], mentions: Mention[], mentionAt: Int32Array, t0: number, t1: number): PersonRef[] {
  const out: PersonRef[] = [];
  for (let k = t0; k < t1; k++) {
    const mi = mentionAt[k];
    if (mi >= 0 && mentions[mi].t0 === k && PERSON_KINDS.has(mentions[mi].entity.kind)) {
      const m = mentions[mi];
      out.push({ ent: m.entity, s: m.s, e: m.e, t0: m.t0, t1: m.t1, pronoun: false, text: spanWords(toks, m.t0, m.t1) });
    }
  }
  return out;
}

const BULLETS = new Set(['•', '◦', '▪', '‣', '●']);
/** A list item's mark: a bullet, or a dash or star opening a line of notes. */
function isItemMark(t: Token): boolean {
  return BULLETS.has(t.n) || t.n === '-' || t.n === '*';
}

/** The words of tokens [t0, t1) as written, one space between. */
function spanWords(toks: Token[], t0: number, t1: number): string {
  if (t1 - t0 === 1) return toks[t0].t;
  let out = toks[t0].t;
  for (let k = t0 + 1; k < t1; k++) out += ' ' + toks[k].t;
  return out;
}

const PERSON_KINDS = new Set(['person']);

interface KbIndex {
  /** Event verbs by their first word. */
  eventVerbs: Map<string, { ev: Entity; toks: string[] }[]>;
  /** Events by subject id. */
  eventsBySubject: Map<string, Entity[]>;
  /** Entities with signatures. */
  signed: Entity[];
  /** First words of every signature word. */
  signatureWords: Set<string>;
  /** A person's death, as an event: the event of his whose date is the day (or month, or year) he died. */
  deathOf: Map<string, Entity>;
  /** Those events' ids, and the first words of their verbs. */
  deaths: Set<string>;
  deathWords: Set<string>;
}
const kbIndexes = new WeakMap<KnowledgeBase, KbIndex>();
function indexOf(kb: KnowledgeBase): KbIndex {
  let ix = kbIndexes.get(kb);
  if (ix) return ix;
  ix = { eventVerbs: new Map(), eventsBySubject: new Map(), signed: [], signatureWords: new Set(), deathOf: new Map(), deaths: new Set(), deathWords: new Set() };
  for (const e of kb.entities.values()) {
    if (e.signatures?.length) {
      ix.signed.push(e);
      // A signature needs all its words: its first word alone decides whether a clause can match.
      for (const sig of e.signatures) if (sig.length) ix.signatureWords.add(phraseTokens(sig[0])[0]);
    }
    if (e.kind !== 'event' || !e.subject || !e.date) continue;
    const list = ix.eventsBySubject.get(e.subject) ?? [];
    list.push(e);
    ix.eventsBySubject.set(e.subject, list);
    const died = kb.get(e.subject)?.died;
    if (died && died.year === e.date.year && (!died.month || !e.date.month || died.month === e.date.month) && e.verbs?.length) ix.deathOf.set(e.subject, e);
    for (const v of e.verbs ?? []) {
      const toks = phraseTokens(v);
      if (!toks.length) continue;
      // The historical present of timelines and summaries: "1924: Lenin dies", "Stalin becomes General Secretary".
      for (const first of [toks[0], ...EN.presentForms(toks[0])]) {
        const l = ix.eventVerbs.get(first) ?? [];
        l.push({ ev: e, toks: [first, ...toks.slice(1)] });
        ix.eventVerbs.set(first, l);
      }
    }
  }
  for (const e of ix.deathOf.values()) {
    ix.deaths.add(e.id);
    for (const v of e.verbs ?? []) {
      const first = phraseTokens(v)[0];
      if (first) for (const f of [first, ...EN.presentForms(first)]) ix.deathWords.add(f);
    }
  }
  kbIndexes.set(kb, ix);
  return ix;
}

/** Cue phrases indexed by their first word. */
function cueIndex(cues: EN.StanceCue[]): Map<string, { cue: EN.StanceCue; toks: string[] }[]> {
  const m = new Map<string, { cue: EN.StanceCue; toks: string[] }[]>();
  for (const cue of cues) {
    const toks = phraseTokens(cue.phrase);
    const l = m.get(toks[0]) ?? [];
    l.push({ cue, toks });
    m.set(toks[0], l);
  }
  return m;
}
const PRE_INDEX = cueIndex(EN.PRE_STANCE);
const POST_INDEX = cueIndex(EN.POST_STANCE);

/** "--" and "---" typed for a dash (LaTeX's own en and em dashes) are one dash token, read as "—". */
function typedDashes(tokens: Token[]): void {
  let w = 0;
  for (let r = 0; r < tokens.length; r++) {
    const t = tokens[r];
    if (t.n === '-' && tokens[r + 1]?.n === '-' && tokens[r + 1].s === t.e) {
      let end = r + 1;
      while (end + 1 < tokens.length && end - r < 2 && tokens[end + 1].n === '-' && tokens[end + 1].s === tokens[end].e) end++;
      // (Between two numbers with no space, "1928--29" in LaTeX, it is the en dash of a range.)
      const range = end === r + 1 && /^\d/.test(tokens[r - 1]?.n ?? '') && tokens[r - 1].e === t.s && /^\d/.test(tokens[end + 1]?.n ?? '') && tokens[end + 1].s === tokens[end].e;
      tokens[w++] = { s: t.s, e: tokens[end].e, t: tokens.slice(r, end + 1).map((x) => x.t).join(''), n: range ? '\u2013' : '\u2014', w: false };
      r = end;
    } else tokens[w++] = t;
  }
  tokens.length = w;
}

/**
 * `heading`: the man a heading over the block names ("## Stalin"), whom a "he" opening it means.
 * (He stands outside the block: offsets -1, so no fix rewrites his name.)
 */
export function analyseBlock(kb: KnowledgeBase, lex: Lexicon, text: string, heading?: Entity, headingYears?: TimeSpan): BlockAnalysis {
  const tokens = tokenize(text);
  if (text.includes('--')) typedDashes(tokens);
  lex.splitBarePossessives(tokens);
  const mentions = withMisspelledNames(lex, tokens, filterMentions(lex.findMentions(tokens), tokens));
  const sentences = splitSentences(tokens, text);
  const claims: Claim[] = [];
  const n = tokens.length;
  const arrays = scratchFor(n);
  const mentionAt = arrays.mentionAt;
  mentions.forEach((m, i) => mentionAt.fill(i, m.t0, m.t1));
  // Years of death in life dates ("Lenin (1870–1925)", "Lenin (d. 1925)"): checked against the man's death.
  const deaths: number[] = [];
  if (text.includes('(') || text.includes('[')) markCitations(tokens, mentionAt, mentions, deaths);
  // What a "he" in the next sentence may point to: the names of the last sentence that had any
  // (and whether it also spoke of a "him"), and the subject of a run of sentences opening with "he".
  const head: PersonRef | undefined = heading ? { ent: heading, s: -1, e: -1, t0: -1, t1: -1, pronoun: false, text: heading.label } : undefined;
  let prevPersons: PersonRef[] = head ? [head] : [];
  let prevHim = false;
  let chain: PersonRef | undefined = head;
  const remember = (named: PersonRef[], sent: SentenceInfo): void => {
    prevPersons = named;
    prevHim = hasHim(tokens, sent);
  };
  // A year heading ("## 1927") frames the block as an opening time would.
  let blockTime: TimeSpan | undefined = headingYears;
  let prevSent: SentenceInfo | undefined;
  const ix = indexOf(kb);
  // A Markdown table ("| Leader | Wing |"), or a LaTeX tabular's rows ("Figure & Power base").
  const ampersands = (s: SentenceInfo | undefined): boolean => !!s && tokens.slice(s.t0, s.t1).some((t) => t.n === '&');
  const sep = tokens[0]?.n === '|' && sentences.length > 2 ? '|' : ampersands(sentences[0]) && ampersands(sentences[1]) ? '&' : undefined;
  const table = sep ? tableHeader(kb, tokens, sentences[0], sep) : undefined;
  sentences.forEach((sent, si) => {
    const before = prevSent;
    prevSent = sent;
    // Whether the sentence before named one idea, for an "it" here: looked up only when an "it" asks.
    let beforeHasIdea: boolean | undefined;
    const ideaBefore = (): boolean => (beforeHasIdea ??= !!before && !!soleIdea(tokens, mentions, mentionAt, before.t0, before.t1));
    // A sentence that names nothing the knowledge base knows, and no "he", makes no claim.
    // Nor does one with nothing a claim could be about: no faction, office, body, place, idea or event word.
    let knows = false;
    let target = false;
    let allyWord = false;
    for (let k = sent.t0; k < sent.t1; k++) {
      const mi = mentionAt[k];
      if (mi >= 0 || EN.PRONOUNS.has(tokens[k].n) || ((tokens[k].n === 'they' || tokens[k].n === 'both') && prevPersons.length > 1)) knows = true;
      if (ALLY_TRIGGERS.has(tokens[k].n)) allyWord = true;
      if ((mi >= 0 && mentions[mi].entity.kind !== 'person') || ix.eventVerbs.has(tokens[k].n) || ix.signatureWords.has(tokens[k].n) || ((tokens[k].n === 'it' || (tokens[k].n === 'this' && THIS_IDEA_NOUNS.has(tokens[k + 1]?.n ?? ''))) && ideaBefore())) target = true;
      if (knows && target) break;
    }
    if (deaths.length && deaths.some((k) => k >= sent.t0 && k < sent.t1)) target = true;
    // An alliance is between two men named: "In 1924 Zinoviev sided with Trotsky".
    // (Or a "he" for one of them: "Zinoviev lost Leningrad. In 1926 he joined Trotsky.")
    if (!target && allyWord) {
      let named = 0;
      let he = false;
      for (let k = sent.t0; k < sent.t1 && named < 2; k++) {
        if (mentionAt[k] >= 0 && mentions[mentionAt[k]].t0 === k && mentions[mentionAt[k]].entity.kind === 'person') named++;
        else if (tokens[k].n === 'he' || tokens[k].n === 'she' || (tokens[k].n === 'they' && prevPersons.length > 1)) he = true;
      }
      target = named >= 2 || (named === 1 && he && (prevPersons.length > 0 || !!chain));
    }
    if (si === 0) {
      // A time that opens the block frames the sentences after it ("In 1926, …"), even when its own
      // sentence names no one ("In 1927 the opposition was crushed. Trotsky …").
      const first = findTimes(tokens, sent.t0, Math.min(sent.t1, sent.t0 + 4), kb.period);
      if (first.length && first[0].t0 <= sent.t0 + 1) blockTime = first[0];
    }
    // A label line under a name heading: "## Trotsky" … "- Wing: left".
    if (head && tokens.slice(sent.t0, Math.min(sent.t1, sent.t0 + 6)).some((t) => t.n === ':')) {
      const ctx = makeCtx(kb, tokens, mentions, mentionAt, sent, [], claims, arrays);
      ctx.si = si;
      labelClaims(ctx, head);
    }
    // A table row: the header says what its cells are ("| Leader | Wing |" … "| Rykov | left |").
    const row = !!table && si > 0 && knows;
    if (!knows || !target) {
      if (row) {
        const ctx = makeCtx(kb, tokens, mentions, mentionAt, sent, [], claims, arrays);
        ctx.si = si;
        rowClaims(ctx, table);
      }
      // Keep the names for "he" in the next sentence. A sentence that names no one but says
      // "he" ("He smiled.") still speaks of the same person; one with neither leaves no one to refer to.
      const named = knows ? namedPersons(tokens, mentions, mentionAt, sent.t0, sent.t1) : [];
      // "Stalin won. He beat Kamenev. He …": a sentence opening with "he" keeps the chain going.
      const opener = tokens[pastSentenceAdverbs(tokens, sent.t0, sent.t1)]?.n;
      const opensWithHe = opener === 'he' || opener === 'she';
      if (opensWithHe) {
        const sole = prevPersons.filter((p) => !isPossessiveAt(tokens, p.t1));
        // (Not after a sentence that also spoke of a "him": "Trotsky dismissed him. He won …" is not Trotsky.)
        if (!chain && !prevHim && sole.length && sole.every((p) => p.ent.id === sole[0].ent.id)) chain = sole[sole.length - 1];
      } else if (named.length) chain = undefined;
      // (An answer of a few words, "Not quite." or "No.", leaves the man of the sentence before in place.)
      // A "he" that refers to no one leaves the men it acted on as no subject for the next "he":
      // after "The power struggle began. He joined Tomsky.", a "He" is not Tomsky.
      if (opensWithHe && !chain) remember([], sent);
      else if (named.length || (!knows && sent.t1 - sent.t0 > 4)) remember(named, sent);
      return;
    }
    const ctx = makeCtx(kb, tokens, mentions, mentionAt, sent, prevPersons, claims, arrays, chain, prevHim, before);
    ctx.si = si;
    ctx.nextSent = sentences[si + 1];
    if (row) rowClaims(ctx, table);
    ctx.times = findTimes(tokens, sent.t0, sent.t1, kb.period);
    // A sentence that names a later time moves the story on: the opening year frames nothing after it.
    if (si > 0 && blockTime && ctx.times.some((t) => t.to > blockTime!.to)) blockTime = undefined;
    // "Later Stalin turned against NEP": a sentence that moves on in time leaves the block's opening year behind.
    const movesOn = LATER.has(tokens[sent.t0].n);
    if (!ctx.times.length) ctx.frame = eventTimes(ctx) ?? (movesOn ? undefined : blockTime);
    if (movesOn) blockTime = undefined;
    const mark = claims.length;
    if (!skipSentence(ctx)) {
      extractClaims(ctx);
      for (const k of deaths) if (k >= sent.t0 && k < sent.t1) deathDateClaim(ctx, k);
    }
    // A "Myth" column's cells are claims held up to be refuted.
    if (table && si > 0 && table.refuted.some((r) => r) && claims.length > mark) {
      const cells = cellsOf(tokens, sent.t0, sent.t1, table.sep);
      const refutedAt = (s: number): boolean => cells.some(([a, b], c) => table.refuted[c] && a < b && tokens[a].s <= s && s < tokens[b - 1].e);
      const kept = claims.splice(mark).filter((c) => !refutedAt(c.s));
      claims.push(...kept);
    }
    const named = ctx.persons.filter((p) => !p.pronoun);
    // The men its pronouns stood for are candidates for the next "he" too: after "Leningrad was his
    // base, and he believed he could fight Stalin", a "He" may be either man.
    const referred = named.length ? ctx.persons.filter((p) => p.pronoun && p.antecedent && !named.some((q) => q.ent.id === p.ent.id)).map((p) => p.antecedent!) : [];
    // A sentence with a "he" of no known man ("He defended it, which Stalin had put forward", "Bukharin's
    // problem was that he had helped Stalin") leaves the next "he" as unknown: it may be that man again.
    let unknownSubject = false;
    for (let k = sent.t0; k < sent.t1 && !unknownSubject; k++) unknownSubject = (tokens[k].n === 'he' || tokens[k].n === 'she') && !ctx.persons.some((p) => p.t0 === k);
    if (unknownSubject) remember([], sent);
    else if (named.length) remember([...referred, ...named], sent);
    else if (!ctx.persons.length) prevPersons = [];
    // A sentence that opens with "he" passes its subject on; one that names someone else first does not.
    // (Past the men of an opening phrase: "After the fall of Zinoviev he …" passes on its "he".)
    const phraseEnd = ctx.persons.length ? openingPhraseEnd(tokens, sent, firstHe(tokens, sent)) : -1;
    const first = ctx.persons.find((p) => p.pronoun || p.t0 >= phraseEnd);
    if (first?.pronoun && (first.t0 === pastSentenceAdverbs(tokens, sent.t0, sent.t1) || openingPhraseEnd(tokens, sent, first.t0) === first.t0) && first.antecedent) chain = first.antecedent;
    else if (ctx.persons.length) chain = undefined;
  });
  if (text.includes('?')) answerClaims(kb, lex, text, tokens, mentions, mentionAt, sentences, claims);
  return { tokens, mentions, sentences, claims };
}

/** Does a name the pack does not know open a clause at k, before the cue at c0 ("…, Uglanov ran Moscow")? */
function unknownSubjectAt(ctx: Ctx, k: number, c0: number): boolean {
  const { toks } = ctx;
  let j = k;
  // (One or two capitalised words, none of them known: "Uglanov", "Nikolai Uglanov".)
  while (j < c0 && j < k + 2 && toks[j]?.w && isCapitalised(toks[j]) && ctx.mentionAt[j] < 0 && toks[j].n !== 'i' && !EN.DETERMINERS.has(toks[j].n) && !EN.PREPOSITIONS.has(toks[j].n) && !EN.CLAUSE_WORDS.has(toks[j].n) && monthOf(toks[j]) === undefined) j++;
  return j > k && j <= c0 && verbLike(toks[j]);
}

/** The first "he" or "she" of a sentence (its end when there is none). */
function firstHe(toks: Token[], sent: SentenceInfo): number {
  for (let k = sent.t0; k < sent.t1; k++) if (toks[k].n === 'he' || toks[k].n === 'she') return k;
  return sent.t1;
}

/** Labels that open a question or an answer in quizzes: "Q:", "Question 2.", "A:", "Answer:". */
const QUESTION_LABELS = new Set(['q', 'question', 'a', 'ans', 'answer', ':', '.', ')', '*', '-', '#']);
const WH = new Set(['who', 'whose', 'which', 'what']);

/** The first token of a sentence past its quiz label and numbering ("Question 2.", "**A:**"). */
function pastLabel(toks: Token[], sent: SentenceInfo): number {
  let k = sent.t0;
  while (k < sent.t1 && (QUESTION_LABELS.has(toks[k].n) || /^\d{1,2}$/.test(toks[k].n))) k++;
  return k;
}

/**
 * Quizzes: "Q: Who chaired the Comintern in 1922? A: Bukharin." The answer, put in place of the
 * question word ("Bukharin chaired the Comintern in 1922."), is read as a sentence of its own;
 * its claims stand on the answer, and their fixes change only the answer.
 */
function answerClaims(kb: KnowledgeBase, lex: Lexicon, text: string, toks: Token[], mentions: Mention[], mentionAt: Int32Array, sentences: SentenceInfo[], claims: Claim[]): void {
  for (let si = 0; si + 1 < sentences.length; si++) {
    const q = sentences[si];
    const a = sentences[si + 1];
    if (toks[q.t1 - 1]?.n !== '?') continue;
    // The answer is labelled ("A:", "Answer:"), and the question may be.
    const ans0 = pastLabel(toks, a);
    if (!toks.slice(a.t0, ans0).some((t) => t.n === 'a' || t.n === 'answer' || t.n === 'ans')) continue;
    const w = pastLabel(toks, q);
    if (!WH.has(toks[w]?.n ?? '')) continue;
    // "Who", "Whose", or "Which city", "What office": the question phrase.
    // ("What was Zinoviev's power base?": the question word alone.)
    const whEnd = (toks[w].n === 'which' || toks[w].n === 'what') && !['was', 'were', 'is', 'are'].includes(toks[w + 1]?.n ?? '') ? w + 2 : w + 1;
    if (whEnd >= q.t1 - 1 || ((toks[w].n === 'which' || toks[w].n === 'what') && (!toks[w + 1]?.w || mentionAt[w + 1] >= 0))) continue;
    // The answer: its words up to a comma or the end, a few of them, naming someone or something.
    let ans1 = ans0;
    while (ans1 < a.t1 && toks[ans1].n !== ',' && toks[ans1].n !== '.' && toks[ans1].n !== ';') ans1++;
    if (ans1 === ans0 || ans1 - ans0 > 6 || !mentions.some((m) => m.t0 >= ans0 && m.t1 <= ans1)) continue;
    const answer = text.slice(toks[ans0].s, toks[ans1 - 1].e);
    const rest = text.slice(toks[whEnd].s, toks[q.t1 - 2].e);
    // A time after the answer's comma dates it: "A: Molotov, in 1930." ("in 1930" goes after the question's words).
    let t0 = ans1 + 1;
    let t1 = a.t1;
    if (toks[t1 - 1]?.n === '.') t1--;
    const dated = toks[ans1]?.n === ',' && t1 > t0 && t1 - t0 <= 5 && ['in', 'by', 'on', 'from', 'after'].includes(toks[t0].n) && toks.slice(t0, t1).some((t) => /^1\d{3}$/.test(t.n));
    const tail = dated ? text.slice(toks[t0].s, toks[t1 - 1].e) : '';
    const virtual = dated ? `${answer} ${rest} ${tail}.` : `${answer} ${rest}.`;
    // Virtual offsets back to the text: the answer, then the question after its question phrase, then the answer's time.
    const restAt = answer.length + 1;
    const tailAt = restAt + rest.length + 1;
    const back = (o: number): number => (o < restAt ? toks[ans0].s + Math.min(o, answer.length) : dated && o >= tailAt ? toks[t0].s + (o - tailAt) : toks[whEnd].s + (o - restAt));
    for (const c of analyseBlock(kb, lex, virtual).claims) {
      c.s = back(c.s);
      c.e = back(c.e);
      c.subjects = c.subjects.map((p) => ({ ...p, s: back(p.s), e: back(p.e) }));
      if (c.cueSpan) c.cueSpan = [back(c.cueSpan[0]), back(c.cueSpan[1])];
      if (c.policySpan) c.policySpan = [back(c.policySpan[0]), back(c.policySpan[1])];
      c.sentence = si + 1;
      c.answer = [toks[ans0].s, toks[ans1 - 1].e];
      // Only a claim the answer takes part in: its subject or its object.
      if (c.subjects.some((p) => p.s >= c.answer![0] && p.e <= c.answer![1]) || (c.s >= c.answer[0] && c.e <= c.answer[1])) claims.push(c);
    }
  }
}

/** Words opening a sentence that moves on from the time before it. */
const LATER = new Set(['later', 'afterwards', 'afterward', 'subsequently', 'eventually', 'thereafter', 'ultimately', 'soon', 'then', 'next', 'finally']);

/**
 * Per-token arrays, shared by every block (analysis is synchronous, never re-entered) so that a
 * block allocates none. Positions past the block's last token read as "nothing there".
 */
interface Scratch {
  mentionAt: Int32Array;
  clause: Int32Array;
  paren: Int32Array;
  appos: Int32Array;
  quoted: Uint8Array;
}
const PAST_END = 16;
let scratch: Scratch | undefined;
function scratchFor(n: number): Scratch {
  const make = (size: number): Scratch => ({ mentionAt: new Int32Array(size), clause: new Int32Array(size), paren: new Int32Array(size), appos: new Int32Array(size), quoted: new Uint8Array(size) });
  let a: Scratch;
  // A huge block (a 1 MB line) gets arrays of its own, not kept after it.
  if (n + PAST_END > 1 << 16) a = make(n + PAST_END);
  else {
    if (!scratch || scratch.mentionAt.length < n + PAST_END) scratch = make(Math.max(1024, 2 * n + PAST_END));
    a = scratch;
  }
  // As fresh arrays of the block's length would read: zeros (no mention: -1), and past the end "nothing".
  a.mentionAt.fill(-1, 0, n + PAST_END);
  a.appos.fill(0, 0, n).fill(-1, n, n + PAST_END);
  a.clause.fill(0, 0, n + PAST_END);
  a.paren.fill(0, 0, n + PAST_END);
  a.quoted.fill(0, 0, n + PAST_END);
  return a;
}

/** Misspelled persons' names join the mentions ("Bukarin led the left wing" is still checked). */
function withMisspelledNames(lex: Lexicon, tokens: Token[], ms: Mention[]): Mention[] {
  let out: Mention[] | undefined;
  let mi = 0;
  for (let i = 0; i < tokens.length; i++) {
    while (mi < ms.length && ms[mi].t1 <= i) mi++;
    if (mi < ms.length && ms[mi].t0 <= i) continue;
    const ent = misspelledPerson(lex, tokens, i);
    if (!ent) continue;
    const t = tokens[i];
    (out ??= ms.slice()).push({ entity: ent, t0: i, t1: i + 1, s: t.s, e: t.e, possessive: isPossessiveAt(tokens, i + 1), misspelled: true });
  }
  return out ? out.sort((a, b) => a.t0 - b.t0) : ms;
}

/** Short faction forms ("the left") need context; office titles after "deputy" are other posts. */
/** Does a title end at token j that is no holder's ("deputy", "vice-", "dep.", "former")? */
function deputyAt(toks: Token[], j: number): boolean {
  if (EN.TITLE_PREFIXES_NOT_HOLDER.has(toks[j]?.n ?? '')) return true;
  return (toks[j]?.n === '-' || toks[j]?.n === '.') && EN.TITLE_PREFIXES_NOT_HOLDER.has(toks[j - 1]?.n ?? '');
}

function filterMentions(ms: Mention[], toks: Token[]): Mention[] {
  // The mentions that start and end at each token, for the neighbours looked at below (a block may be a
  // whole 1 MB line: a search of every mention for each would be quadratic).
  const byStart = new Map<number, Mention[]>();
  const byEnd = new Map<number, Mention[]>();
  for (const m of ms) {
    (byStart.get(m.t0) ?? byStart.set(m.t0, []).get(m.t0)!).push(m);
    (byEnd.get(m.t1) ?? byEnd.set(m.t1, []).get(m.t1)!).push(m);
  }
  return ms.filter((m) => {
    // A single word that is also a short form ("middle", "left") needs a short form's context.
    const word = m.t1 - m.t0 === 1 ? toks[m.t0].n : '';
    const shortWord = m.entity.kind === 'faction' && word !== '' && (m.entity.forms?.short ?? []).some((f) => f.toLowerCase() === word);
    if (m.form === 'short' || shortWord) {
      const prev = toks[m.t0 - 1];
      // (Or a wing in brackets, "Kamenev (right)", or a label opening a line, "- Middle: Trotsky".)
      const bracketed = prev?.n === '(' && toks[m.t1]?.n === ')';
      const label = (!prev || isItemMark(prev) || prev.n === '|') && toks[m.t1]?.n === ':';
      const okPrev = bracketed || label || (prev && (['the', 'its', 'their', 'his', 'her'].includes(prev.n) || (prev.n === 's' && toks[m.t0 - 2]?.n === "'") || ['radical', 'moderate', 'party', 'far', 'extreme'].includes(prev.n)));
      if (!okPrev) return false;
      const next = toks[m.t1];
      if (next && next.w && !SHORT_FORM_NEXT.has(next.n)) return false;
      if (next && next.n === '-') return false;
      // "the left of the party" is a wing; "the middle of a speech" is not.
      if (next?.n === 'of') {
        let k = m.t1 + 1;
        if (toks[k]?.n === 'the' || toks[k]?.n === 'its') k++;
        const bodyNext = (byStart.get(k) ?? []).some((o) => o.entity.kind === 'body');
        if (!bodyNext && !['party', 'politburo', 'bolsheviks', 'communists', 'leadership'].includes(toks[k]?.n ?? '')) return false;
      }
    }
    // "the Leningrad party machine", "Moscow's party apparatus": a city's own branch of a body, not the body.
    if (m.entity.kind === 'body') {
      const at = toks[m.t0 - 1]?.n === 's' && toks[m.t0 - 2]?.n === "'" ? m.t0 - 2 : m.t0;
      if ((byEnd.get(at) ?? []).some((o) => o.entity.kind === 'place')) return false;
    }
    if (m.entity.kind === 'office') {
      const prev = toks[m.t0 - 1];
      if (deputyAt(toks, m.t0 - 1)) return false;
      // "the Comintern General Secretary", "the Moscow party secretary": another body's or place's post of that name.
      const at = prev?.n === 's' && toks[m.t0 - 2]?.n === "'" ? m.t0 - 2 : m.t0;
      const owner = (byEnd.get(at) ?? []).find((o) => o.entity.kind === 'body' || o.entity.kind === 'place');
      if (owner && owner.entity.id !== m.entity.body) return false;
    }
    return true;
  });
}
const SHORT_FORM_NEXT = new Set([':', ')', 'stood', 'sat', 'of', 'and', 'or', 'in', 'at', 'on', 'with', 'was', 'were', 'is', 'are', 'had', 'has', 'from', 'by', 'under', 'against', 'but', 'while', 'wanted', 'led', 'which', 'who', 'whose', 'as', 'until', 'before', 'after', 'during', 'throughout', 'for', 'then', 'instead', 'rather']);

function lineBreakBetween(text: string, a: number, b: number): boolean {
  // Only the gap itself: a search to the next newline would cross a whole 1 MB line for every token.
  for (let i = a; i < b; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}

/** Does token i open a line of its own: a dash or star item, or a dated entry ("1926 -", "Nov 1927:")? */
function opensLine(toks: Token[], i: number, text: string): boolean {
  const t = toks[i];
  if (((t.n === '-' || t.n === '*') && text[t.e] === ' ') || letterItemAt(toks, i)) return true;
  let k = i;
  if (monthOf(toks[k]) && yearOf(toks[k + 1]) !== undefined) k++;
  return yearOf(toks[k]) !== undefined && ENTRY_SEPS.has(toks[k + 1]?.n ?? '');
}

/** A worksheet's lettered item at i: "a) …", "(b) …". */
function letterItemAt(toks: Token[], i: number): boolean {
  const t = toks[i];
  if (!t) return false;
  const l = t.n === '(' ? toks[i + 1] : t;
  const close = toks[t.n === '(' ? i + 2 : i + 1];
  return !!l && !!close && close.n === ')' && close.s === l.e && l.t.length === 1 && l.n >= 'a' && l.n <= 'z';
}

/** Words that open a clause of its own after a note's ";", not one more item of the entry. */
const ENTRY_OPENERS_NOT = new Set(['and', 'but', 'the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'they', 'he', 'his', 'she', 'her', 'there', 'yet', 'so']);

/** What separates a dated entry or a note's label from the rest of its line ("1926: …", "Tomsky — …", a LaTeX cell's "&"). */
const ENTRY_SEPS = new Set([':', '-', '–', '—', '&']);

/** A note's separator after its label: "Tomsky: right wing", "Trotsky — War Commissar", "Zinoviev = Leningrad", a dot leader. */
function labelSepAt(toks: Token[], k: number): boolean {
  const n = toks[k]?.n ?? '';
  // (A pair of slashes too, as flashcards write it: "left opposition // trotsky".)
  return ENTRY_SEPS.has(n) || n === '=' || (n === '.' && toks[k + 1]?.n === '.') || (n === '/' && toks[k + 1]?.n === '/' && toks[k + 1].s === toks[k].e);
}

/** Does the line from token i read "Label SEP …": a few words (a short list of names too), then a separator? */
function labelLine(toks: Token[], i: number): boolean {
  while (i < toks.length && isItemMark(toks[i])) i++;
  if (!toks[i]?.w || /^\d/.test(toks[i].n)) return false;
  for (let k = i + 1; k <= i + 8 && k < toks.length; k++) {
    if (labelSepAt(toks, k) && !(toks[k].n === '-' && toks[k].s === toks[k - 1].e)) return k + 1 < toks.length;
    // (A label may list with "+" or "&": "red army + students // trotsky's base".)
    if (!toks[k].w && toks[k].n !== "'s" && toks[k].n !== "'" && toks[k].n !== ',' && toks[k].n !== '+' && toks[k].n !== '&') return false;
  }
  return false;
}

/** The first token of the line that holds token i (not before `from`). */
function lineStartOf(toks: Token[], text: string, i: number, from: number): number {
  while (i > from && !lineBreakBetween(text, toks[i - 1].e, toks[i].s)) i--;
  return i;
}

/** Does the double quote at q open a quotation: a curly opening mark, or a straight one after an even number of them? */
function opensQuote(toks: Token[], start: number, q: number): boolean {
  if (toks[q].t === '\u201c') return true;
  if (toks[q].t === '\u201d') return false;
  let n = 0;
  for (let k = start; k < q; k++) if (toks[k].n === '"') n++;
  return n % 2 === 0 && !!toks[q + 1]?.w;
}

/**
 * A short line of its own, without a full stop, before a capitalised line: a heading or a notes
 * item ("TROTSKY" / "The General Secretary outmanoeuvred him", "Stalin" / "General Secretary").
 */
function headingLine(toks: Token[], text: string, from: number, next: number): boolean {
  if (next - from > 4 || !isCapitalised(toks[next])) return false;
  for (let k = from; k < next; k++) if (!toks[k].w && !['|', ':', '-', '–', '—', "'"].includes(toks[k].n)) return false;
  // (A whole line: not the tail of a sentence that began earlier on it.)
  return !!toks[from] && (from === 0 || lineBreakBetween(text, toks[from - 1].e, toks[from].s));
}

/** Does the line from token k open with a date: "1927", "Nov 1927", "21 January 1924", "1922-23"? */
function datedLine(toks: Token[], k: number): boolean {
  if (isDay(toks[k]) && monthOf(toks[k + 1])) k++;
  if (monthOf(toks[k])) k++;
  if (yearOf(toks[k]) === undefined) return false;
  if (RANGE_DASHES.includes(toks[k + 1]?.n ?? '') && /^\d{2,4}$/.test(toks[k + 2]?.n ?? '')) k += 2;
  return !!toks[k + 1]?.w;
}

/**
 * Does the line that starts at `line` end a sentence before the line at `next`: a run of labelled lines,
 * a run of dated lines (a timeline without separators: "Nov 1927 Trotsky expelled" / "Dec 1927 Kamenev expelled"), or a heading?
 */
function newLineAfter(toks: Token[], text: string, line: number, next: number): boolean {
  return (labelLine(toks, next) && labelLine(toks, line)) || (datedLine(toks, next) && datedLine(toks, line)) || headingLine(toks, text, line, next);
}

function splitSentences(toks: Token[], text: string): SentenceInfo[] {
  const out: SentenceInfo[] = [];
  let start = 0;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    let end = false;
    // A dot leader ("Trotsky ........ War Commissar") ends nothing; "..." still may.
    if (t.n === '.' && (toks[i + 1]?.n === '.' || (toks[i - 1]?.n === '.' && toks[i - 2]?.n === '.' && toks[i - 3]?.n === '.'))) continue;
    if (t.n === '.' || t.n === '!' || t.n === '?' || t.n === '…') {
      const next = toks[i + 1];
      const prev = toks[i - 1];
      // (Not an answer sheet's "Answer: F.", "A: T.")
      const initial = prev && prev.t.length === 1 && isCapitalised(prev) && !((prev.n === 't' || prev.n === 'f') && toks[i - 2]?.n === ':');
      const abbrev = t.n === '.' && prev && prev.s + prev.t.length === t.s && prev.w && (EN.ABBREVIATIONS.has(prev.n) || initial);
      if (!next) end = true;
      else if ((next.n === '"' || next.n === ')' || next.n === "'") && !(next.n === '"' && opensQuote(toks, start, i + 1))) {
        // The closing quote or bracket belongs to this sentence (but not a quote that opens the next one:
        // 'Mistake 7. "Lenin died in 1925."').
        continue;
      } else if (!abbrev && (isCapitalised(next) || !next.w || /^\d/.test(next.n) || t.n !== '.')) end = true;
      // (A lettered item on the next line starts afresh: "…to the West.\nd) The right wing …".)
      else if (letterItemAt(toks, i + 1) && lineBreakBetween(text, t.e, next.s)) end = true;
    } else if ((t.n === '"' || t.n === ')' || t.n === "'") && i > 0 && ['.', '!', '?'].includes(toks[i - 1].n) && !(t.n === '"' && opensQuote(toks, start, i))) {
      // A speech tag in lower case goes on: "'Enrich yourselves!' cried Zinoviev."
      const next = toks[i + 1];
      end = !(t.n !== ')' && toks[i - 1].n !== '.' && next && next.w && !isCapitalised(next) && !/^\d/.test(next.n));
    } else if (t.n === '|' && toks[i + 1]?.n === '|' && lineBreakBetween(text, t.e, toks[i + 1].s)) {
      // Each row of a Markdown table is read on its own (a header row binds nothing in the rows below it).
      end = true;
    } else if (BULLETS.has(t.n)) {
      if (i > start) out.push({ t0: start, t1: i });
      start = i + 1;
      continue;
    } else if (i > start && lineBreakBetween(text, toks[i - 1].e, t.s) && (opensLine(toks, i, text) || newLineAfter(toks, text, lineStartOf(toks, text, i - 1, start), i))) {
      // A line of notes or a timeline starts afresh even when the one before has no full stop:
      // "1926 - Bukharin takes over the Comintern" / "Nov 1927 - Trotsky expelled", "- Zinoviev: Leningrad",
      // and so does each of a run of labelled lines ("Trotsky — War Commissar" / "Stalin — General Secretary").
      out.push({ t0: start, t1: i });
      start = i;
    }
    if (end) {
      out.push({ t0: start, t1: i + 1 });
      start = i + 1;
    }
  }
  if (start < toks.length) out.push({ t0: start, t1: toks.length });
  return out;
}

function makeCtx(
  kb: KnowledgeBase,
  toks: Token[],
  mentions: Mention[],
  mentionAt: Int32Array,
  sent: SentenceInfo,
  prevPersons: PersonRef[],
  claims: Claim[],
  arrays: { clause: Int32Array; paren: Int32Array; appos: Int32Array; quoted: Uint8Array },
  chain?: PersonRef,
  prevHim = false,
  prevSent?: SentenceInfo,
): Ctx {
  // The per-token arrays are shared by the block's sentences: each sentence resets its own range.
  arrays.clause.fill(0, sent.t0, sent.t1);
  arrays.paren.fill(0, sent.t0, sent.t1);
  arrays.appos.fill(-1, sent.t0, sent.t1);
  arrays.quoted.fill(0, sent.t0, sent.t1);
  const ctx: Ctx = {
    kb,
    toks,
    mentions,
    mentionAt,
    clause: arrays.clause,
    paren: arrays.paren,
    appos: arrays.appos,
    quoted: arrays.quoted,
    persons: [],
    group: [],
    sent,
    si: 0,
    times: [],
    claims,
    chain,
    prevHim,
    prevSent,
  };
  const { t0, t1 } = sent;
  // Parentheses and quotes.
  let pid = 0;
  let depth = 0;
  let cur = 0;
  let inQuote = false;
  // A pair of dashes encloses a parenthesis, like brackets ("Tomsky—head of the unions—was …").
  let dashes: number[] | undefined;
  for (let i = t0; i < t1; i++) if (toks[i].n === '—' || (toks[i].n === '–' && toks[i - 1]?.e !== toks[i].s)) (dashes ??= []).push(i);
  let dashOpen: Set<number> | undefined;
  let dashClose: Set<number> | undefined;
  if (dashes && dashes.length > 1) {
    dashOpen = new Set();
    dashClose = new Set();
    for (let d = 0; d + 1 < dashes.length; d += 2) {
      dashOpen.add(dashes[d]);
      dashClose.add(dashes[d + 1]);
    }
  }
  for (let i = t0; i < t1; i++) {
    const t = toks[i];
    if (t.n === '(' || t.n === '[' || dashOpen?.has(i)) {
      depth++;
      cur = ++pid;
    }
    ctx.paren[i] = depth > 0 ? cur : 0;
    if (t.n === ')' || t.n === ']' || dashClose?.has(i)) {
      depth = Math.max(0, depth - 1);
      if (depth === 0) cur = 0;
    }
    if (t.n === '"' || t.t === '“' || t.t === '”') {
      if (t.t === '“') inQuote = true;
      else if (t.t === '”') inQuote = false;
      else inQuote = !inQuote;
      ctx.quoted[i] = 1;
      continue;
    }
    ctx.quoted[i] = inQuote ? 1 : 0;
  }
  // Persons: names, then pronouns resolved.
  ctx.persons = namedPersons(toks, mentions, mentionAt, t0, t1);
  for (let i = t0; i < t1; i++) {
    const t = toks[i];
    if (!t.w || !EN.PRONOUNS.has(t.n) || mentionAt[i] >= 0) continue;
    const ante = resolvePronoun(ctx, i, prevPersons);
    if (!ante) continue;
    // A "he" after another that reached back shares its readings; a first one that reaches back has its own.
    let others = ctx.persons.find((q) => q.pronoun && q.t1 <= i && q.antecedent === ante)?.others;
    if (!others) {
      const add = (q: PersonRef): void => {
        if (q.ent.id !== ante.ent.id && !others?.includes(q.ent)) (others ??= []).push(q.ent);
      };
      // Names before it in its sentence that were passed over ("The majority was against Trotsky, and he …"),
      // but not one it is set against or likened to ("Unlike Trotsky, he …").
      const named = ctx.persons.filter((q) => !q.pronoun && q.t1 <= i);
      for (const q of named) if (!['unlike', 'like', 'than', 'not'].includes(toks[q.t0 - 1]?.n ?? '') && !comparedAs(toks, q)) add(q);
      if (!named.length) for (const q of chain ? [...prevPersons, chain] : prevPersons) add(q);
    }
    ctx.persons.push({ ent: ante.ent, s: t.s, e: t.e, t0: i, t1: i + 1, pronoun: true, text: t.t, antecedent: ante, others });
  }
  // "Zinoviev and Kamenev broke with Stalin. In 1926 they joined Trotsky": a "they" opening the sentence
  // is the list of men that opened the one before (all of them, as a list).
  {
    let at = pastSentenceAdverbs(toks, t0, t1);
    // (Past an opening time: "In 1924 they …", "In May 1924, they …".)
    if (['in', 'by', 'on'].includes(toks[at]?.n ?? '')) {
      let j = at + 1;
      while (j < t1 && j < at + 4 && (monthOf(toks[j]) || isDay(toks[j]))) j++;
      if (yearOf(toks[j]) !== undefined) at = toks[j + 1]?.n === ',' ? j + 2 : j + 1;
    }
    const they = toks[at]?.n === 'they' || (toks[at]?.n === 'both' && toks[at + 1]?.w && !ctx.persons.some((p) => p.t0 === at + 1)) ? at : -1;
    const list = they >= 0 && prevPersons.length > 1 && !ctx.persons.some((p) => p.t0 < they) ? openingNames(toks, prevPersons, ctx.prevSent) : undefined;
    const pair = list && list.length > 1 ? list : undefined;
    if (pair) for (const q of pair) ctx.persons.push({ ent: q.ent, s: toks[they].s, e: toks[they].e, t0: they, t1: they + 1, pronoun: true, text: toks[they].t, antecedent: q, others: [] });
  }
  // "the former", "the latter": the first or the second of the two men named last.
  for (let i = t0 + 1; i < t1; i++) {
    const n = toks[i].n;
    // (Or a gapped clause's subject: "the former held Leningrad and the latter Moscow".)
    const gapped = mentionAt[i + 1] >= 0 && mentions[mentionAt[i + 1]].entity.kind !== 'person' && (toks[i - 2]?.n === 'and' || toks[i - 2]?.n === ',');
    if ((n !== 'former' && n !== 'latter') || toks[i - 1].n !== 'the' || !(refersBack(toks, i + 1) || gapped)) continue;
    const ante = formerOrLatter(ctx, i - 1, n === 'former', prevPersons);
    if (ante) ctx.persons.push({ ent: ante.ent, s: toks[i - 1].s, e: toks[i].e, t0: i - 1, t1: i + 1, pronoun: true, text: `${toks[i - 1].t} ${toks[i].t}`, antecedent: ante });
  }
  // By position (an insertion sort: a sentence names a handful of people).
  const ps = ctx.persons;
  for (let i = 1; i < ps.length; i++) {
    const p = ps[i];
    let k = i - 1;
    while (k >= 0 && ps[k].t0 > p.t0) {
      ps[k + 1] = ps[k];
      k--;
    }
    ps[k + 1] = p;
  }
  // List groups: names joined only by commas and "and".
  let g = 0;
  ctx.persons.forEach((p, i) => {
    if (i > 0) {
      const prev = ctx.persons[i - 1];
      // Joined when one or two words come between (possessive marks aside), all of them joiners.
      let between = 0;
      let joiners = true;
      for (let k = prev.t1; k < p.t0 && between <= 2; k++) {
        const n = toks[k].n;
        if (n === "'" || n === 's') continue;
        between++;
        if (!EN.LIST_JOINERS.has(n)) joiners = false;
      }
      // (The men one "they" stands for are one list.)
      const joined = (between > 0 && between <= 2 && joiners && !prev.pronoun && !p.pronoun) || (prev.t0 === p.t0 && p.pronoun);
      // (A possessive ends a list, unless the list is of possessives: "Zinoviev's and Kamenev's bases".)
      const prevPoss = isPossessiveAt(toks, prev.t1) && !isPossessiveAt(toks, p.t1);
      if (!joined || prevPoss) g++;
    }
    ctx.group.push(g);
  });
  markAppositives(ctx);
  markClauses(ctx);
  // A list crosses no clause boundary ("Unlike X, Y …") and has its "and" ("X, Y and Z").
  let next = (ctx.group.length ? Math.max(...ctx.group) : 0) + 1;
  for (let i = 1; i < ctx.persons.length; i++) {
    if (ctx.group[i] === ctx.group[i - 1] && ctx.clause[ctx.persons[i].t0] !== ctx.clause[ctx.persons[i - 1].t0]) {
      const old = ctx.group[i];
      for (let j = i; j < ctx.persons.length && ctx.group[j] === old; j++) ctx.group[j] = next;
      next++;
    }
  }
  if (ctx.persons.length > 1) {
    for (const g of new Set(ctx.group)) {
      const idx = ctx.group.map((x, i) => (x === g ? i : -1)).filter((i) => i >= 0);
      if (idx.length < 2) continue;
      const first = ctx.persons[idx[0]];
      const last = ctx.persons[idx[idx.length - 1]];
      const hasAnd = toks.slice(first.t1, last.t0).some((t) => t.n === 'and' || t.n === 'or' || t.n === 'nor' || t.n === '&');
      // After a colon a list needs no "and": "Left wing: Trotsky, Zinoviev, Kamenev".
      // (Its line may end it too: "Left Opposition: Trotsky, Zinoviev" / "New Opposition: …".)
      const afterColon = toks[first.t0 - 1]?.n === ':' && (['.', ';', undefined].includes(toks[last.t1]?.n) || last.t1 >= ctx.sent.t1);
      // Two names with ", and" between are two clauses, not a list: "Stalin met Zinoviev, and Bukharin led the right".
      const gap = toks.slice(first.t1, last.t0).filter((t) => t.n !== "'" && t.n !== 's').map((t) => t.n).join(' ');
      const clauses = idx.length === 2 && gap === ', and';
      if ((!hasAnd && !afterColon) || clauses) {
        for (const i of idx.slice(1)) ctx.group[i] = next++;
        continue;
      }
      // A list's "and" comes before its last name: after "with Zinoviev and Kamenev", ", Bukharin …"
      // or ", and Stalin …" starts a clause of its own.
      const andAt = idx.findIndex((i, j) => j > 0 && toks.slice(ctx.persons[idx[j - 1]].t1, ctx.persons[i].t0).some((t) => t.n === 'and' || t.n === 'or' || t.n === '&'));
      if (andAt > 0 && andAt < idx.length - 1) {
        for (const i of idx.slice(andAt + 1)) ctx.group[i] = next;
        next++;
      } else if (andAt === idx.length - 1 && SINGULAR_VERBS.has(toks[last.t1]?.n ?? '') && toks[first.t0 - 1]?.w && first.t0 > ctx.sent.t0) {
        // "The left was led by Trotsky and Stalin was in the middle": a singular verb after the last
        // name makes it the subject of a clause of its own (the list before it is an object).
        ctx.group[idx[idx.length - 1]] = next++;
      }
    }
  }
  return ctx;
}

const SINGULAR_VERBS = new Set(['was', 'is', 'has']);
/** Verbs of a post handed on to a man: "went to", "passed to". */
const HANDED_TO = new Set(['went', 'passed', 'fell', 'given', 'handed', 'awarded', 'entrusted']);
/** Role nouns between a title's words and the name: "the right-wing leader Trotsky", "the Leningrad boss Kamenev". */
const TITLE_ROLES = new Set(['leader', 'boss', 'chief', 'head', 'spokesman', 'theorist', 'champion', 'stalwart', 'grandee', 'strongman', 'veteran', 'figurehead', 'ideologue', 'firebrand']);
/** Group nouns before "of" and a list: "the left-wing trio of Trotsky, Zinoviev and Tomsky". */
const TITLE_GROUPS = new Set(['trio', 'pair', 'duo', 'triumvirate', 'troika', 'leaders', 'leadership', 'bloc', 'group']);
/** Arrows of notes and mind maps. */
const ARROWS = new Set(['→', '⇒', '⟶', '➔', '➜']);
/** A later step of a chain of notes, two arrows on from the man: "Trotsky loses army → expulsions → Right Opposition". */
function laterStep(toks: Token[], persons: PersonRef[], at: number): boolean {
  let arrows = 0;
  for (let k = Math.max(...persons.map((p) => p.t1)); k < at; k++) if (ARROWS.has(toks[k].t) || (toks[k].n === '>' && ['-', '='].includes(toks[k - 1]?.n ?? ''))) arrows++;
  return arrows >= 2;
}

const CONTRAST_BEFORE = new Set(['unlike', 'like', 'than', 'against', 'with', 'alongside', 'from', 'to', 'over', 'between', 'among', 'besides', 'beside', 'not']);

/** Does the sentence speak of a "him" (someone besides its subject)? */
function hasHim(toks: Token[], sent: SentenceInfo): boolean {
  for (let k = sent.t0; k < sent.t1; k++) if (toks[k].n === 'him') return true;
  return false;
}

/** Words after "the former"/"the latter" that show it stands for a man, not "the former War Commissar". */
const AFTER_REFERENCE = new Set(['the', 'a', 'an', 'his', 'also', 'never', 'still', 'then', 'only', 'too', 'himself', 'who', 'whose', 'in', 'on', 'from', 'until', 'by', 'as', 'with', 'led', 'held', 'ran', 'won', 'lost', 'became', 'sat', 'stood', 'saw', 'thought', 'said', 'kept', 'built', 'drew', 'took', 'gave', 'fought', 'made', 'went', 'wrote', 'leads', 'holds', 'wants', 'supports', 'opposes', 'believed', 'favoured', 'favored']);
function refersBack(toks: Token[], k: number): boolean {
  const t = toks[k];
  if (!t || !t.w || t.n === 's') return true;
  return FINITE.has(t.n) || AFTER_REFERENCE.has(t.n) || (t.n.length > 4 && t.n.endsWith('ed') && !isCapitalised(t));
}

/**
 * The man "the former" (or "the latter") at `at` stands for: of the two men named last before it
 * (in its sentence, else in the one before), the first or the second. Three or more names before
 * it whose last two are not joined by "and" leave it unclear.
 */
function formerOrLatter(ctx: Ctx, at: number, former: boolean, prevPersons: PersonRef[]): PersonRef | undefined {
  const { toks } = ctx;
  const distinct = (ps: PersonRef[]): PersonRef[] => ps.filter((p, j) => !p.pronoun && ps.findIndex((q) => q.ent.id === p.ent.id) === j);
  let names = distinct(ctx.persons.filter((p) => p.t1 <= at));
  if (names.length < 2) names = distinct(prevPersons);
  if (names.length < 2) return undefined;
  const [a, b] = names.slice(-2);
  if (names.length > 2) {
    const between = toks.slice(a.t1, b.t0).map((t) => t.n).filter((w) => w !== "'" && w !== 's');
    if (!(between.length === 1 && (between[0] === 'and' || between[0] === 'or'))) return undefined;
  }
  return former ? a : b;
}

/** Where the list holding the name at t0 starts: back over "and", commas and capitalised words ("alongside Rykov and Tomsky"). */
const LIST_OPENERS = new Set(['unlike', 'like', 'with', 'against', 'alongside', 'besides', 'beside', 'between', 'among', 'without', 'than', 'for', 'from', 'to', 'over', 'under', 'both', 'neither', 'either', 'not', 'only', 'even', 'apart', 'except', 'including']);
function listStart(toks: readonly Token[], t0: number): number {
  let k = t0;
  // (Not past a sentence's capitalised opening word: "Unlike Bukharin and Rykov, he …" starts at Bukharin.)
  while (k > 0 && (toks[k - 1].n === 'and' || toks[k - 1].n === ',' || (toks[k - 1].w && isCapitalised(toks[k - 1]) && !LIST_OPENERS.has(toks[k - 1].n)))) k--;
  return k;
}

/** Sequence words after an object that go on with the subject's next verb ("… and then led …"). */
const THEN_WORDS = new Set(['then', 'later', 'finally', 'subsequently', 'afterwards', 'eventually', 'soon', 'also', 'next']);
/** Where a sentence starts past its opening adverbs: "Then he …", "Later, he …". */
const SENTENCE_ADVERBS = new Set([...THEN_WORDS, 'meanwhile', 'still', 'moreover', 'thus', 'so', 'yet', 'again']);
function pastSentenceAdverbs(toks: readonly Token[], t0: number, t1: number): number {
  let k = t0;
  while (k < t1 && SENTENCE_ADVERBS.has(toks[k].n)) k++;
  if (k > t0 && toks[k]?.n === ',') k++;
  return k;
}

/** Words opening a phrase of company or comparison: "Alongside Zinoviev, …", "Next to Stalin, …". */
const BESIDE_OPENERS = new Set(['alongside', 'next', 'beside', 'besides', 'against', 'without', 'compared', 'facing', 'behind', 'opposite', 'unlike', 'like', 'with']);

/** Words opening an introductory phrase whose "his" may point ahead: "In his Testament, Lenin …". */
const INTRO_OPENERS = new Set(['in', 'with', 'after', 'despite', 'for', 'as', 'during', 'through', 'by', 'unlike', 'like', 'although', 'though', 'when', 'while', 'whatever', 'from', 'at', 'on', 'having', 'to', 'since', 'once', 'before', 'until', 'because', 'of', 'among', 'within', 'under', 'whilst', 'even']);
/** Words before the company a man keeps: "With Kamenev and Krupskaya he …". */
const COMPANY_WORDS = new Set(['with', 'alongside', 'beside']);
/** Particles of verbs whose object follows them: "broke with", "turned against", "sided with". */
const PHRASAL_WITH = new Set(['with', 'against', 'on', 'from']);
/** Verbs of the everyday work a body does for whoever leads ("relied on the Secretariat to run the party"). */
const TASK_VERBS = new Set(['run', 'manage', 'administer', 'organise', 'organize', 'handle', 'prepare', 'draft', 'process', 'staff', 'coordinate', 'co-ordinate', 'supervise', 'implement', 'carry', 'do', 'record', 'circulate', 'distribute', 'collect', 'print', 'publish', 'train']);
/** Verbs of relying on something ("relied on the Secretariat to run the party"). */
const RELYING = new Set(['relied', 'rely', 'relying', 'relies', 'depended', 'depend', 'depending', 'count', 'counted']);
/**
 * Where an opening phrase with no verb ends when the word at i follows it ("After the assassination of
 * Kirov he was arrested", "Under Stalin, he rose fast"), else -1. Not a clause: in "After Trotsky lost the
 * army, he …" the "he" may well be Trotsky.
 */
function openingPhraseEnd(toks: Token[], sent: SentenceInfo, i: number): number {
  const o = pastSentenceAdverbs(toks, sent.t0, sent.t1);
  if (!OPENING_PREPOSITIONS.has(toks[o]?.n ?? '') || i <= o + 1) return -1;
  // (The "he" right after it, or after its comma: in "At the congress of 1924, Trotsky, though he …" the phrase is over.)
  for (let k = o + 1; k < i; k++) if (verbLike(toks[k]) || EN.PRONOUNS.has(toks[k].n) || (toks[k].n === ',' && k !== i - 1)) return -1;
  return i;
}

/** Prepositions that open a sentence's opening phrase: "After the fall of Zinoviev he …". */
const OPENING_PREPOSITIONS = new Set(['after', 'before', 'following', 'during', 'under', 'despite', 'since', 'until', 'upon', 'on', 'at', 'by', 'through', 'throughout', 'amid', 'without', 'against']);
/** Marks and words that open another clause between a subject and an object pronoun ("Stalin said that he…"). */
const OWN_CLAUSE_BREAKS = new Set([',', ';', ':', '(', 'that', 'who', 'whom', 'which', 'when', 'because', 'after', 'before', 'while', 'although', 'though', 'since', 'if', 'until', 'whereas', 'but']);

/** The pronoun a word is a form of ("him", "his" → he; "her", "hers" → she), if any. */
function pronounOf(n: string): 'he' | 'she' | undefined {
  return n === 'he' || n === 'him' || n === 'his' || n === 'himself' ? 'he' : n === 'she' || n === 'her' || n === 'hers' || n === 'herself' ? 'she' : undefined;
}

/** The person a pronoun stands for, among those whose pronoun it can be (a pack may say a person's: "she"). */
function resolvePronoun(ctx: Ctx, i: number, prevPersons: PersonRef[]): PersonRef | undefined {
  const form = pronounOf(ctx.toks[i].n);
  const fits = (p: PersonRef): boolean => !p.ent.pronoun || !form || p.ent.pronoun === form;
  const p = resolveAmong(ctx, i, prevPersons.every(fits) ? prevPersons : prevPersons.filter(fits), fits);
  return p && fits(p) ? p : undefined;
}

function resolveAmong(ctx: Ctx, i: number, prevPersons: PersonRef[], fits: (p: PersonRef) => boolean): PersonRef | undefined {
  const { toks, sent } = ctx;
  // "He" opening a sentence after one that opened with "he": the same man.
  // ("His" too: "He never trusted Bukharin. His power rested on …" is still the man of the chain.)
  if (i === pastSentenceAdverbs(toks, sent.t0, sent.t1) && ctx.chain && (toks[i].n === 'he' || toks[i].n === 'she' || toks[i].n === 'his' || toks[i].n === 'her')) return ctx.chain;
  // …and after an opening phrase that names no one: "He resisted Stalin. In 1926 he led …".
  if (ctx.chain && (toks[i].n === 'he' || toks[i].n === 'she') && !ctx.persons.some((p) => p.t0 < i)) {
    let k = sent.t0;
    while (k < i && !['.', ';', ':'].includes(toks[k].n) && !EN.CLAUSE_WORDS.has(toks[k].n)) k++;
    if (k === i) return ctx.chain;
  }
  // "Unlike Stalin, who made the party apparatus his base, …": in a relative clause, the man it describes.
  for (let k = i - 1; k > sent.t0; k--) {
    const n = toks[k].n;
    if (n === ',' || n === ';' || n === ':' || n === '(' || n === ')') break;
    if (n === 'who') {
      const p = toks[k - 1].n === ',' ? ctx.persons.find((q) => q.t1 === k - 1 && !q.pronoun && !isPossessiveAt(toks, q.t1)) : undefined;
      if (p) return p;
      break;
    }
  }
  // "Because he commanded the Red Army, Trotsky was feared": a "he" in an opening clause of reason or time
  // may point ahead to the name that opens the main clause; when a man before it is another, either may be meant.
  if ((toks[i].n === 'he' || toks[i].n === 'she') && FRONTED.has(toks[sent.t0]?.n ?? '') && !ctx.persons.some((p) => p.t0 < i)) {
    let comma = -1;
    for (let k = i + 1; k < sent.t1 && comma < 0; k++) if (toks[k].n === ',' && ctx.paren[k] === 0) comma = k;
    const ahead = comma > 0 ? ctx.persons.find((p) => p.t0 === comma + 1 && !p.pronoun && !isPossessiveAt(toks, p.t1)) : undefined;
    if (ahead) {
      const back = [...prevPersons, ...(ctx.chain ? [ctx.chain] : [])];
      return back.some((p) => p.ent.id !== ahead.ent.id) ? undefined : ahead;
    }
  }
  // Names in a contrast or comparison ("Unlike Trotsky, he …") are not what "he" refers to. Earlier
  // "he"s count as the men they stand for ("He opposed Stalin and held to his own theory": two candidates).
  // (Nor is a name compared with: "as deeply as Bukharin did".)
  const compared = (p: PersonRef): boolean => comparedAs(toks, p);
  // (Nor a list after such a word: "stood with Zinoviev and Kamenev; … he" is neither.)
  // An object "him" is never the subject of its own clause: "Lenin chose him to lead the Cheka" (that would be "himself").
  let subjectHere: PersonRef | undefined;
  if (toks[i].n === 'him' || toks[i].n === 'her') {
    const first = ctx.persons.find((p) => !p.pronoun && p.t0 < i);
    if (first && !isPossessiveAt(toks, first.t1) && !toks.slice(first.t1, i).some((t) => OWN_CLAUSE_BREAKS.has(t.n))) subjectHere = first;
  }
  // (Nor, for a subject "he", the company named before it: "With Kamenev and Krupskaya he formed the New Opposition".)
  const subjectForm = toks[i].n === 'he' || toks[i].n === 'she';
  // (Nor a man named in an opening phrase with no verb: "After the assassination of Kirov he was arrested".)
  const phraseEnd = subjectForm ? openingPhraseEnd(toks, sent, i) : -1;
  const company = (p: PersonRef): boolean => {
    if (!subjectForm || p.pronoun || ctx.persons.some((q) => q.t1 <= i && q.t0 > p.t1 && !q.pronoun)) return false;
    // (The list's start may be the capitalised "With" itself.)
    const ls = listStart(toks, p.t0);
    return COMPANY_WORDS.has(toks[ls - 1]?.n ?? '') || (ls < p.t0 && COMPANY_WORDS.has(toks[ls].n)) || p.t0 < phraseEnd;
  };
  const before = ctx.persons.filter((p) => p.t1 <= i && fits(p) && !company(p) && (!subjectHere || p.ent.id !== subjectHere.ent.id) && !CONTRAST_BEFORE.has(toks[p.t0 - 1]?.n ?? '') && !(!p.pronoun && CONTRAST_BEFORE.has(toks[listStart(toks, p.t0) - 1]?.n ?? '')) && !compared(p) && !(!p.pronoun && isPossessiveAt(toks, p.t1) && toks[i].n !== 'his'));
  const distinct = [...new Set(before.map((p) => p.ent.id))];
  if (distinct.length === 1) {
    const last = before[before.length - 1];
    return last.pronoun ? (last.antecedent ?? last) : last;
  }
  if (distinct.length > 1) {
    // "X had turned on his allies": the nearest name that is not itself a possessive or in a list.
    return undefined;
  }
  // A name in this sentence that was passed over as a possessive ("Bukharin's draw was theory, and
  // he …") may well be the one: not the previous sentence's man.
  if (ctx.persons.some((p) => p.t1 <= i && !p.pronoun && isPossessiveAt(toks, p.t1))) return undefined;
  // "Stalin was lucky. In his Testament, Lenin criticised him": a "his" in an opening phrase points
  // ahead to the name after its comma, before any man of the sentence before.
  const ahead = introOwner(ctx, i);
  if (ahead) return ahead;
  // (Nor anyone in a list set beside or against the subject: "…, alongside Rykov and Tomsky.")
  const prevNamed = prevPersons.filter((p) => !isPossessiveAt(toks, p.t1) && !CONTRAST_BEFORE.has(toks[p.t0 - 1]?.n ?? '') && !CONTRAST_BEFORE.has(toks[listStart(toks, p.t0) - 1]?.n ?? '') && !compared(p));
  const prevDistinct = [...new Set(prevNamed.map((p) => p.ent.id))];
  if (prevDistinct.length === 1 && !ctx.prevHim) return prevNamed[prevNamed.length - 1];
  // "In 1926 Trotsky joined Zinoviev and Kamenev. He was expelled …": a "he" opening the sentence is
  // the subject that opened the one before; the other men stay its other readings, so a claim true of
  // any of them is no error ("Stalin defeated Trotsky. He was exiled in 1928": Trotsky).
  if (prevDistinct.length > 1 && !ctx.prevHim && (toks[i].n === 'he' || toks[i].n === 'she') && i === pastSentenceAdverbs(toks, sent.t0, sent.t1)) {
    // (One man alone, not the first of a list: "Trotsky, Zinoviev and Kamenev …" is none of them.)
    const lead = openingNames(toks, prevNamed, ctx.prevSent);
    if (lead?.length === 1 && lead[0] === prevNamed[0] && !EN.LIST_JOINERS.has(toks[lead[0].t1]?.n ?? '')) return lead[0];
  }
  // Only a possessive before: "Zinoviev's power was real. His base was Moscow."
  if (!prevDistinct.length) {
    const poss = prevPersons.filter((p) => isPossessiveAt(toks, p.t1) && !CONTRAST_BEFORE.has(toks[p.t0 - 1]?.n ?? ''));
    if (new Set(poss.map((p) => p.ent.id)).size === 1 && i === sent.t0) return poss[poss.length - 1];
  }
  return undefined;
}

/** Words opening a clause of reason or time set before the main clause ("Because he …, Trotsky …"). */
const FRONTED = new Set(['because', 'since', 'as', 'although', 'though', 'when', 'while', 'whilst', 'once', 'after', 'before', 'until', 'if', 'whereas']);

/**
 * The names that open the sentence before, past its opening time and adverbs ("In 1925 Zinoviev and
 * Kamenev …"): the first and the names joined to it by "and" or commas only, all different men, none a
 * possessive; undefined when a verb or a preposition other than a time's comes before the first.
 */
function openingNames(toks: Token[], persons: PersonRef[], prevSent: SentenceInfo | undefined): PersonRef[] | undefined {
  if (!prevSent) return undefined;
  const all = persons.filter((p) => !p.pronoun && p.t0 >= prevSent.t0 && p.t1 <= prevSent.t1).sort((a, b) => a.t0 - b.t0);
  if (!all.length) return undefined;
  const named = [all[0]];
  for (let i = 1; i < all.length && toks.slice(all[i - 1].t1, all[i].t0).every((t) => EN.LIST_JOINERS.has(t.n)); i++) named.push(all[i]);
  if (named.some((p) => isPossessiveAt(toks, p.t1))) return undefined;
  if (toks.slice(prevSent.t0, named[0].t0).some((t) => t.w && (verbLike(t) || (EN.PREPOSITIONS.has(t.n) && !['in', 'by', 'on', 'after'].includes(t.n))))) return undefined;
  return new Set(named.map((p) => p.ent.id)).size === named.length ? named : undefined;
}

/**
 * An introductory phrase ("In his Testament, X …"): the first name after its comma, outside brackets.
 * Only a possessive inside the phrase, and the name that opens the main clause ("In 1924 he put
 * forward X, which Bukharin backed": "he" is the main clause's own subject, not Bukharin).
 */
function introOwner(ctx: Ctx, i: number): PersonRef | undefined {
  const { toks, sent } = ctx;
  if (!INTRO_OPENERS.has(toks[sent.t0]?.n ?? '') || !EN.POSSESSIVE_PRONOUNS.has(toks[i].n)) return undefined;
  // "Unlike Stalin, with his base in the apparatus, Trotsky …": after the man compared with, "his" may be either's.
  if ((toks[sent.t0].n === 'unlike' || toks[sent.t0].n === 'like') && ctx.persons.some((p) => !p.pronoun && p.t1 <= i)) return undefined;
  let depth = 0;
  for (let k = i + 1; k < sent.t1; k++) {
    if (toks[k].n === '(') depth++;
    else if (toks[k].n === ')') depth--;
    if (toks[k].n === ',' && depth === 0) {
      return ctx.persons.find((p) => p.t0 === k + 1 && !p.pronoun);
    }
    if (toks[k].n === '.' || toks[k].n === ';') break;
  }
  return undefined;
}

const APPOS_NOT_START = new Set(['was', 'were', 'is', 'are', 'had', 'has', 'have', 'did', 'does', 'became', 'remained', 'would', 'could', 'might', 'should', 'will', 'also', 'then', 'now', 'still']);
const APPOS_OPENERS = new Set(['the', 'a', 'an', 'who', 'whose', 'whom', 'as', 'once', 'later', 'then', 'himself', 'head', 'leader', 'chairman', 'editor', 'master', 'commander', 'founder', 'author', 'born', 'better', 'known', 'one', 'its', 'his', 'long', 'already']);

/** ", the leader of the left wing," after a name: the words in between describe that person. */
function markAppositives(ctx: Ctx): void {
  const { toks, sent } = ctx;
  ctx.persons.forEach((p, pi) => {
    if (p.pronoun) return;
    // A name inside another name's appositive ("X, like Y, …") opens none of its own.
    if (ctx.appos[p.t0] !== -1) return;
    // Nor one set aside in commas after "like" or "unlike": "Kamenev was, like Bukharin, a man of the right".
    if (['like', 'unlike'].includes(toks[p.t0 - 1]?.n ?? '') && toks[p.t0 - 2]?.n === ',') return;
    const comma = p.t1;
    if (toks[comma]?.n !== ',') return;
    const first = toks[comma + 1];
    if (!first) return;
    // A verb after the comma continues the sentence; it does not describe the name.
    if (APPOS_NOT_START.has(first.n)) return;
    // "Of Zinoviev and Kamenev, the former held Leningrad": a subject that refers back, not a description.
    if (ctx.persons.some((q) => q.pronoun && q.t0 === comma + 1)) return;
    if (ctx.mentionAt[comma + 1] >= 0 && ctx.mentions[ctx.mentionAt[comma + 1]].entity.kind === 'person') return;
    // (Nor a subject pronoun, resolved or not: "Zinoviev broke with Stalin, they made the New Opposition, …".)
    if (['and', 'or', 'but', 'while', 'whereas', 'which', 'so', 'then', 'yet', 'although', 'though', 'because', 'since', 'if', 'when', 'after', 'before', 'not', 'nor', 'he', 'she', 'they', 'we', 'i', 'it'].includes(first.n)) return;
    // "Zinoviev and Kamenev turned on Stalin, forming the New Opposition": after an object, a participle speaks of the subject.
    if (participleAfterObject(ctx, pi, comma)) return;
    // Is the name itself a list member (Stalin, Zinoviev and Kamenev)?
    const nextPerson = ctx.persons[pi + 1];
    if (nextPerson && ctx.group[pi + 1] === ctx.group[pi]) return;
    let end = comma + 1;
    for (; end < sent.t1; end++) {
      const n = toks[end].n;
      if (n === ',' || n === ';' || n === ':' || n === '—' || n === ')' || n === '.' || n === '!' || n === '?') break;
    }
    if (end - comma - 1 > 25) return;
    // A label ("Left wing: Trotsky, right wing: Bukharin"), a key ("GS = Stalin, War Commissar = Trotsky"), or a
    // gapped clause ("The left wing was Trotsky, the right wing Bukharin") is no description of the name.
    if (toks[end]?.n === ':' || toks.slice(comma + 1, end).some((t) => t.n === '=')) return;
    if (ctx.persons.some((q) => q.t0 > comma + 1 && q.t0 < end && ctx.mentionAt[q.t0 - 1] >= 0 && ctx.mentions[ctx.mentionAt[q.t0 - 1]].entity.kind !== 'person')) return;
    // A finite verb outside a relative clause makes it a clause, not a description: "Unlike Trotsky, the
    // General Secretary was patient" (but "Trotsky, who was War Commissar, …").
    for (let k = comma + 1; k < end; k++) {
      if (['who', 'whom', 'whose', 'which', 'that', 'when', 'where'].includes(toks[k].n)) break;
      if (FINITE.has(toks[k].n) && toks[k].n !== 'wanted') return;
    }
    // After an opening phrase that ends at this comma, the rest of the sentence is its main clause:
    // "After defeating Trotsky, the General Secretary turned on the left".
    const opening = INTRO_OPENERS.has(toks[sent.t0].n) || EN.SUBORDINATORS.has(toks[sent.t0].n) || BESIDE_OPENERS.has(toks[sent.t0].n);
    if (opening && (end >= sent.t1 || ['.', '!', '?'].includes(toks[end]?.n ?? '')) && !toks.slice(sent.t0, comma).some((t) => t.n === ',')) return;
    // Closed by the sentence's end only when it reads as a description ("…, the editor of Pravda.").
    const closedByEnd = end >= sent.t1 || ['.', '!', '?'].includes(toks[end]?.n ?? '');
    if (closedByEnd && !APPOS_OPENERS.has(first.n) && !(ctx.mentionAt[comma + 1] >= 0)) return;
    for (let k = comma + 1; k < end; k++) if (ctx.appos[k] === -1) ctx.appos[k] = pi;
  });
}

/** Between an object and what it is called or where it is put: "found them on the right", "saw them as the left". */
const OBJECT_COMPLEMENT_PREPS = new Set(['on', 'in', 'as', 'among', 'into', 'to']);

/** A participle ("forming", "joining") opens the words after the comma, and the name before it is an object (after a verb or preposition). */
function participleAfterObject(ctx: Ctx, pi: number, comma: number): boolean {
  const { toks } = ctx;
  const w = toks[comma + 1];
  if (!w?.w || w.n.length < 5 || APPOS_OPENERS.has(w.n)) return false;
  const members = groupMembers(ctx, pi);
  const prev = toks[members[0].t0 - 1];
  const afterObject = !!prev && prev.w && (EN.PREPOSITIONS.has(prev.n) || prev.n.endsWith('ed') || FINITE.has(prev.n));
  if (w.n.endsWith('ing')) return afterObject;
  // "Stalin turned on Bukharin, Rykov and Tomsky, ended NEP, and …": after a list that is an object, a
  // past verb with an object of its own is the subject's next deed, not a description of the last man.
  return afterObject && members.length > 1 && pastVerbWithObject(toks, comma + 1);
}

/** Clauses: split at ; : — and at contrastive conjunctions; an opening subordinate clause ends at its comma. */
function markClauses(ctx: Ctx): void {
  const { toks, sent } = ctx;
  let id = 1;
  let i = sent.t0;
  // (Past a list's mark or a label: "* In contrast to …", "FIX: Unlike …".)
  let s0 = sent.t0;
  while (s0 < sent.t1 && (isItemMark(toks[s0]) || toks[s0].n === '>')) s0++;
  if (toks[s0 + 1]?.n === ':' && toks[s0].w) s0 += 2;
  const first = toks[s0];
  let introEnd = -1;
  if (first && (EN.SUBORDINATORS.has(first.n) || (first.n === 'in' && ['contrast', 'comparison'].includes(toks[s0 + 1]?.n ?? '')) || first.n === 'according')) {
    for (let k = s0 + 1; k < sent.t1; k++) {
      if (toks[k].n === ',' && ctx.appos[k] === -1 && (ctx.appos[k - 1] === -1 || toks[k - 1].n === ',')) {
        // A comma that opens an appositive does not close the intro.
        const opensAppos = ctx.appos[k + 1] !== -1 && ctx.appos[k + 1] !== undefined && ctx.persons[ctx.appos[k + 1]]?.t1 === k;
        if (!opensAppos) {
          introEnd = k;
          break;
        }
      }
    }
  }
  for (; i < sent.t1; i++) {
    const t = toks[i];
    if (i === introEnd) {
      ctx.clause[i] = id++;
      continue;
    }
    // A table's cells are clauses of their own: "| Stalin | the left |" says nothing of Stalin's wing by itself.
    if (t.n === ';' || t.n === ':' || t.n === '|' || t.n === '&' || (t.n === '—' && ctx.paren[i] === 0) || (t.n === '-' && toks[i - 1]?.e !== t.s && toks[i + 1]?.s !== t.e)) {
      ctx.clause[i] = id++;
      continue;
    }
    // A parenthetical ", though," or ", however," opens no clause: "His base, though, was Moscow."
    const aside = (t.n === 'though' || t.n === 'however') && toks[i - 1]?.n === ',' && (toks[i + 1]?.n === ',' || toks[i + 1]?.n === '.');
    if (t.w && EN.CLAUSE_WORDS.has(t.n) && i > sent.t0 && ctx.appos[i] === -1 && !aside) {
      // "not X but Y" keeps one clause for the subject; the new clause starts at "but".
      id++;
    }
    ctx.clause[i] = id;
  }
}

/**
 * Who writes what a teacher's comment quotes: "Students call Bukharin a left-winger", "You put Stalin in charge …",
 * and the writing itself: "Several essays make Trotsky General Secretary", "Answers that place Bukharin on the left".
 */
const CLAIMANTS = new Set(['you', 'students', 'pupils', 'candidates', 'learners', 'examinees', 'textbooks', 'writers', 'student', 'pupil', 'candidate']);
/** Pieces of writing that claim only with a verb of saying or placing after them ("The answer lies in …" is the writer's own). */
const CLAIMANT_WRITINGS = new Set([
  'essays', 'essay', 'scripts', 'script', 'answers', 'answer', 'responses', 'response', 'textbook',
  // and the literature: "Older accounts present Stalin as …", "Some historians put Tomsky on the left".
  // and people at large: "Others assume …", "People think …".
  'others', 'people',
  'accounts', 'account', 'histories', 'books', 'book', 'historians', 'historian', 'biographies', 'biographers', 'commentators', 'sources', 'source', 'articles', 'article', 'websites', 'films', 'chapter', 'chapters', 'textbooks', 'author', 'authors', 'passage', 'extract',
]);
const WRITING_CLAIMS = new Set([
  'make', 'makes', 'made', 'making', 'place', 'places', 'placed', 'placing', 'put', 'puts', 'putting', 'say', 'says', 'said', 'saying',
  'claim', 'claims', 'claimed', 'claiming', 'call', 'calls', 'called', 'calling', 'describe', 'describes', 'described', 'describing',
  'state', 'states', 'stated', 'stating', 'argue', 'argues', 'argued', 'arguing', 'suggest', 'suggests', 'suggested', 'suggesting',
  'assert', 'asserts', 'asserted', 'asserting', 'credit', 'credits', 'credited', 'crediting', 'assign', 'assigns', 'assigned', 'assigning',
  'give', 'gives', 'gave', 'giving', 'list', 'lists', 'listed', 'listing', 'name', 'names', 'named', 'naming', 'confuse', 'confuses',
  'confused', 'confusing', 'mix', 'mixes', 'mixed', 'mixing', 'get', 'gets', 'got', 'that', 'which', 'still', 'also', 'often', 'sometimes', 'wrongly', 'mistakenly',
  'present', 'presents', 'presented', 'treat', 'treats', 'treated', 'portray', 'portrays', 'portrayed', 'depict', 'depicts', 'depicted',
  'label', 'labels', 'labelled', 'labeled', 'count', 'counts', 'counted', 'cast', 'casts', 'see', 'sees', 'saw', 'regard', 'regards', 'regarded',
  'show', 'shows', 'showed', 'have', 'had', 'think', 'thinks', 'thought', 'assume', 'assumes', 'assumed', 'believe', 'believes', 'believed', 'imagine', 'imagines', 'imagined',
]);
/** What may stand before a claimant: "Many students", "One essay", "A few scripts", "The textbook". */
const CLAIMANT_DETERMINERS = new Set(['another', 'every', 'each', 'two', 'three', 'both', 'half', 'many', 'some', 'most', 'weaker', 'weak', 'poor', 'a', 'an', 'one', 'the', 'this', 'these', 'those', 'several', 'other', 'few', 'often', 'of', 'too', 'older', 'old', 'earlier', 'popular', 'soviet', 'western', 'traditional', 'orthodox', 'standard', 'school', 'later', 'certain']);

/** Does the sentence open with others' claims: "Students call …", "Several essays make …"? (Not when the writer vouches for them: "You rightly explain …".) */
function opensWithClaimant(toks: Token[], t0: number, t1: number): boolean {
  let k = t0;
  while (k < t1 && (isItemMark(toks[k]) || toks[k].n === '>')) k++;
  while (k < t1 && CLAIMANT_DETERMINERS.has(toks[k].n)) k++;
  const next = toks[k + 1]?.n ?? '';
  if (k >= t1 || ENDORSING.has(next)) return false;
  return CLAIMANTS.has(toks[k].n) || (CLAIMANT_WRITINGS.has(toks[k].n) && WRITING_CLAIMS.has(next));
}
/** Where a clause of the writer's own correction starts: "…; in fact …", "…, but actually …", "… — in reality …" (-1 if none). */
function correctionClause(toks: Token[], t0: number, t1: number): number {
  for (let k = t0 + 1; k < t1 - 1; k++) {
    if (![';', ',', '—', '–', ':'].includes(toks[k].n)) continue;
    let j = k + 1;
    if (toks[j]?.n === 'but') j++;
    if (toks[j]?.n === 'in' && ['fact', 'reality', 'truth'].includes(toks[j + 1]?.n ?? '')) return j + 2;
    if (['actually', 'really', 'instead'].includes(toks[j]?.n ?? '') && (toks[k].n !== ',' || j > k + 1)) return j + 1;
  }
  return -1;
}
/** "… put on the left by some textbooks": others' claim, in the passive. */
function byClaimant(toks: Token[], t0: number, t1: number): boolean {
  for (let k = t0; k < t1; k++) {
    if (toks[k].n !== 'by') continue;
    let j = k + 1;
    while (j < t1 && CLAIMANT_DETERMINERS.has(toks[j].n)) j++;
    if (j < t1 && (CLAIMANTS.has(toks[j].n) || CLAIMANT_WRITINGS.has(toks[j].n)) && toks[j].n !== 'you') return true;
  }
  return false;
}
/** A verdict of one word after a claim: "…: false", "(wrong)". */
const VERDICT_MARKS = new Set(['false', 'wrong', 'incorrect', 'untrue', 'myth', 'inaccurate']);
/** Markers of a claim rejected: a mark scheme's "Reject:", a flashcard's "✗". */
const REJECTED = new Set(['reject', 'rejected', '✗', '✘', '❌', '×']);
/** Does a correction open at k: "✗ 1924", "no — Zinoviev", "should be 1924", "sic", "wrong", "actually 1924"? */
function correctionAt(toks: Token[], k: number): boolean {
  const t = toks[k];
  if (!t) return false;
  if (REJECTED.has(t.t) || t.t === '✓' || t.n === 'sic' || t.n === 'wrong' || t.n === 'incorrect' || t.n === 'error' || t.n === 'actually') return true;
  if (t.n === 'should' && (toks[k + 1]?.n === 'be' || toks[k + 1]?.n === 'read')) return true;
  return t.n === 'no' && ['—', '–', '-', ':', ',', '!'].includes(toks[k + 1]?.n ?? '');
}
/** Labels a verdict may have: "Verdict: false", "Answer: false", "A: False". */
const VERDICT_LABELS = new Set(['verdict', 'answer', 'a', 'ans', 'status', 'correct']);
/**
 * Is the sentence a verdict on the one before: "— False.", "Verdict: false.", "A: Wrong", or the
 * question "True or false?" ("true/false?", "T/F?")?
 */
function isVerdict(toks: Token[], s: SentenceInfo): boolean {
  const words = firstWords(toks, s);
  // A blank after the statement for the answer: "… as quickly as possible. ____".
  if (!words.length) return s.t1 - s.t0 >= 3 && toks[s.t0].t === '_' && toks[s.t0 + 1].t === '_' && toks[s.t0 + 2].t === '_';
  if (words.length === 1) return VERDICT_MARKS.has(words[0]) || words[0] === 'f';
  // ("Answer: F.", as an answer sheet marks it.)
  if (words.length === 2 && VERDICT_LABELS.has(words[0])) return VERDICT_MARKS.has(words[1]) || words[1] === 'f';
  // "That is false.", "This claim is wrong."
  if ((words[0] === 'that' || words[0] === 'this') && words.length <= 4 && VERDICT_MARKS.has(words[words.length - 1]) && ['is', 'was', 's'].includes(words[words.length - 2])) return true;
  return isTrueOrFalse(words);
}
function isTrueOrFalse(words: string[]): boolean {
  const w = words.join(' ');
  return w === 'true or false' || w === 'true false' || w === 't f';
}
/** The words of a sentence, up to five. */
function firstWords(toks: Token[], s: SentenceInfo): string[] {
  const words: string[] = [];
  for (let k = s.t0; k < s.t1 && words.length < 5; k++) if (toks[k].w) words.push(toks[k].n);
  return words;
}
function skipSentence(ctx: Ctx): boolean {
  const { toks, sent } = ctx;
  for (let k = sent.t0; k < sent.t1; k++) {
    const n = toks[k].n;
    if (n === '?' || toks[k].t === '≠') return true;
    // An inverted condition inside the sentence: "Trotsky might have won had he controlled the Secretariat".
    if ((n === 'had' || n === 'were' || n === 'should') && ['he', 'she', 'they'].includes(toks[k + 1]?.n ?? '') && !ctx.quoted[k]) return true;
    // A verdict set after the claim: "Stalin commanded the Red Army: false.", "… (wrong)", a table's "| false |".
    // (Or with its reason after a dash: "| False — he led the right by 1924 |".)
    const dashAfter = ['\u2014', '\u2013', '-'].includes(toks[k + 1]?.n ?? '') && toks[k + 1].s > toks[k].e;
    if (VERDICT_MARKS.has(n) && [':', '(', '|', '\u2014', '\u2013', '-'].includes(toks[k - 1]?.n ?? '') && (k + 1 >= sent.t1 || dashAfter || [')', '|', '.', '!', ':', ',', ';'].includes(toks[k + 1].n))) return true;
    // A speech tag set inside the words after their subject: "Stalin, Lenin wrote, was too rude", "Trotsky, some
    // historians argue, …" (not a comment on the predicate: "Stalin, the leader of …, waited, as Deutscher argues, …").
    if (n === ',' && k > sent.t0 && k <= sent.t0 + 4 && toks[k + 1]?.n !== 'as' && !ctx.quoted[k]) {
      let j = k + 1;
      while (j < sent.t1 && j <= k + 3 && toks[j].w && !TAG_VERBS.has(toks[j].n)) j++;
      if (j > k + 1 && TAG_VERBS.has(toks[j]?.n ?? '') && toks[j + 1]?.n === ',') return true;
    }
    // (An answer sheet's "(F)", "(T/F)".)
    if (n === 'f' && toks[k].t.length === 1 && toks[k - 1]?.n === '(' && toks[k + 1]?.n === ')') return true;
    // A blank to fill in makes a worksheet's prompt, not a statement: "Stalin ran ______.", "… ____" (T or F).
    if (toks[k].t === '_' && toks[k + 1]?.t === '_' && toks[k + 2]?.t === '_') return true;
    // A marker's correction in brackets: "Lenin died in 1923 [✗ 1924]", "Kamenev [should be Zinoviev] …", "(sic)".
    if ((n === '[' || n === '(') && correctionAt(toks, k + 1)) return true;
    // (Not a concession, which asserts the rest: "…, even if it hurt the peasants", "…, whether or not he liked it".)
    // (Nor the idiom "if anything", which conditions nothing: "Trotsky was War Commissar; if anything, he was popular".)
    const concession = (n === 'if' && (toks[k - 1]?.n === 'even' || toks[k + 1]?.n === 'anything')) || (n === 'whether' && toks[k + 1]?.n === 'or' && toks[k + 2]?.n === 'not' && toks[k - 1]?.n === ',');
    // An indirect question asserts nothing from its "whether" on, but what comes before it stands:
    // "Rykov, as General Secretary, decided whether to act" (not one that opens the sentence).
    if (n === 'whether' && k > sent.t0 + 1 && !ctx.quoted[k] && !concession) {
      ctx.whetherAt ??= k;
      continue;
    }
    if ((n === 'if' || n === 'unless' || n === 'whether') && !ctx.quoted[k] && !concession) return true;
  }
  let s0 = sent.t0;
  while (s0 < sent.t1 && (isItemMark(toks[s0]) || toks[s0].n === '>')) s0++;
  const w0 = toks[s0]?.n ?? '';
  // A gerund phrase with no verb of its own names a deed, it asserts none: "**Putting Bukharin on the left.**"
  // (the label of a slip), "Confusing Zinoviev with Kamenev.".
  if (w0.length > 4 && w0.endsWith('ing') && isCapitalised(toks[s0]) && !ING_NOT_OBJECT.has(w0)) {
    let verb = false;
    // (A comma may open the main clause: "Leading the left, Trotsky attacks Stalin".)
    for (let k = s0 + 1; k < sent.t1 && !verb; k++) verb = (verbLike(toks[k]) && ctx.mentionAt[k] < 0) || toks[k].n === ',';
    if (!verb) return true;
  }
  // A negative imperative claims nothing: "Don't put Bukharin on the left", "Avoid saying …", "Beware of …".
  if (w0 === 'dont' || w0 === 'avoid' || w0 === 'beware' || (w0 === 'don' && toks[s0 + 1]?.n === "'") || (w0 === 'do' && toks[s0 + 1]?.n === 'not')) return true;
  if (REJECTED.has(w0) || (w0 === 'do' && toks[s0 + 1]?.n === 'not' && toks[s0 + 2]?.n === 'accept')) return true;
  // (A cross typed as "x" before a name: "x Stalin = left wing -> middle".)
  if (toks[s0]?.t === 'x' && isCapitalised(toks[s0 + 1]) && ctx.mentionAt[s0 + 1] >= 0) return true;
  // Others' claims quoted: "Students call …", "Many students write …", "You put Stalin in charge …",
  // and the same claimants as "they" in the next sentence ("Some students get the cities wrong. They put …").
  if (opensWithClaimant(toks, s0, sent.t1) || byClaimant(toks, s0, sent.t1)) {
    // "Others assume Rykov was a minor figure; actually he was head of government": the correction is the writer's.
    const own = correctionClause(toks, s0, sent.t1);
    if (own < 0) return true;
    ctx.ownFrom = own;
  }
  // A quiz item's verdict in the next sentence: "Trotsky was General Secretary. — False.", "… True or false?".
  if (ctx.nextSent && isVerdict(toks, ctx.nextSent)) return true;
  // And the question before it: "True or false? Bukharin led the left wing."
  if (ctx.prevSent && toks[ctx.prevSent.t1 - 1]?.n === '?' && isTrueOrFalse(firstWords(toks, ctx.prevSent))) return true;
  if (w0 === 'they' && ctx.prevSent && opensWithClaimant(toks, ctx.prevSent.t0, ctx.prevSent.t1)) return true;
  // (After a bullet too: "- Assuming Stalin led the left wing.")
  return ['if', 'had', 'were', 'suppose', 'supposing', 'assuming', 'imagine', 'perhaps', 'maybe', 'unless'].includes(w0);
}

// ————— helpers over a sentence —————

function clauseOf(ctx: Ctx, i: number): number {
  return ctx.clause[i];
}

/**
 * "Bukharin led not the right but the left", "Zinoviev's base was not Leningrad but Moscow": for a
 * token in the "but" clause, the clause of the "not" it answers (whose subject and cue it shares), or -1.
 */
function notButClause(ctx: Ctx, k: number): number {
  const { toks } = ctx;
  const clause = clauseOf(ctx, k);
  let start = k;
  while (start > ctx.sent.t0 && clauseOf(ctx, start - 1) === clause) start--;
  if (toks[start]?.n !== 'but' || start === ctx.sent.t0) return -1;
  const prev = clauseOf(ctx, start - 1);
  for (let j = start - 1; j >= ctx.sent.t0 && clauseOf(ctx, j) === prev; j--) {
    if (toks[j].n === 'not' && toks[j + 1]?.n !== 'only') {
      // Only things between "not" and "but": no one named there ("not Trotsky but Bukharin led …" is another shape).
      for (let q = j + 1; q < start; q++) if (ctx.mentionAt[q] >= 0 && ctx.mentions[ctx.mentionAt[q]].entity.kind === 'person') return -1;
      return prev;
    }
  }
  return -1;
}

/** "as Trotsky did", "as Bukharin had": a name the sentence compares someone with. */
function comparedAs(toks: Token[], p: PersonRef): boolean {
  // "as Trotsky did", and inverted, "as did Trotsky".
  if (toks[p.t0 - 1]?.n === 'as') return AS_DID.has(toks[p.t1]?.n ?? '');
  return AS_DID.has(toks[p.t0 - 1]?.n ?? '') && toks[p.t0 - 2]?.n === 'as';
}
const AS_DID = new Set(['did', 'had', 'does', 'was', 'would', 'could']);

function groupMembers(ctx: Ctx, pi: number): PersonRef[] {
  const g = ctx.group[pi];
  return ctx.persons.filter((_, j) => ctx.group[j] === g);
}

function isPossessivePerson(ctx: Ctx, p: PersonRef): boolean {
  if (!p.pronoun) return isPossessiveAt(ctx.toks, p.t1);
  // "the former's base" as "his base".
  return EN.POSSESSIVE_PRONOUNS.has(ctx.toks[p.t0].n) || (p.t1 - p.t0 === 2 && isPossessiveAt(ctx.toks, p.t1));
}

/** Where a possessive person ends: after "his", or after "Trotsky's" / "Tomskys'". */
function possessiveEnd(toks: Token[], p: PersonRef): number {
  // ("his" ends where it ends; "the former's" as a name does.)
  return p.pronoun && p.t1 - p.t0 < 2 ? p.t1 : p.t1 + (toks[p.t1 + 1]?.n === 's' ? 2 : 1);
}

/** Past-tense verbs without "-ed" that a clause goes on with ("… and kept control of the Orgburo"). */
const IRREGULAR_PAST = new Set(['met', 'chose', 'caught', 'taught', 'heard', 'paid', 'shot', 'threw', 'overthrew', 'withdrew', 'forbade', 'forgave', 'overtook', 'drove', 'swore', 'dealt', 'meant', 'bought', 'kept', 'led', 'held', 'ran', 'became', 'fought', 'beat', 'won', 'lost', 'took', 'made', 'built', 'drew', 'stood', 'sat', 'went', 'set', 'put', 'sent', 'wrote', 'saw', 'thought', 'said', 'gave', 'felt', 'left', 'brought', 'sought', 'overcame', 'remained', 'rose', 'fell', 'broke', 'struck', 'began', 'got', 'came', 'spoke', 'told', 'knew', 'grew']);
function verbLike(t: Token | undefined): boolean {
  if (!t || !t.w || isCapitalised(t)) return false;
  return FINITE.has(t.n) || IRREGULAR_PAST.has(t.n) || (t.n.length > 4 && t.n.endsWith('ed'));
}

/** Verbs that blame or praise a man "for" what he did: "attacked Bukharin for wanting to keep NEP". */
const BLAMING = new Set(['attacked', 'criticised', 'criticized', 'blamed', 'denounced', 'condemned', 'praised', 'expelled', 'punished', 'removed', 'attack', 'criticise', 'criticize', 'blame', 'denounce', 'condemn', 'praise', 'expel', 'punish', 'remove', 'mocked', 'ridiculed', 'accused', 'admired', 'respected', 'hated', 'distrusted']);
const CLAUSE_SUBJECT_KINDS = new Set(['faction', 'office', 'body', 'place']);
/**
 * Does the thing named at k open a clause of its own as its subject: after "and" or a comma (or
 * "which", "while", "that"), with a verb right after it ("…, and the left wing lost")?
 */
function subjectOfOwnClause(ctx: Ctx, k: number): boolean {
  const { toks } = ctx;
  const mi = ctx.mentionAt[k];
  if (mi < 0 || !CLAUSE_SUBJECT_KINDS.has(ctx.mentions[mi].entity.kind)) return false;
  const m = ctx.mentions[mi];
  // (Past words between commas: "…, and the right, who defended NEP, lost", "…, and the General Secretary, as usual, agreed".)
  let a = m.t1;
  if (toks[a]?.n === ',') {
    let c = a + 1;
    while (c < Math.min(ctx.sent.t1, a + 10) && toks[c].n !== ',') c++;
    if (toks[c]?.n === ',') a = c + 1;
  }
  // (Past an adverb: "… that the General Secretary already had power".)
  while (CLAUSE_ADVERBS.has(toks[a]?.n ?? '')) a++;
  const after = toks[a];
  let b = m.t0 - 1;
  while (b > ctx.sent.t0 && ['the', 'a', 'an', 'its', 'their', 'whole', 'entire'].includes(toks[b].n)) b--;
  const n = toks[b]?.n ?? '';
  // (After "which", a verb in the present too: "…, which the left wing hate".)
  const presentVerb = n === 'which' && !!after?.w && !isCapitalised(after) && after.n !== 'and' && after.n !== 'or' && !EN.PREPOSITIONS.has(after.n);
  if (!after || (!verbLike(after) && !presentVerb) || after.n === 'of') return false;
  if (n === 'which' || n === 'while' || n === 'whereas' || n === 'whilst' || OWN_SUBJECT_OPENERS.has(n)) return true;
  // "Bukharin saw that the War Commissariat went to Frunze", "understood that the General Secretary controlled …",
  // and without "that": "Lenin said the General Secretary was rude".
  if (n === 'that' || CLAUSE_VERBS.has(n)) return true;
  if (n !== 'and') return false;
  // (Not "Stalin and the right wing removed Trotsky": a man and a wing side by side are allies, read elsewhere.)
  return toks[b - 1]?.n === ',' || (b > ctx.sent.t0 && !ctx.persons.some((p) => p.t1 === b));
}

/** Words opening a clause of time or reason, whose subject is its own: "when the left attacked NEP". */
const OWN_SUBJECT_OPENERS = new Set(['when', 'whenever', 'because', 'since', 'after', 'before', 'until', 'once', 'although', 'though', 'if', 'where']);
/** Group nouns that may be such a clause's subject without being a pack's name: "when the opposition attacked …". */
const GROUP_SUBJECTS = new Set(['opposition', 'oppositionists', 'left', 'right', 'leadership', 'majority', 'party', 'oppositions', 'leftists', 'rightists', 'radicals', 'moderates']);
/**
 * Between a man and a cue, a clause of time or reason with a subject of its own ("Tomsky stayed loyal
 * when the left attacked NEP"): the cue is that subject's, not the man's.
 */
function ownSubjectBetween(ctx: Ctx, from: number, c0: number): boolean {
  const { toks } = ctx;
  for (let k = from; k < c0 - 2; k++) {
    if (!OWN_SUBJECT_OPENERS.has(toks[k].n) || toks[k + 1].n !== 'the') continue;
    const mi = ctx.mentionAt[k + 2];
    let end = mi >= 0 && CLAUSE_SUBJECT_KINDS.has(ctx.mentions[mi].entity.kind) ? ctx.mentions[mi].t1 : GROUP_SUBJECTS.has(toks[k + 2].n) ? k + 3 : -1;
    if (end < 0) continue;
    if (toks[end]?.n === 'wing') end++;
    while (CLAUSE_ADVERBS.has(toks[end]?.n ?? '')) end++;
    if (end <= c0 && verbLike(toks[end])) return true;
  }
  return false;
}

/** Adverbs between a clause's subject and its verb: "… the General Secretary already had power". */
const CLAUSE_ADVERBS = new Set(['already', 'still', 'also', 'now', 'then', 'clearly', 'soon', 'increasingly', 'really', 'never', 'always', 'often', 'rarely', 'seldom', 'quickly', 'gradually', 'later', 'finally', 'eventually', 'even']);
/** Words after "and" and a time that go on with the subject: "… and in 1925 still led …". */
const AGAIN_WORDS = new Set(['still', 'again', 'even', 'once']);
/** Verbs whose object may be a clause without "that": "Lenin said the General Secretary was rude". */
const CLAUSE_VERBS = new Set(['said', 'says', 'wrote', 'writes', 'thought', 'believed', 'knew', 'saw', 'realised', 'realized', 'recognised', 'recognized', 'feared', 'warned', 'noted', 'felt', 'argued', 'claimed', 'complained', 'insisted', 'understood', 'suspected', 'worried', 'admitted', 'sensed']);

/** After an object at `end`: "and" (or a comma and a sequence word), sequence words, then a verb before the cue. */
function goesOnWithVerb(toks: Token[], end: number, c0: number, ctx?: Ctx): boolean {
  // (Past the object's own role and time: "Rykov succeeded Lenin as chairman of Sovnarkom in 1924 and remained head of government".)
  let k = end;
  if (ctx && toks[k]?.n === 'as' && ctx.mentionAt[k + 1] >= 0 && ctx.mentions[ctx.mentionAt[k + 1]].entity.kind === 'office') k = ctx.mentions[ctx.mentionAt[k + 1]].t1;
  if (ctx) k = pastTimePhrase(ctx, k);
  // (And past a place or body it happened at: "Bukharin replaced Zinoviev at the Comintern and edited Pravda".)
  if (ctx && ['at', 'in', 'on', 'from', 'within', 'inside'].includes(toks[k]?.n ?? '')) {
    const j = toks[k + 1]?.n === 'the' ? k + 2 : k + 1;
    const mi = ctx.mentionAt[j];
    if (mi >= 0 && ctx.mentions[mi].t0 === j && ctx.mentions[mi].entity.kind !== 'person') k = pastTimePhrase(ctx, ctx.mentions[mi].t1);
  }
  if (k > end && toks[k - 1]?.n === ',' && toks[k]?.n !== 'and') return false;
  if (toks[k]?.n === ',') k++;
  const and = toks[k]?.n === 'and';
  if (and) k++;
  if (k === end) return false;
  const seq = k;
  while (k <= c0 && THEN_WORDS.has(toks[k].n)) k++;
  // "Bukharin opposed Trotsky and in 1926 led the Comintern": past the verb's own time (and "still", "again").
  if (and && ctx) {
    k = pastTimePhrase(ctx, k);
    while (k <= c0 && (THEN_WORDS.has(toks[k].n) || AGAIN_WORDS.has(toks[k].n))) k++;
  }
  // (A comma alone needs its sequence word: "Stalin backed Bukharin, then ended NEP", or a series of
  // past verbs with objects closed by "and": "Stalin defeated Bukharin, ended NEP and launched …".)
  if (!and && k === seq && !(ctx && verbSeries(ctx, k))) return false;
  return k <= c0 && verbLike(toks[k]);
}

/** A past verb at k with a word of its object after it, no preposition or adverb: "ended NEP", not "backed by", "ended abruptly". */
function pastVerbWithObject(toks: Token[], k: number): boolean {
  const w = toks[k];
  const next = toks[k + 1];
  return !!w?.w && w.n.length >= 5 && w.n.endsWith('ed') && !!next?.w && !EN.PREPOSITIONS.has(next.n) && !/ly$/.test(next.n);
}

/** A past verb with an object at k, in a series that "and" and another verb close: "…, ended NEP(,) and launched …". */
function verbSeries(ctx: Ctx, k: number): boolean {
  const { toks } = ctx;
  if (!pastVerbWithObject(toks, k)) return false;
  for (let j = k + 2; j < Math.min(ctx.sent.t1, k + 12); j++) {
    if (toks[j].n === ';' || toks[j].n === ':') return false;
    if (toks[j].n === 'and') return verbLike(toks[j + 1]);
  }
  return false;
}

/**
 * Does the "with" at k open a phrase of its own ("…, with Stalin in the middle", "in the middle with
 * Trotsky on the left"): after a comma or a dash, or after a thing named? After a verb it is the
 * verb's ("broke with Stalin in the New Opposition", "sat with Trotsky on the left").
 */
function absoluteWith(ctx: Ctx, k: number): boolean {
  const b = ctx.toks[k - 1];
  if (!b || [',', ';', '—', '–', '(', ':'].includes(b.n)) return true;
  const mi = ctx.mentionAt[k - 1];
  return mi >= 0 && ctx.mentions[mi].entity.kind !== 'person';
}
/** Words of a "with X in the middle" phrase between the man and the cue: no verb, no comma. */
const WITH_PHRASE = new Set(['in', 'on', 'at', 'as', 'of', 'the', 'a', 'an', 'still', 'then', 'now', 'firmly', 'safely', 'charge', 'command', 'control']);
function withPhrase(ctx: Ctx, from: number, c0: number): boolean {
  if (from > c0) return false;
  for (let k = from; k < c0; k++) {
    const n = ctx.toks[k].n;
    if (!WITH_PHRASE.has(n) && !(n.length > 4 && n.endsWith('ing'))) return false;
  }
  return true;
}

/** Is the person preceded by a negator ("not Kamenev", "neither Zinoviev nor Kamenev")? */
function personNegated(ctx: Ctx, p: PersonRef): boolean {
  // Fronted negation: "At no point did X …", "Never did X …", "Not once did X …".
  const clause = clauseOf(ctx, p.t0);
  for (let k = p.t0 - 1; k >= ctx.sent.t0 && clauseOf(ctx, k) === clause; k--) {
    const n = ctx.toks[k].n;
    // (Not past the start of a coordinate clause: "Trotsky did not fight, and he was removed …".)
    if ((n === 'and' || n === 'but' || n === 'yet' || n === 'so') && (ctx.toks[k - 1]?.n === ',' || ctx.toks[k - 1]?.n === ';')) break;
    if ((n === 'no' || n === 'never' || n === 'not' || n === 'nowhere' || n === 'neither') && !(n === 'not' && ctx.toks[k + 1]?.n === 'only') && !(n === 'no' && ctx.toks[k + 1]?.n === 'doubt')) return true;
    // "It wasn't Stalin who …", "It isnt Trotsky who …".
    if ((n === 't' && isNegator(ctx.toks, k)) || UNAPOSTROPHISED.has(n)) return true;
  }
  for (let k = p.t0 - 1; k >= Math.max(ctx.sent.t0, p.t0 - 2); k--) {
    const n = ctx.toks[k].n;
    if (n === 'not' || n === 'neither' || n === 'nor' || n === 'never') return true;
    if (!(n === ',' || n === 'and' || n === 'but' || n === 'even')) break;
  }
  return false;
}

interface Bound {
  persons: PersonRef[];
  bind: Binding;
}

/**
 * Who a cue at tokens [c0, c1) is about. The rules, in order: an appositive or relative clause
 * around the cue, a title right before a name, a possessive, a passive "by", an inverted
 * copula ("the editor was X"), an opening role phrase ("As General Secretary, X …"), and
 * otherwise the nearest name before the cue in its clause.
 */
function bindSubject(ctx: Ctx, c0: number, c1: number, opts: { allowPossessive?: boolean; allowAfter?: boolean } = {}): Bound | undefined {
  const { toks, sent } = ctx;
  // A wing, office or body that opens a clause of its own as its subject binds to no one:
  // "Stalin won, and the left wing lost", "Zinoviev understood that the General Secretary controlled …".
  if (subjectOfOwnClause(ctx, c0)) return undefined;
  const clause = clauseOf(ctx, c0);
  // a. Appositive / relative clause that contains the cue.
  // (Not when a verb follows with no comma: "…, the left wing was led by Stalin" is a clause of its own.)
  const ap = ['was', 'were'].includes(toks[c1]?.n ?? '') && toks[c1 + 1] && EN.PASSIVE_PARTICIPLES.has(toks[c1 + 1].n) ? -1 : ctx.appos[c0];
  // (A cue outside the sentence has no marks of this sentence: never an appositive of a man not in it.)
  if (ap >= 0 && ctx.persons[ap]) {
    // "The right wing was led by Bukharin, the left wing by Trotsky": a gapped passive, not an appositive.
    // ("…, a right wing headed by Bukharin, …": the passive's man, not the name before the comma.)
    const pp = toks[c1]?.n === ',' ? c1 + 1 : c1;
    const by = toks[c1]?.n === 'by' ? c1 : EN.PASSIVE_PARTICIPLES.has(toks[pp]?.n ?? '') && toks[pp + 1]?.n === 'by' ? pp + 1 : -1;
    if (by >= 0) {
      const pi = ctx.persons.findIndex((q) => q.t0 === by + 1 && !q.pronoun && !isPossessivePerson(ctx, q));
      if (pi >= 0) return { persons: groupMembers(ctx, pi), bind: 'passive' };
    }
    const p = ctx.persons[ap];
    // "Trotsky and Rykov, both of the left wing, …": the appositive describes the whole list.
    // ("Bukharin and Tomsky, who between them held …", "…, who both …", "…, who together …".)
    const who = toks[p.t1 + 1]?.n === 'who' ? p.t1 + 2 : p.t1 + 1;
    if (['both', 'all', 'each', 'between', 'together'].includes(toks[who]?.n ?? '') && (who === p.t1 + 2 || toks[who].n !== 'between')) return { persons: groupMembers(ctx, ap), bind: 'appositive' };
    // ("…, who held the editorship of Pravda and the trade unions between them, …": anywhere in the clause.)
    // (Past the commas of a list inside it, not past a verb after a comma, where the main clause goes on.)
    if (who === p.t1 + 2) {
      for (let k = who; k < Math.min(ctx.sent.t1, who + 30) && toks[k].n !== ';' && !(toks[k].n === ',' && verbLike(toks[k + 1])); k++) if (toks[k].n === 'between' && toks[k + 1]?.n === 'them') return { persons: groupMembers(ctx, ap), bind: 'appositive' };
    }
    // A name inside the appositive before the cue binds first ("…, the doctrine Kamenev set out,").
    const inner = ctx.persons.filter((q) => q.t0 > p.t1 && q.t1 <= c0 && ctx.appos[q.t0] === ap && !isPossessivePerson(ctx, q));
    if (inner.length) return { persons: [inner[inner.length - 1]], bind: 'appositive' };
    return { persons: [p], bind: 'appositive' };
  }
  // A gapped passive: "The left was led by Trotsky, and the right by Bukharin".
  if (toks[c1]?.n === 'by' && ['and', ','].includes(toks[c0 - 2]?.n ?? '')) {
    const pi = ctx.persons.findIndex((q) => q.t0 === c1 + 1 && !q.pronoun && !isPossessivePerson(ctx, q));
    let passive = false;
    for (let k = sent.t0; k < c0 && !passive; k++) passive = EN.PASSIVE_PARTICIPLES.has(toks[k].n) && toks[k + 1]?.n === 'by';
    if (pi >= 0 && passive) return { persons: groupMembers(ctx, pi), bind: 'passive' };
  }
  // b. Title before a name: "the trade-union chief Mikhail Tomsky", "the right-wing Trotsky".
  // After a comma only when the names end there ("allies on the right, Bukharin, Rykov and Tomsky."):
  // in "Bukharin stood on the right, Trotsky, Zinoviev and Kamenev on the left" they start a new clause.
  // (And a label's value: "…, right wing: Bukharin", "War Commissar = Trotsky".)
  const ai = ctx.persons.findIndex((p) => (p.t0 === c1 || (toks[c1]?.n === ',' && p.t0 === c1 + 1 && [',', '.'].includes(toks[p.t1]?.n ?? '')) || ((toks[c1]?.n === ':' || toks[c1]?.n === '=') && p.t0 === c1 + 1 && c0 > sent.t0)) && !p.pronoun);
  const after = ai >= 0 ? ctx.persons[ai] : undefined;
  const newClause = !!after && after.t0 !== c1 && !!toks[groupMembers(ctx, ai).slice(-1)[0].t1]?.w;
  if (after && !newClause) return { persons: [after], bind: 'title' };
  // With a role noun between: "the right-wing leader Trotsky", "the Leningrad boss Kamenev"; a group's
  // noun and its list: "the left-wing trio of Trotsky, Zinoviev and Tomsky".
  if (!after && c1 > c0 && ['the', 'a', 'an'].includes(toks[c0 - 1]?.n ?? '') && TITLE_ROLES.has(toks[c1]?.n ?? '')) {
    const pi = ctx.persons.findIndex((p) => p.t0 === c1 + 1 && !p.pronoun && !isPossessivePerson(ctx, p));
    if (pi >= 0 && groupMembers(ctx, pi).length === 1) return { persons: [ctx.persons[pi]], bind: 'title' };
  }
  if (!after && c1 > c0 && ['the', 'a', 'an'].includes(toks[c0 - 1]?.n ?? '') && TITLE_GROUPS.has(toks[c1]?.n ?? '') && toks[c1 + 1]?.n === 'of') {
    const pi = ctx.persons.findIndex((p) => p.t0 === c1 + 2 && !p.pronoun && !isPossessivePerson(ctx, p));
    if (pi >= 0) return { persons: groupMembers(ctx, pi), bind: 'title' };
  }
  // c. Possessive right before the cue (adjectives between): "Zinoviev's Moscow base", "his Testament".
  for (const p of ctx.persons) {
    if (!isPossessivePerson(ctx, p)) continue;
    const end = possessiveEnd(toks, p);
    // (Not across a verb or a preposition: "Trotsky's rival was the General Secretary", "Trotsky's attack on the General Secretary".)
    // (Nor through a man he has: "Lenin's widow died in 1939".)
    if (end <= c0 && c0 - end <= 3 && toks.slice(end, c0).every((t, j) => t.w && !EN.CLAUSE_WORDS.has(t.n) && t.n !== 'and' && !FINITE.has(t.n) && !EN.PREPOSITIONS.has(t.n) && !['that', 'which', 'who', 'whom'].includes(t.n) && !RELATION_NOUNS.has(t.n) && !PEOPLE_OF.has(t.n) && ctx.mentionAt[end + j] < 0)) {
      if (opts.allowPossessive !== false) return { persons: [p], bind: 'possessive' };
    }
  }
  // …and an owner left unknown: "Lenin backed Stalin, supporting his appointment as General Secretary"
  // ("his" could be either man): not the sentence's subject, whose it is not said to be.
  for (let k = c0 - 1; k >= Math.max(sent.t0, c0 - 4); k--) {
    const t = toks[k];
    if (t.n === 'his' || t.n === 'her') {
      if (!ctx.persons.some((p) => p.t0 === k)) return undefined;
      break;
    }
    if (!t.w || EN.CLAUSE_WORDS.has(t.n) || t.n === 'and' || FINITE.has(t.n) || ctx.mentionAt[k] >= 0) break;
  }
  // A post handed on: "The post of General Secretary went to Zinoviev", "the chairmanship passed to Rykov in 1924".
  {
    let k = c1;
    if (toks[k]?.n === 'was' || toks[k]?.n === 'then' || toks[k]?.n === 'later') k++;
    if (HANDED_TO.has(toks[k]?.n ?? '') && toks[k + 1]?.n === 'to') {
      const pi = ctx.persons.findIndex((p) => p.t0 === k + 2 && !p.pronoun && !isPossessivePerson(ctx, p));
      if (pi >= 0 && (c0 === sent.t0 || ['the', 'of'].includes(toks[c0 - 1]?.n ?? ''))) return { persons: groupMembers(ctx, pi), bind: 'passive' };
    }
  }
  // d. Passive: "… was led by X", "…, organised by X".
  for (let k = c1; k < Math.min(sent.t1, c1 + 8); k++) {
    if (clauseOf(ctx, k) !== clause && toks[k].n !== ',') break;
    // (Not past another thing the passive may be about: "Trotsky led the left and the right was led by Bukharin".)
    if (k > c1 && ctx.mentionAt[k] >= 0 && ctx.mentions[ctx.mentionAt[k]].entity.kind !== 'person' && ['and', ',', ';'].includes(toks[toks[k - 1]?.n === 'the' ? k - 2 : k - 1]?.n ?? '')) break;
    if (toks[k].n === 'by') {
      const between = toks.slice(c1, k);
      if (between.length && between.some((t) => EN.PASSIVE_PARTICIPLES.has(t.n)) && between.every((t) => t.w || t.n === ',')) {
        const pi = ctx.persons.findIndex((p) => p.t0 === k + 1 && !isPossessivePerson(ctx, p));
        if (pi >= 0) return { persons: groupMembers(ctx, pi), bind: 'passive' };
      }
      break;
    }
  }
  // e. Inverted copula: "the editor of Pravda was X", "… was X's slogan".
  {
    let k = c1;
    if (toks[k]?.n === ',' || toks[k]?.n === '"') k++;
    // "The right wing of the party was …".
    if (toks[k]?.n === 'of' && toks[k + 1]?.n === 'the' && ['party', 'politburo', 'bolsheviks', 'leadership'].includes(toks[k + 2]?.n ?? '')) k += 3;
    // "The General Secretary in 1924 was X", "The editor of Pravda in the mid-1920s was X".
    if (['in', 'by', 'from', 'until', 'of', 'during', 'throughout', 'after', 'before', 'since'].includes(toks[k]?.n ?? '')) {
      const t = findTimes(toks, k + 1, Math.min(sent.t1, k + 6), ctx.kb.period)[0];
      let j = k + 1;
      if (toks[j]?.n === 'the') j++;
      if (t && t.t0 <= j && ['was', 'were', 'is'].includes(toks[t.t1]?.n ?? '')) k = t.t1;
    }
    if (['in', 'by', 'from', 'until', 'of', 'after', 'before', 'since'].includes(toks[k]?.n ?? '') && yearOf(toks[k + 1]) !== undefined && ['was', 'were', 'is'].includes(toks[k + 2]?.n ?? '')) k += 2;
    if (toks[k] && ['was', 'were', 'is'].includes(toks[k].n)) {
      let j = k + 1;
      if (toks[j]?.n === 'still' || toks[j]?.n === 'then' || toks[j]?.n === 'actually' || toks[j]?.n === 'really') j++;
      const pi = ctx.persons.findIndex((p) => p.t0 === j && !p.pronoun && !isPossessiveAt(toks, p.t1));
      if (pi >= 0) return { persons: groupMembers(ctx, pi), bind: 'copular' };
    }
  }
  // f. Opening role phrase: "As General Secretary from 1922, X …"; "In his Testament, X …" (past "However,").
  const s0 = toks[sent.t0]?.n === 'however' && toks[sent.t0 + 1]?.n === ',' ? sent.t0 + 2 : sent.t0;
  const startTok = toks[s0];
  if (startTok && (startTok.n === 'as' || startTok.n === 'in') && clause === clauseOf(ctx, sent.t0)) {
    let comma = -1;
    for (let k = c1; k < sent.t1; k++) if (toks[k].n === ',') {
      comma = k;
      break;
    }
    // (No comma: "As General Secretary he was dangerous", the subject right after the role.)
    if (comma < 0 && startTok.n === 'as' && c0 === s0 + 1 + (toks[s0 + 1]?.n === 'the' ? 1 : 0) && (ctx.persons.some((p) => p.t0 === c1) || EN.PRONOUNS.has(toks[c1]?.n ?? ''))) comma = c1 - 1;
    const noNameBefore = !ctx.persons.some((p) => p.t0 < c0 && !p.pronoun);
    if (comma > 0 && noNameBefore && (startTok.n === 'as' || toks.slice(sent.t0, c0).some((t) => EN.POSSESSIVE_PRONOUNS.has(t.n)))) {
      // The main clause's subject: the first name or "he"/"his" after the comma ("As General
      // Secretary, he outmanoeuvred Trotsky": he, not Trotsky). A "he" that refers to no one binds no one.
      let k = comma + 1;
      while (k < sent.t1 && (ctx.mentionAt[k] < 0 || ctx.mentions[ctx.mentionAt[k]].entity.kind !== 'person') && !EN.PRONOUNS.has(toks[k].n)) k++;
      const main = ctx.persons.find((p) => p.t0 === k);
      if (k < sent.t1 && (main || EN.PRONOUNS.has(toks[k].n))) return main ? { persons: [main], bind: 'intro' } : undefined;
    }
  }
  // f2. Opening participle: "Having led the right wing, Trotsky …", "Chairing Sovnarkom, Tomsky …",
  // "Backed by the Red Army, Tomsky …": the main clause's subject, named right after the phrase's comma.
  if (startTok && clause === clauseOf(ctx, sent.t0) && !ctx.persons.some((p) => p.t0 < c0) && openingParticiple(ctx)) {
    let comma = -1;
    for (let k = c1; k < sent.t1 && comma < 0; k++) if (toks[k].n === ',' && ctx.paren[k] === 0) comma = k;
    const main = comma > 0 ? ctx.persons.find((p) => p.t0 === comma + 1 && !p.pronoun && !isPossessivePerson(ctx, p)) : undefined;
    if (main) return { persons: groupMembers(ctx, ctx.persons.indexOf(main)), bind: 'intro' };
  }
  // "… than Stalin did as General Secretary": the role is the man's before "did as".
  if (toks[c0 - 1]?.n === 'as' && AS_DID.has(toks[c0 - 2]?.n ?? '')) {
    const p = ctx.persons.find((q) => q.t1 === c0 - 2 && !q.pronoun && !isPossessivePerson(ctx, q));
    if (p) return { persons: [p], bind: 'nearest' };
  }
  // g. Succession: "X succeeded Y as head of …".
  // "Lenin was succeeded as Chairman of Sovnarkom by Rykov": the man after "by".
  if (toks[c0 - 1]?.n === 'as' && EN.SUCCESSION_VERBS.has(toks[c0 - 2]?.n ?? '') && ['was', 'were', 'been'].includes(toks[c0 - 3]?.n ?? '')) {
    for (let k = c1; k < Math.min(sent.t1, c1 + 5); k++) {
      if (toks[k].n !== 'by') continue;
      const pi = ctx.persons.findIndex((p) => p.t0 === k + 1 && !p.pronoun && !isPossessivePerson(ctx, p));
      if (pi >= 0) return { persons: groupMembers(ctx, pi), bind: 'succession' };
      break;
    }
  }
  if (toks[c0 - 1]?.n === 'as') {
    const objIdx = ctx.persons.findIndex((p) => p.t1 === c0 - 1);
    if (objIdx >= 0) {
      const verb = toks[ctx.persons[objIdx].t0 - 1];
      if (verb && EN.SUCCESSION_VERBS.has(verb.n)) {
        const subj = [...ctx.persons].reverse().find((p) => p.t1 <= ctx.persons[objIdx].t0 - 1 && clauseOf(ctx, p.t0) === clause && !isPossessivePerson(ctx, p));
        if (subj) return { persons: [subj], bind: 'succession' };
        return undefined;
      }
    }
  }
  // "Stalin was calling them Right Deviationists": the name is given to the object, not the subject.
  {
    let b = c0 - 1;
    while (b > sent.t0 && (toks[b].n === 'a' || toks[b].n === 'the' || OBJECT_COMPLEMENT_PREPS.has(toks[b].n))) b--;
    if (toks[b]?.n === 'them') return undefined;
  }
  // "Bukharin disagreed with the left, who wanted to end NEP": a relative clause about a group named before it.
  for (let k = c0 - 1; k > sent.t0 && k >= c0 - 6; k--) {
    if (toks[k].n !== 'who' && toks[k].n !== 'which') continue;
    const j = toks[k - 1]?.n === ',' ? k - 2 : k - 1;
    const mi = ctx.mentionAt[j];
    if (mi >= 0 && ctx.mentions[mi].entity.kind === 'faction') return undefined;
    break;
  }
  // "Stalin attacked Bukharin for wanting to keep NEP", "Trotsky was attacked by Bukharin for wanting …":
  // the man blamed, not the one blaming.
  {
    let f = c0 - 1;
    if (toks[f]?.w && toks[f].n.endsWith('ing') && toks[f].n.length > 4) f--;
    if (toks[f]?.n === 'for') {
      for (let v = f - 1; v > sent.t0 && v >= f - 6; v--) {
        if (!BLAMING.has(toks[v].n)) continue;
        if (toks[v + 1]?.n === 'by') {
          const subj = [...ctx.persons].reverse().find((p) => p.t1 <= v && !isPossessivePerson(ctx, p) && clauseOf(ctx, p.t0) === clause);
          return subj ? { persons: [subj], bind: 'passive' } : undefined;
        }
        const obj = ctx.persons.findIndex((p) => p.t0 === v + 1 && !isPossessivePerson(ctx, p));
        return obj >= 0 ? { persons: groupMembers(ctx, obj), bind: 'nearest' } : undefined;
      }
    }
  }
  // h. Nearest name before the cue in the same clause (skipping appositives, brackets and possessives).
  for (let pi = ctx.persons.length - 1; pi >= 0; pi--) {
    const p = ctx.persons[pi];
    if (p.t1 > c0) continue;
    if (clauseOf(ctx, p.t0) !== clause) continue;
    if (ctx.paren[p.t0] !== ctx.paren[c0]) continue;
    if (ctx.appos[p.t0] !== -1 && ctx.appos[p.t0] !== ctx.appos[c0]) continue;
    // "…, and Bukharin's allies sat on the right": the subject is the men the name has, and no one named.
    if (isPossessivePerson(ctx, p) && PEOPLE_OF.has(toks[possessiveEnd(toks, p)]?.n ?? '')) return undefined;
    if (isPossessivePerson(ctx, p)) continue;
    if (ctx.quoted[p.t0] && !ctx.quoted[c0]) continue;
    // "… attacked Stalin, forming the New Opposition": the participle's subject is further left.
    if (toks[p.t1]?.n === ',' && p.t1 + 1 < c0 && participleAfterObject(ctx, pi, p.t1)) continue;
    // "Kamenev, not Stalin, was General Secretary": the name denied is passed over for the one before it.
    if (toks[p.t0 - 1]?.n === 'not' && toks[p.t0 - 2]?.n === ',' && toks[p.t1]?.n === ',' && ctx.persons.some((q) => q.t1 === p.t0 - 2 && !q.pronoun)) continue;
    // "The left opposed X, which Stalin had proposed, and championed Y": a relative clause's subject, once
    // ", and" has gone back to the main clause, is not the subject.
    if (['which', 'that', 'whom'].includes(toks[p.t0 - 1]?.n ?? '') && toks.slice(p.t1, c0).some((t, j) => t.n === 'and' && toks[p.t1 + j - 1]?.n === ',')) continue;
    // "Stalin sided with the right while Bukharin was useful, then ended NEP": nor is a subordinate clause's,
    // once ", then" or ", and" has gone back to the main clause.
    if (SUBORDINATORS.has(toks[p.t0 - 1]?.n ?? '') && toks.slice(p.t1, c0).some((t, j) => (t.n === 'then' || t.n === 'and') && toks[p.t1 + j - 1]?.n === ',')) continue;
    const prev = toks[p.t0 - 1]?.n;
    const group = groupMembers(ctx, pi);
    const end = group[group.length - 1].t1;
    // "Stalin defeated Zinoviev, and he defended …": a "he" between, left unresolved, is the subject; it is not the name.
    // So is a wing, office or body that opens a clause between ("Bukharin wanted NEP, and the left wing wanted it ended").
    for (let k = end; k < c0; k++) {
      if ((toks[k].n === 'he' || toks[k].n === 'she' || toks[k].n === 'they') && !ctx.persons.some((q) => q.t0 === k)) return undefined;
      // (And an unknown object before an infinitive: "Lenin chose him to lead the Cheka".)
      if ((toks[k].n === 'him' || toks[k].n === 'her' || toks[k].n === 'them') && toks[k + 1]?.n === 'to' && !ctx.persons.some((q) => q.t0 === k)) return undefined;
      // (And a clause of a man the pack does not know: "Kirov took over Leningrad, Uglanov ran Moscow".)
      if ((toks[k].n === ',' || toks[k].n === 'and' || toks[k].n === 'while' || toks[k].n === 'whereas') && unknownSubjectAt(ctx, k + 1, c0)) return undefined;
      // (And a clause spliced on with a comma: "Stalin was leader, the opponents were the right".)
      if (toks[k].n === ',' && toks[k + 1]?.n === 'the' && ctx.mentionAt[k + 2] < 0) {
        let j = k + 2;
        while (j < c0 && j < k + 5 && toks[j].w && !FINITE.has(toks[j].n) && ctx.mentionAt[j] < 0 && !EN.PREPOSITIONS.has(toks[j].n) && !EN.CLAUSE_WORDS.has(toks[j].n)) j++;
        if (j > k + 2 && j < c0 && FINITE.has(toks[j].n) && toks[j].n !== 'wanted' && toks[j].n !== 'needed') return undefined;
      }
      const mi = ctx.mentionAt[k];
      if (mi >= 0 && ctx.mentions[mi].t0 === k && ctx.mentions[mi].entity.kind !== 'person' && ctx.mentions[mi].t1 <= c0 && subjectOfOwnClause(ctx, k)) return undefined;
    }
    // "Stalin defeated Trotsky and remained General Secretary": after a verb's object, "and" and
    // another verb go on with the clause's subject (past "then" or "later": "Zinoviev backed Stalin
    // and then led the New Opposition", "…, then ended NEP").
    // (Or with the role the next verb is done in: "Trotsky joined Lenin and as chairman of the Petrograd Soviet organised the rising".)
    const andAt = toks[end]?.n === ',' && toks[end + 1]?.n === 'and' ? end + 1 : end;
    const asRole = toks[andAt]?.n === 'and' && toks[andAt + 1]?.n === 'as' && c0 <= andAt + 3;
    // (Or a phrasal verb's object: "broke with Stalin and Bukharin and formed the New Opposition".)
    const before = toks[group[0].t0 - 1];
    const objectOf = !!before && ((verbLike(before) && !EN.PREPOSITIONS.has(before.n)) || (EN.PREPOSITIONS.has(before.n) && PHRASAL_WITH.has(before.n) && verbLike(toks[group[0].t0 - 2])));
    if (group[0].t0 > ctx.sent.t0 && objectOf && (asRole || goesOnWithVerb(toks, end, c0, ctx))) continue;
    // "Zinoviev and Kamenev challenged Stalin as the New Opposition", "fought Stalin alone as the New Opposition":
    // a group named after "as the" is the subject's.
    const asAt = OBJECT_ADVERBS.has(toks[end]?.n ?? '') ? end + 1 : end;
    if (prev && toks[p.t0 - 1].w && !isCapitalised(toks[p.t0 - 1]) && !EN.PREPOSITIONS.has(prev) && !EN.DETERMINERS.has(prev) && !['and', 'or', 'but', 'nor'].includes(prev) && toks[asAt]?.n === 'as' && toks[asAt + 1]?.n === 'the' && c0 === asAt + 2 && ctx.mentionAt[c0] >= 0 && ctx.mentions[ctx.mentionAt[c0]].entity.kind === 'faction') continue;
    // "Trotsky fought Stalin in the United Opposition", "challenged Stalin in 1925 as leaders of the
    // New Opposition": the man fought is the object; what the clause goes on to say is the subject's.
    // (Not "as": "Lenin criticised Stalin as General Secretary" is Stalin's post.)
    if (prev && EN.NOT_MEMBERSHIP.has(prev) && !EN.PREPOSITIONS.has(prev) && ['in', 'within', 'inside', 'at'].includes(toks[end]?.n ?? '')) continue;
    // "Trotsky led the left, with Stalin in the middle", "with Trotsky as War Commissar", "with Tomsky
    // running the trade unions": a cue in a "with" phrase is the man's after "with".
    // (Not company kept: "Tomsky sat with Trotsky on the left" puts both there.)
    if (prev === 'with' && group[0] === p && absoluteWith(ctx, p.t0 - 1) && withPhrase(ctx, end, c0)) return { persons: group, bind: 'nearest' };
    // Names after a preposition of comparison or company are not the subject ("unlike X", "with X").
    // (A list's last name too, by the word before its first: "turned against Stalin and Bukharin, attacking …".)
    // (Not "of": "the New Opposition of Zinoviev and Kamenev came out for …" is theirs.)
    const listPrev = group[0] !== p && group[group.length - 1] === p ? toks[group[0].t0 - 1]?.n : undefined;
    if ((prev && ['unlike', 'like', 'than', 'with', 'against', 'to', 'from', 'about', 'over', 'on', 'between', 'among', 'beside', 'besides', 'including', 'of', 'for', 'alongside', 'without', 'behind'].includes(prev) && group[0] === p) || (listPrev && ['unlike', 'than', 'against', 'to', 'from', 'over', 'between', 'among', 'without', 'behind'].includes(listPrev))) {
      // Only the subject of the clause counts: keep looking to the left.
      continue;
    }
    // "Stalin defeated the man who had commanded the Red Army": the cue is in a relative clause
    // about someone else.
    for (let k = p.t1 + 1; k < c0; k++) {
      if ((toks[k].n === 'who' || toks[k].n === 'whom') && toks[k - 1].w && ctx.mentionAt[k - 1] < 0) return undefined;
      // "Stalin sided with Bukharin who was on the right": a relative clause with no comma is about the name before it.
      if (toks[k].n === 'who' && ctx.mentionAt[k - 1] >= 0) {
        const q = ctx.persons.find((x) => x.t1 === k && !x.pronoun && !isPossessivePerson(ctx, x));
        if (q) return { persons: [q], bind: 'nearest' };
      }
    }
    return { persons: group, bind: group.length > 1 ? 'list' : 'nearest' };
  }
  // "Bukharin led not the right but the left": the subject of the "not" clause.
  {
    const prev = notButClause(ctx, c0);
    if (prev >= 0) {
      let j = c0;
      while (j > sent.t0 && clauseOf(ctx, j) !== prev) j--;
      const b = bindSubject(ctx, j, j + 1, opts);
      if (b) return b;
    }
  }
  if (opts.allowAfter) {
    const p = ctx.persons.find((q) => q.t0 >= c1 && clauseOf(ctx, q.t0) === clause && !isPossessivePerson(ctx, q));
    if (p) return { persons: [p], bind: 'nearest' };
  }
  // i. A name in brackets' owner: "Tomsky (left wing) headed the trade unions".
  if (ctx.paren[c0] > 0) {
    let open = c0 - 1;
    while (open > sent.t0 && toks[open].n !== '(') open--;
    const p = ctx.persons.find((q) => q.t1 === open && !q.pronoun && !isPossessiveAt(toks, q.t1));
    // Only a description opening the brackets ("(left wing)", "(the General Secretary)"), not "(Trotsky, Zinoviev)".
    // ("(head of Sovnarkom and a left-winger)": a short list of descriptions, naming no one and with no verb.)
    let inside = toks[open]?.n === '(' && c0 - open <= 8;
    for (let k = open + 1; k < c0 && inside; k++) inside = (toks[k].w || toks[k].n === ',') && !FINITE.has(toks[k].n) && !(ctx.mentionAt[k] >= 0 && ctx.mentions[ctx.mentionAt[k]].entity.kind === 'person');
    if (p && inside && !sideOfTwo(ctx, p)) return { persons: [p], bind: 'copular' };
  }
  // j. A note's label: "Tomsky: left wing.", "Kamenev - chairman of the Moscow Soviet." (the name opens the line).
  {
    let k = sent.t0;
    while (k < c0 && isItemMark(toks[k])) k++;
    const p = ctx.persons.find((q) => q.t0 === k && !q.pronoun && !isPossessiveAt(toks, q.t1));
    // Each item after a ";" is the label's too ("Rykov -- supported NEP; left wing"); a clause begun otherwise is not.
    let sameEntry = !!p && p.t1 < c0;
    // (An item is a bare phrase: "; left wing", "; supported NEP"; not "; but the left wing hated him".)
    for (let j = (p?.t1 ?? 0) + 2; j <= c0 && sameEntry; j++) {
      if (toks[j - 1].n === ';' && (ENTRY_OPENERS_NOT.has(toks[j].n) || EN.CLAUSE_WORDS.has(toks[j].n))) sameEntry = false;
      else if (clauseOf(ctx, j) !== clauseOf(ctx, j - 1) && toks[j - 1].n !== ';' && toks[j].n !== ';') sameEntry = false;
    }
    if (p && labelSepAt(toks, p.t1) && sameEntry && !ctx.persons.some((q) => q.t0 > p.t1 && q.t0 < c0)) {
      return { persons: [p], bind: 'copular' };
    }
  }
  return undefined;
}

/** Is the claim between the person and the cue negated? */
function negated(ctx: Ctx, persons: PersonRef[], c0: number, c1: number): boolean {
  const { toks } = ctx;
  if (persons.some((p) => personNegated(ctx, p))) return true;
  const clause = clauseOf(ctx, c0);
  const firstP = Math.min(...persons.map((p) => p.t0));
  const lastP = Math.max(...persons.map((p) => p.t1));
  // A clause that opens with a denial, before the person: "Nor did he lead the right", "Few would call Bukharin a left-winger".
  {
    let k = firstP - 1;
    while (k >= ctx.sent.t0 && clauseOf(ctx, k) === clause && k >= firstP - 4 && toks[k].w) k--;
    const first = toks[k + 1];
    if (k + 1 < firstP && first && EN.CLAUSE_NEGATORS.has(first.n) && !(first.n === 'not' && toks[k + 2]?.n === 'only') && !(first.n === 'few' && toks[k]?.n === 'a') && (k < ctx.sent.t0 || !toks[k].w)) return true;
    // (A denying subject after an opening time: "But by the mid-1920s nobody would have placed him on the left".)
    for (let j = firstP - 1; j >= Math.max(ctx.sent.t0, firstP - 4); j--) {
      if (!toks[j].w || EN.CLAUSE_WORDS.has(toks[j].n)) break;
      // ("A few years later Trotsky …": "a few" is some, not few.)
      if (toks[j].n === 'nobody' || (toks[j].n === 'few' && toks[j - 1]?.n !== 'a') || (toks[j].n === 'one' && toks[j - 1]?.n === 'no')) return true;
    }
  }
  const from = lastP <= c0 ? lastP : Math.max(ctx.sent.t0, c0 - 4);
  let denied = false;
  for (let k = from; k < c0; k++) {
    if (clauseOf(ctx, k) !== clause && lastP <= c0) continue;
    const t = toks[k];
    // A coordinate clause starts after ", and" or ", but": a denial before it is the earlier clause's
    // ("Trotsky would not fight, and he was removed as War Commissar in 1927").
    if ((t.n === ',' || t.n === ';') && ['and', 'but', 'yet', 'so'].includes(toks[k + 1]?.n ?? '')) {
      denied = false;
      continue;
    }
    if (isNegator(toks, k)) {
      // "not only" is not a negation.
      if (t.n === 'not' && toks[k + 1]?.n === 'only') continue;
      // Nor ", not Stalin," set between the man and what he did: it denies the other name.
      if (t.n === 'not' && toks[k - 1]?.n === ',' && ctx.persons.some((q) => q.t0 === k + 1 && !q.pronoun && toks[q.t1]?.n === ',')) continue;
      if (t.n === 'no' && toks[k + 1]?.n === 'doubt') continue;
      denied = true;
    }
  }
  if (denied) return true;
  // "Stalin won, but not because he commanded the Red Army", "won without commanding the Red Army".
  for (let k = Math.max(ctx.sent.t0, firstP - 3); k < firstP; k++) if (toks[k].n === 'not' && ['because', 'since', 'that', 'as'].includes(toks[k + 1]?.n ?? '')) return true;
  if (toks[c0 - 1]?.n === 'without') return true;
  // "rather than X", "instead of X": between the person and the cue, or close before the cue.
  for (let k = Math.max(ctx.sent.t0, Math.min(c0 - 3, lastP <= c0 ? lastP : c0 - 3)); k < c0; k++) {
    const a = toks[k].n;
    const b = toks[k + 1]?.n;
    if ((a === 'rather' && b === 'than') || (a === 'instead' && b === 'of') || (a === 'far' && b === 'from') || (a === 'other' && b === 'than') || (a === 'as' && b === 'opposed' && toks[k + 2]?.n === 'to')) return true;
  }
  // "Trotsky was General Secretary neither before nor after 1924": a "neither … nor" after the cue denies it.
  for (let k = c1; k < ctx.sent.t1 && clauseOf(ctx, k) === clause; k++) {
    if (toks[k].n !== 'neither') continue;
    for (let j = k + 1; j < ctx.sent.t1; j++) if (toks[j].n === 'nor') return true;
  }
  // Person after the cue (passive / copular): negation between cue and person.
  if (firstP >= c1) {
    for (let k = c1; k < firstP; k++) if (isNegator(toks, k)) return true;
  }
  return false;
}

const UNAPOSTROPHISED = new Set(['wasnt', 'werent', 'didnt', 'isnt', 'arent', 'hadnt', 'hasnt', 'doesnt', 'dont', 'wouldnt', 'couldnt', 'shouldnt', 'wont', 'cant', 'never']);
function isNegator(toks: Token[], k: number): boolean {
  const t = toks[k];
  if (!t.w) return false;
  if (EN.NEGATORS.has(t.n)) {
    if (t.n === 'longer') return toks[k - 1]?.n === 'no';
    // "a little support" is some support; "little support" is hardly any.
    if (t.n === 'little') return toks[k - 1]?.n !== 'a';
    return true;
  }
  // didn't, wasn't: tokens "didn", "'", "t"; written without the apostrophe ("wasnt", "didnt") or with it misplaced ("did'nt").
  if (t.n === 't' && toks[k - 1]?.n === "'" && /n$/.test(toks[k - 2]?.n ?? '')) return true;
  if (t.n === 'nt' && toks[k - 1]?.n === "'") return true;
  return UNAPOSTROPHISED.has(t.n);
}

/** Reported speech and misconceptions: claims after a reporting cue are not the writer's. */
/** Verbs of attack: "X denounced Y as a leftist" reports Y's faction as X's charge. */
const ATTACK_VERBS = new Set(['attacked', 'denounced', 'condemned', 'branded', 'dismissed', 'accused', 'portrayed', 'painted', 'cast', 'smeared']);
/** Verbs of a speech tag that follows the words reported ("…, my opponents say."). */
const TAG_VERBS = new Set(['say', 'says', 'said', 'claim', 'claims', 'claimed', 'insist', 'insists', 'insisted', 'argue', 'argues', 'argued', 'believe', 'believes', 'think', 'thinks', 'write', 'writes', 'wrote', 'allege', 'alleges', 'alleged', 'suggest', 'suggests', 'maintain', 'maintains']);
/** Adverbs by which the writer vouches for what someone says: "You rightly explain that …". */
const ENDORSING = new Set(['rightly', 'correctly', 'accurately']);
/** Gerunds that name someone something: "Calling Rykov a left-winger" (a list of errors), "describing Trotsky as …". */
const NAMING = new Set(['calling', 'naming', 'describing', 'labelling', 'labeling', 'branding', 'dubbing', 'casting', 'depicting', 'presenting', 'portraying', 'confusing', 'mistaking']);
/** Is token k the "=" of an abbreviation's definition ("GS = …")? */
function abbreviationAt(toks: Token[], k: number): boolean {
  return toks[k]?.n === '=' && /^[A-Z][A-Za-z]{0,4}$/.test(toks[k - 1]?.t ?? '');
}

/** Does the sentence define two or more abbreviations ("T = Trotsky, GS = General Secretary")? */
function abbrKey(ctx: Ctx): boolean {
  let n = 0;
  for (let k = ctx.sent.t0 + 1; k < ctx.sent.t1; k++) if (abbreviationAt(ctx.toks, k)) n++;
  return n >= 2;
}

/**
 * Is p (or the list of names it ends) the other side of a sentence of two sides ("Zinoviev and Kamenev
 * against Stalin and Bukharin (the New Opposition)")? A label in brackets after it may name either side, or the quarrel.
 */
function sideOfTwo(ctx: Ctx, p: PersonRef): boolean {
  const pi = ctx.persons.indexOf(p);
  let first = pi;
  while (first > 0 && ctx.group[first - 1] === ctx.group[pi]) first--;
  const k = ctx.persons[first].t0 - 1;
  const before = ctx.toks[k]?.n ?? '';
  // (After "against" or "with", or as a verb's object: "Zinoviev and Kamenev turn on Stalin (New Opposition)".)
  const other = ['against', 'versus', 'vs', 'v', 'with'].includes(before) || (before === 'on' && !!ctx.toks[k - 1]?.w && !isCapitalised(ctx.toks[k - 1])) || (verbLike(ctx.toks[k]) && !EN.PREPOSITIONS.has(before));
  return other && ctx.persons.slice(0, first).some((q) => !q.pronoun && !isPossessivePerson(ctx, q));
}

/** Words that open a subordinate clause before its subject: "while Bukharin was useful". */
const SUBORDINATORS = new Set(['while', 'whilst', 'when', 'because', 'although', 'though', 'since', 'whereas', 'once', 'until', 'if', 'unless']);

/** Adverbs between a verb's object and what the clause goes on to say of its subject: "fought Stalin alone as …". */
const OBJECT_ADVERBS = new Set(['alone', 'together', 'jointly', 'openly', 'again', 'directly', 'publicly', 'bitterly', 'fiercely']);

/** Words in brackets that set what follows beside the sentence rather than state it. */
const ASIDE_WORDS = new Set(['compare', 'cf', 'vs', 'versus', 'v', 'see', 'contrast', 'unlike', 'not', 'nor', 'rather', 'instead']);

/** Verbs that report only with "that" after them, or before the man ("you put that X …", "my friend reckons X …"). */
const REPORT_WITH_THAT = new Set(['say', 'says', 'said', 'write', 'writes', 'wrote', 'written', 'think', 'thinks', 'thought', 'believe', 'believes', 'believed', 'tell', 'tells', 'told', 'telling', 'put', 'puts', 'state', 'states', 'stated', 'mention', 'mentions', 'mentioned', 'reckon', 'reckons', 'reckoned']);
const ONLY_WITH_THAT = new Set(['put', 'puts', 'state', 'states', 'stated', 'mention', 'mentions', 'mentioned']);
const CALLING = new Set(['called', 'call', 'calls', 'dubbed', 'dub', 'dubs', 'termed', 'term', 'terms']);
const REPORT_WORDS = new Set([...EN.REPORTING, ...CALLING, ...EN.VIEW_VERBS, ...REPORT_WITH_THAT, 'according', 'so', ...ATTACK_VERBS, ...NAMING]);

function reported(ctx: Ctx, persons: PersonRef[], c0: number, kind: CheckCode): boolean {
  const { toks, sent } = ctx;
  if (ctx.reportAt === undefined) {
    ctx.reportAt = [];
    for (let k = ctx.ownFrom ?? sent.t0; k < sent.t1; k++) if (REPORT_WORDS.has(toks[k].n)) ctx.reportAt.push(k);
  }
  if (!ctx.reportAt.length) return false;
  const firstP = Math.min(...persons.map((p) => p.t0));
  for (const k of ctx.reportAt) {
    const t = toks[k];
    if (!t.w) continue;
    // "NEP was attacked by Bukharin" is the passive stance itself, not a report of someone's words.
    if (kind === 'stance' && ATTACK_VERBS.has(t.n) && toks[k + 1]?.n === 'by') continue;
    const according = t.n === 'according' && toks[k + 1]?.n === 'to';
    // "called X a traitor" names; "called for" demands.
    // ("Some call Bukharin a man of the left", "Your reviewer calls Trotsky the General Secretary".)
    const called = ((CALLING.has(t.n) && k > sent.t0) || (NAMING.has(t.n) && clauseOf(ctx, k) === clauseOf(ctx, c0))) && toks[k + 1]?.n !== 'for' && toks[k + 1]?.n !== 'on';
    const soCalled = t.n === 'so' && toks[k + 1]?.n === '-' && toks[k + 2]?.n === 'called';
    const attackedAs = ATTACK_VERBS.has(t.n);
    let isReport = EN.REPORTING.has(t.n) || according || called || soCalled || attackedAs;
    // "said" and "told" report only with "that" ("told the peasants to …" is the speaker's own words).
    if (REPORT_WITH_THAT.has(t.n)) {
      // (Past an aside between commas: "The chapter states, on page 48, that …".)
      let aside = -1;
      if (toks[k + 1]?.n === ',') for (let j = k + 2; j < Math.min(sent.t1, k + 10) && aside < 0; j++) if (toks[j].n === ',') aside = j;
      const that = toks.slice(k + 1, k + 4).some((x) => x.n === 'that') || (aside > 0 && toks[aside + 1]?.n === 'that');
      // ("put", "state" and "mention" only with "that": "Stalin first put forward …", "the state".)
      isReport = that || (kind !== 'authorship' && k < firstP && !ONLY_WITH_THAT.has(t.n));
    }
    // A speech tag after the words: "Stalin was a man of the left, my opponents say."
    // (Or inverted: "…, said Trotsky.")
    if (k > c0 && kind !== 'authorship' && TAG_VERBS.has(t.n)) {
      const ends = (i: number): boolean => !toks[i] || ['.', '!', '?', ';'].includes(toks[i].n);
      let j = k - 1;
      while (j > c0 && toks[j].w && k - j <= 4) j--;
      if (ends(k + 1) && toks[j]?.n === ',' && j < k - 1) return true;
      let e = k + 1;
      while (e < sent.t1 && toks[e].w && e - k <= 3) e++;
      // (Not "…, said so.": "so" is what was said, not who said it.)
      if (toks[k - 1]?.n === ',' && e > k + 1 && ends(e) && toks[k + 1].n !== 'so') return true;
    }
    // "…, according to Liam." reports as "According to Liam, …" does.
    if (according && k > c0 && (toks[k - 1]?.n === ',' || toks[k - 1]?.n === '(')) return true;
    const view = EN.VIEW_VERBS.has(t.n) && toks.slice(k + 1, k + 4).some((x) => x.n === 'that');
    if (!isReport && !view) continue;
    // "You rightly explain that …": the writer vouches for what is reported.
    if (ENDORSING.has(toks[k - 1]?.n ?? '')) continue;
    // "Stalin feared Bukharin, who commanded the Red Army": the feared man's relative clause is the writer's.
    const obj = ctx.persons.find((p) => p.t0 === k + 1 && !p.pronoun);
    if (obj && toks[obj.t1]?.n === ',' && ['who', 'whose'].includes(toks[obj.t1 + 1]?.n ?? '') && persons.some((p) => p.ent.id === obj.ent.id) && ctx.appos[c0] >= 0 && ctx.persons[ctx.appos[c0]] === obj) continue;
    // The claim sits inside what is reported, unless a semicolon and a new subject end the report first
    // ("Some call him X; he led Y"; but "Common errors: treating X as …; giving Y …" goes on).
    if (k < firstP) {
      let ended = false;
      for (let j = k + 1; j < firstP && !ended; j++) ended = toks[j].n === ';' && ctx.persons.some((p) => p.t0 === j + 1);
      if (!ended) return true;
      continue;
    }
    if (k > firstP && k < c0) {
      if (view && (kind === 'stance' || kind === 'authorship')) continue; // the person's own view
      if (attackedAs && kind !== 'faction') continue;
      return true;
    }
  }
  return false;
}

function hypothetical(ctx: Ctx, c0: number, persons: PersonRef[]): boolean {
  const { toks } = ctx;
  // Inside a concession, which asserts nothing of its own: "Even if Trotsky led the right, he lost", "…, even if it was true".
  for (let k = ctx.sent.t0 + 1; k < c0; k++) if (toks[k].n === 'if' && toks[k - 1].n === 'even' && clauseOf(ctx, k) === clauseOf(ctx, c0)) return true;
  // Modal verbs between the person and the cue ("X might have lost his post as …").
  const from = Math.min(c0, ...persons.map((p) => p.t0));
  const to = Math.max(c0 + 1, ...persons.map((p) => p.t1));
  for (let k = from; k < to; k++) {
    const n = toks[k].n;
    if (EN.HYPOTHETICAL.has(n)) {
      if (n === 'could' && toks[k + 1]?.n !== 'have') continue;
      if (n === 'may' && isCapitalised(toks[k])) continue; // the month
      return true;
    }
  }
  return false;
}

/** Bodies, places and offices the sentence names outside the claim's own words (for choosing the fix). */
function thingsNamed(ctx: Ctx, c: Claim): string[] {
  if (!ctx.things) {
    ctx.things = [];
    for (let k = ctx.sent.t0; k < ctx.sent.t1; k++) {
      const mi = ctx.mentionAt[k];
      if (mi >= 0 && ctx.mentions[mi].t0 === k && THING_KINDS.has(ctx.mentions[mi].entity.kind)) ctx.things.push(ctx.mentions[mi]);
    }
  }
  const out: string[] = [];
  for (const m of ctx.things) if (m.entity.id !== c.target.id && !(m.s < c.e && m.e > c.s) && !out.includes(m.entity.id)) out.push(m.entity.id);
  return out;
}
const THING_KINDS = new Set(['body', 'place', 'office']);

function others(ctx: Ctx, persons: PersonRef[]): Entity[] {
  const out: Entity[] = [];
  for (const p of ctx.persons) if (!persons.some((q) => q.ent.id === p.ent.id)) out.push(p.ent);
  return out;
}

/**
 * "once War Commissar", "formerly", "who had been", "had commanded": the words before a cue in
 * its own clause put it before the time the sentence speaks of.
 */
const EARLIER = new Set(['once', 'formerly', 'previously', 'earlier', 'originally', 'youth', 'young', 'before', 'former', 'erstwhile', 'onetime', 'sometime']);
const PLUPERFECT = new Set(['been', 'led', 'held', 'built', 'won', 'made', 'taken', 'become', 'run', 'fought', 'lost', 'begun', 'had', 'sat', 'stood', 'written', 'given', 'chosen', 'spoken', 'risen']);
/** Words that put a cue after the time the sentence speaks of: "later head of government". */
const LATER_ON = new Set(['later', 'subsequently', 'eventually', 'afterwards', 'afterward', 'ultimately', 'future']);

/**
 * Is "later" (or the like) among the cue's own words (not an appositive or bracket it is outside of)
 * from k0, with no year of its own after it ("Later, in 1926, …" is 1926)?
 */
function laterBefore(ctx: Ctx, k0: number, cue: number): boolean {
  const { toks } = ctx;
  for (let k = k0; k < cue; k++) {
    // (And a "then" that moves on to the next thing done: "… until 1927 and then ended NEP", "…, then ended NEP".)
    const next = (toks[k].n === 'then' || toks[k].n === 'next') && (toks[k - 1]?.n === 'and' || toks[k - 1]?.n === ',') && k > k0 && verbLike(toks[k + 1]);
    if (ctx.appos[k] !== ctx.appos[cue] || ctx.paren[k] !== ctx.paren[cue] || !(LATER_ON.has(toks[k].n) || next)) continue;
    return !ctx.times.some((t) => t.t0 > k && t.t0 < cue);
  }
  return false;
}

/** 'word' for a word of an earlier time ("once", "began on"), 'pluperfect' for "had been", else undefined. */
function earlierAt(ctx: Ctx, k0: number, cue: number): 'word' | 'pluperfect' | undefined {
  const { toks } = ctx;
  for (let k = k0; k < cue; k++) {
    // Only the cue's own words: not an appositive or bracket it is outside of ("Bukharin, once a Left Communist, led …").
    if (ctx.appos[k] !== ctx.appos[cue] || ctx.paren[k] !== ctx.paren[cue]) continue;
    const n = toks[k].n;
    // ("the former" as a man is no time: "Of Trotsky and Bukharin, the former led the left".)
    if (EARLIER.has(n) && !(n === 'former' && toks[k - 1]?.n === 'the' && ctx.persons.some((p) => p.t0 === k - 1 && p.pronoun))) return 'word';
    // "began on the far left", "started out as a left-winger", "at first stood on the left": where he began, before the period.
    if ((n === 'began' || n === 'started') && ['on', 'out', 'as', 'in', 'life'].includes(toks[k + 1]?.n ?? '')) return 'word';
    if (n === 'initially' || (n === 'first' && toks[k - 1]?.n === 'at')) return 'word';
    if (n === 'had' || n === "'d") {
      let j = k + 1;
      if (toks[j]?.n === 'once' || toks[j]?.n === 'long' || toks[j]?.n === 'already' || toks[j]?.n === 'previously') j++;
      const v = toks[j];
      // ("had once been": the word of an earlier time says more than the tense.)
      if (v && v.w && (PLUPERFECT.has(v.n) || (v.n.length > 4 && v.n.endsWith('ed')))) return EARLIER.has(toks[j - 1].n) ? 'word' : 'pluperfect';
    }
  }
  return undefined;
}

/**
 * "Zinoviev and Kamenev controlled Leningrad and Moscow respectively": the n-th name goes with the
 * n-th thing of the cue's kind in its clause (for a base, any place or body). The subject for the
 * claim at `k`, or undefined when the names and the things do not pair up.
 */
function respectively(ctx: Ctx, code: CheckCode, subjects: PersonRef[], k: number): PersonRef | undefined {
  const mi = ctx.mentionAt[k];
  if (mi < 0) return undefined;
  const kind = ctx.mentions[mi].entity.kind;
  const sameKind = (other: string): boolean => other === kind || (code === 'power-base' && BASE_KINDS.has(other) && BASE_KINDS.has(kind));
  const clause = clauseOf(ctx, k);
  const things: number[] = [];
  for (let j = ctx.sent.t0; j < ctx.sent.t1; j++) {
    const m = ctx.mentionAt[j];
    if (m >= 0 && (j === ctx.sent.t0 || ctx.mentionAt[j - 1] !== m) && sameKind(ctx.mentions[m].entity.kind) && clauseOf(ctx, j) === clause) things.push(m);
  }
  const pi = ctx.persons.findIndex((p) => p.t0 === subjects[0].t0);
  const names = pi >= 0 ? groupMembers(ctx, pi) : subjects;
  const at = things.indexOf(mi);
  return names.length === things.length && at >= 0 ? names[at] : undefined;
}
const BASE_KINDS = new Set(['place', 'body']);

function push(ctx: Ctx, c: Omit<Claim, 'others' | 'time' | 'likened' | 'contrasted' | 'sentence' | 'readings' | 'things'> & { time?: TimeSpan; readings?: Entity[] }): void {
  if (ctx.respectively === undefined) {
    ctx.respectively = false;
    for (let k = ctx.sent.t0; k < ctx.sent.t1; k++) if (ctx.toks[k].n === 'respectively') ctx.respectively = true;
  }
  // The claim's first token (its words, for most claims; the verb, for some).
  const at = tokenAt(ctx, c.s);
  if (ctx.whetherAt !== undefined && at >= ctx.whetherAt) return;
  if (ctx.ownFrom !== undefined && at < ctx.ownFrom) return;
  // "B = Bukharin, GS = General Secretary": a key of abbreviations says what letters stand for, nothing of anyone.
  if (at >= 0 && (abbreviationAt(ctx.toks, at - 1) || (c.subjects.some((p) => abbreviationAt(ctx.toks, p.t0 - 1)) && abbrKey(ctx)))) return;
  // "Kamenev's base was Moscow (my friend said Leningrad)": words in brackets after a verb of saying are another's.
  // (So are words set beside them: "(compare Leningrad)", "(vs. Moscow for Kamenev)", "(see Leningrad)".)
  if (at >= 0 && ctx.paren[at] > 0) {
    for (let k = at - 1; k >= ctx.sent.t0 && ctx.paren[k] === ctx.paren[at] && ctx.toks[k].n !== '('; k--) if (REPORT_WITH_THAT.has(ctx.toks[k].n) || EN.REPORTING.has(ctx.toks[k].n) || ASIDE_WORDS.has(ctx.toks[k].n)) return;
  }
  // The thing the claim is about, for pairing names with things.
  const thingAt = (): number => {
    let k = at;
    while (k >= 0 && k < ctx.sent.t1 && ctx.mentionAt[k] < 0 && ctx.toks[k].s < c.e) k++;
    return k >= 0 && k < ctx.sent.t1 ? k : -1;
  };
  if (ctx.respectively) {
    const k = thingAt();
    const paired = k >= 0 ? respectively(ctx, c.code, c.subjects, k) : undefined;
    if (!paired) return;
    c.subjects = [paired];
  } else if (c.subjects.length >= 1 && !c.subjects[0].pronoun && c.code !== 'date' && c.code !== 'authorship' && c.code !== 'alliance') {
    // "Zinoviev's and Kamenev's bases were Leningrad and Moscow", "Trotsky and Bukharin led the left and
    // the right": as many names as things of one kind pair up in order even without "respectively"; read together ("between them they held both cities"),
    // the claim is also true when the thing is any of theirs.
    const pi = ctx.persons.findIndex((p) => p.t0 === c.subjects[0].t0);
    // (Most claims are about one man alone: no list, nothing to pair.)
    const listed = pi >= 0 && (ctx.group[pi - 1] === ctx.group[pi] || ctx.group[pi + 1] === ctx.group[pi]);
    const group = listed ? groupMembers(ctx, pi) : [];
    const k = listed ? thingAt() : -1;
    const paired = k >= 0 && group.length >= 2 && (c.subjects.length === 1 || c.subjects.length === group.length) ? respectively(ctx, c.code, c.subjects, k) : undefined;
    // (Views may be both men's: "Tomsky and Rykov wanted to end NEP and industrialise". Paired, a view
    // that holds is read so; else the claim stands as written.)
    if (paired && c.code === 'stance') (c as Claim).pairedWith = paired;
    else if (paired) {
      c.subjects = [paired];
      // (Owners are each their own: "Zinoviev's and Kamenev's bases were Moscow and Leningrad" is wrong.)
      // (Nor a wing: a man is in one at a time.)
      if (!isPossessivePerson(ctx, paired) && c.code !== 'faction') c.readings = group.filter((p) => p.ent.id !== paired.ent.id).map((p) => p.ent);
    }
  }
  let time = c.time;
  if (!time) {
    const clause = at >= 0 ? clauseBounds(ctx, at) : undefined;
    time = clause?.time;
    // Not a year in a relative clause after the claim (", where he had made his name in 1917").
    if (time && clause) {
      const own = clause.times.filter((t) => !inRelativeAfter(ctx, at, t.t0) && !inLaterPredicate(ctx, at, t.t0) && !pastOwnRelative(ctx, at, t.t0));
      if (own.length !== clause.times.length) time = spanOf(own);
    }
    if (!time && clause) {
      // The sentence's years up to the end of this clause ("In 1926 Zinoviev joined Trotsky");
      // not a year in a later clause ("Trotsky commanded the Red Army, but in 1926 he was powerless").
      let n = 0;
      while (n < ctx.times.length && ctx.times[n].t0 < clause.end && !inRelativeAfter(ctx, at, ctx.times[n].t0) && !inLaterPredicate(ctx, at, ctx.times[n].t0) && !pastOwnRelative(ctx, at, ctx.times[n].t0)) n++;
      time = n === ctx.times.length ? spanOf(ctx.times) ?? ctx.frame : n ? spanOf(ctx.times.slice(0, n)) : ctx.frame;
      // "After Kamenev's defeat in 1925, Bukharin gained support in Moscow": the main clause is from then on.
      const opener = ctx.toks[ctx.sent.t0].n;
      const openerOnly = time && n && at >= 0 && clauseOf(ctx, at) !== clauseOf(ctx, ctx.sent.t0) && ctx.times.slice(0, n).every((t) => clauseOf(ctx, t.t0) === clauseOf(ctx, ctx.sent.t0));
      if (openerOnly && (opener === 'after' || opener === 'following' || opener === 'once')) time = { from: time!.from, to: ctx.kb.period[1] };
      // "Before Stalin became General Secretary in 1922, Molotov had run the Secretariat": up to then.
      else if (openerOnly && (opener === 'before' || opener === 'until' || opener === 'till')) time = { from: -Infinity, to: opener === 'before' ? time!.from - 1 : time!.to };
    }
    // "Rykov ran industry before 1924, when he became chairman of Sovnarkom": a "when" right after a
    // time is at that time's own year, whatever "before" or "after" said of the clause before.
    if (clause && at >= 0) {
      let w = -1;
      for (let k = at - 1; k > Math.max(ctx.sent.t0, clause.start - 2) && w < 0; k--) {
        if (ctx.toks[k].n === 'when' && ctx.toks[k - 1]?.n === ',') w = k;
        else if (!ctx.toks[k].w) break;
      }
      const t = w >= 0 ? ctx.times.find((x) => x.t1 === w - 1) : undefined;
      const y = t ? yearOf(ctx.toks[t.t1 - 1]) : undefined;
      if (y !== undefined) time = { from: y, to: y };
    }
    // "Molotov had run the Secretariat before Stalin (before him)", "Rykov chaired Sovnarkom after Lenin":
    // a post held before or after another man's own term of it.
    if (clause && at >= 0 && c.code === 'office') {
      for (let k = at + 1; k < clause.end - 1; k++) {
        const n = ctx.toks[k].n;
        if (n !== 'before' && n !== 'after') continue;
        const q = ctx.persons.find((p) => p.t0 === k + 1 && !isPossessivePerson(ctx, p));
        if (!q || c.subjects.some((p) => p.ent.id === q.ent.id)) break;
        const terms = ctx.kb.factsAbout(q.ent.id).filter((f) => (f.rel === 'holds' || f.rel === 'controls') && f.what === c.target.id);
        if (!terms.length) break;
        const end = Math.max(...terms.map((f) => f.to));
        time = n === 'before' ? { from: -Infinity, to: Math.min(...terms.map((f) => f.from)) - 1 } : { from: end, to: Math.max(end, ctx.kb.period[1]) };
        break;
      }
    }
    // Words that put the claim earlier than the sentence's time ("In 1927 Trotsky, once War Commissar, …").
    // "…, and after Kamenev's defeat Bukharin gained support in Moscow": from then on.
    if (clause && time && at >= 0) {
      // The clause's first "after" that is not "after 1925", found once per clause.
      ctx.afterIn ??= [];
      let after = ctx.afterIn[clauseOf(ctx, at)];
      if (after === undefined) {
        after = -1;
        for (let k = clause.start; k < clause.end && after < 0; k++) if (ctx.toks[k].n === 'after' && yearOf(ctx.toks[k + 1]) === undefined && !monthOf(ctx.toks[k + 1])) after = k;
        ctx.afterIn[clauseOf(ctx, at)] = after;
      }
      if (after >= 0 && after < at) time = { from: time.from, to: ctx.kb.period[1] };
    }
    // But "had been Chairman since 1924" dates its own start.
    const since = !!clause && ctx.times.some((t) => t.t0 > at && t.t0 < clause.end && (ctx.toks[t.t0].n === 'since' || ctx.toks[t.t0 - 1]?.n === 'since'));
    const earlier = clause && !since ? earlierAt(ctx, apposStart(ctx, at) ?? clause.start, at) : undefined;
    if (earlier) {
      time = { from: -Infinity, to: time?.to ?? ctx.kb.period[1] };
      if (earlier === 'word') (c as Claim).earlier = true;
    }
    // "Molotov, later head of government", "Molotov later became …": on past the years of the struggle
    // (unless the clause gives its own time: "later, in 1926, …").
    else if (clause && laterBefore(ctx, apposStart(ctx, at) ?? clause.start, at)) time = { from: time?.from ?? ctx.kb.period[0], to: Infinity };
  }
  // People the sentence likens someone to ("like X", "as X"): the same for all its claims.
  // "as Trotsky did" likens too; "unlike Trotsky" contrasts.
  const { toks } = ctx;
  // "alongside X" keeps company; "like Rykov and Tomsky" likens both.
  if (!ctx.likened) {
    const likened: string[] = [];
    let prevLikened: PersonRef | undefined;
    for (const p of ctx.persons) {
      const before = toks[p.t0 - 1]?.n ?? '';
      const withCompany = before === 'with' && ['together', 'along', 'jointly'].includes(toks[p.t0 - 2]?.n ?? '');
      const direct = withCompany || comparedAs(toks, p) || (['like', 'as', 'alongside', 'beside'].includes(before) && !(before === 'as' && toks[p.t0 - 2]?.n !== 'just'));
      const listed = !!prevLikened && (before === 'and' || before === ',') && p.t0 - prevLikened.t1 === 1;
      prevLikened = direct || listed ? p : undefined;
      if (prevLikened) likened.push(p.ent.id);
    }
    ctx.likened = likened;
  }
  ctx.contrasted ??= ctx.persons.filter((p) => toks[p.t0 - 1]?.n === 'unlike').map((p) => p.ent.id);
  // Every caller passes a fresh object: complete it in place.
  const claim = c as Claim;
  claim.time = time;
  claim.others = others(ctx, c.subjects);
  claim.things = thingsNamed(ctx, claim);
  if (claim.subjects.length === 1) claim.namedTwice = ctx.persons.filter((p) => !p.pronoun && p.ent.id === claim.subjects[0].ent.id).length > 1;
  claim.likened = ctx.likened;
  claim.contrasted = ctx.contrasted;
  claim.sentence = ctx.si;
  ctx.claims.push(claim);
}

/** Is token k in a relative clause that follows the cue at `at` (", where he had made his name in 1917")? */
function inRelativeAfter(ctx: Ctx, at: number, k: number): boolean {
  if (at < 0 || k <= at) return false;
  // The first relative comma after the cue: does it come before k?
  const r = relativeCommas(ctx);
  const i = lastAtOrBefore(r, at);
  const next = r[i] > at ? r[i] : r[i + 1];
  return next !== undefined && next < k;
}

/** The sentence's relative commas (", who", ", whose", ", which"…), found once (a sentence may be a whole 1 MB line). */
function relativeCommas(ctx: Ctx): number[] {
  if (!ctx.relCommas) {
    ctx.relCommas = [];
    for (let j = ctx.sent.t0; j < ctx.sent.t1; j++) if (ctx.toks[j].n === ',' && ['where', 'which', 'who', 'whom', 'whose', 'when'].includes(ctx.toks[j + 1]?.n ?? '')) ctx.relCommas.push(j);
  }
  return ctx.relCommas;
}

/**
 * Is token k past the close of the relative clause the claim at `at` stands in ("Kamenev, whose base
 * was Moscow, was expelled in December 1927")? The time there is the main clause's, not the claim's.
 */
function pastOwnRelative(ctx: Ctx, at: number, k: number): boolean {
  if (at < 0 || k <= at) return false;
  const r = relativeCommas(ctx);
  const open = r[lastAtOrBefore(r, at)];
  // (A relative clause is a few words: looked for that far, as a sentence may be a whole 1 MB line.)
  if (open === undefined || open >= at || at - open > 40) return false;
  for (let j = open + 1; j < at; j++) if (ctx.toks[j].n === ',' || ctx.toks[j].n === ';') return false;
  for (let j = at + 1; j < k && j < at + 40; j++) if (ctx.toks[j].n === ',' || ctx.toks[j].n === ';') return true;
  return false;
}

/**
 * Is token k in a later predicate of the same subject ("Bukharin led the left wing and was shot in
 * 1938")? Its time is that predicate's, not the claim's.
 */
const LATER_PREDICATE_VERBS = new Set(['was', 'were', 'had', 'died', 'fled', 'lost', 'fell', 'went', 'became', 'killed', 'shot']);
function inLaterPredicate(ctx: Ctx, at: number, k: number): boolean {
  if (at < 0 || k <= at) return false;
  const { toks } = ctx;
  for (let j = at + 1; j < k; j++) {
    const n = toks[j].n;
    let v = j + 1;
    // "…, then ended it in 1928", "… before ending it in 1928", "… until he ended it in 1928".
    const then = n === ',' && LATER_WORDS.has(toks[v]?.n ?? '');
    const until = n === 'before' || n === 'until' || n === 'till';
    if (n !== 'and' && n !== 'but' && !then && !until) continue;
    if (LATER_WORDS.has(toks[v]?.n ?? '')) v++;
    if (until && ['he', 'she', 'they', 'it'].includes(toks[v]?.n ?? '')) v++;
    // "… and in 1928 abandoned it", "… and then, in 1928, abandoned it", ", and in 1928 he ended it": past the later verb's own time (and its "he").
    if (!until) {
      const past = pastTimePhrase(ctx, v);
      v = past > v && ['he', 'she', 'they'].includes(toks[past]?.n ?? '') ? past + 1 : past;
      // (Or a new subject: ", and he resisted Stalin in 1928", ", and Stalin attacked him in 1928".)
      if (v === j + 1 && ['he', 'she', 'they'].includes(toks[v]?.n ?? '')) v++;
      // (Not a list of names: "Trotsky, Zinoviev and Kamenev was active in 1923".)
      else if (v === j + 1 && !ctx.persons.some((q) => q.t1 === j)) {
        const p = ctx.persons.find((q) => q.t0 === v && !q.pronoun && !isPossessivePerson(ctx, q));
        if (p) v = p.t1;
      }
      while (['also', 'then', 'later'].includes(toks[v]?.n ?? '')) v++;
    }
    const w = toks[v];
    const ing = until && !!w && w.n.length > 5 && w.n.endsWith('ing');
    if (w && w.w && ctx.mentionAt[v] < 0 && (LATER_PREDICATE_VERBS.has(w.n) || ing || (w.n.length > 4 && w.n.endsWith('ed') && !isCapitalised(w)) || (v > j + 2 && verbLike(w)))) return true;
  }
  return false;
}

/** "-ing" forms that open a role phrase though they are no verb with an object: "Chairing Sovnarkom, Tomsky …". */
const OPENING_PARTICIPLES = new Set(['dying', 'leading', 'heading', 'chairing', 'running', 'commanding', 'controlling', 'editing']);
/** Does the sentence open with a participle phrase: "Having …", "Chairing …", "Backed by …"? */
function openingParticiple(ctx: Ctx): boolean {
  const { toks, sent } = ctx;
  let k = sent.t0;
  if (toks[k]?.n === 'however' || toks[k]?.n === 'then' || toks[k]?.n === 'later') k += toks[k + 1]?.n === ',' ? 2 : 1;
  const t = toks[k];
  if (!t?.w || ctx.mentionAt[k] >= 0) return false;
  if (t.n === 'having') return true;
  if (gerundWithObject(t.n) || OPENING_PARTICIPLES.has(t.n)) return true;
  // A passive participle with its agent: "Backed by the Red Army, …".
  return (t.n.endsWith('ed') || PARTICIPLES.has(t.n)) && toks[k + 1]?.n === 'by';
}

/** Words that move a later predicate on: "…, then ended it", "… and later ended it". */
const LATER_WORDS = new Set(['then', 'later', 'eventually', 'afterwards']);

/** Past a time phrase at k ("in 1928", ", in 1928–29,", "from 1922"), with its commas; else k. */
function pastTimePhrase(ctx: Ctx, k: number): number {
  let j = k;
  if (ctx.toks[j]?.n === ',') j++;
  const t = ctx.times.find((x) => x.t0 === j || (x.t0 === j + 1 && ['in', 'by', 'from', 'until', 'during', 'after', 'on'].includes(ctx.toks[j]?.n ?? '')));
  if (!t) return k;
  j = t.t1;
  if (ctx.toks[j]?.n === ',') j++;
  return j;
}

/** The first token of the sentence at or after an offset, or -1. */
function tokenAt(ctx: Ctx, offset: number): number {
  for (let k = ctx.sent.t0; k < ctx.sent.t1; k++) if (ctx.toks[k].s >= offset) return k;
  return -1;
}

/** Where the appositive holding token k starts (the token after its comma), if k is in one. */
function apposStart(ctx: Ctx, k: number): number | undefined {
  const ap = ctx.appos[k];
  if (ap < 0) return undefined;
  let a = k;
  while (a > ctx.sent.t0 && ctx.appos[a - 1] === ap) a--;
  return a;
}

/** The clause holding token k: where it starts and ends, and the time it names (computed once per clause). */
function clauseBounds(ctx: Ctx, k: number): { start: number; end: number; time?: TimeSpan; times: TimeExpr[] } {
  const clause = clauseOf(ctx, k);
  let a = ctx.sent.t0;
  while (a < ctx.sent.t1 && clauseOf(ctx, a) !== clause) a++;
  ctx.clauseTimes ??= [];
  ctx.clauseEnds ??= [];
  let b = ctx.clauseEnds[clause];
  if (b === undefined) {
    b = a;
    while (b < ctx.sent.t1 && clauseOf(ctx, b) === clause) b++;
    ctx.clauseEnds[clause] = b;
    const found = findTimes(ctx.toks, a, b, ctx.kb.period);
    (ctx.clauseTimeLists ??= [])[clause] = found;
    ctx.clauseTimes[clause] = spanOf(found) ?? null;
  }
  return { start: a, end: b, time: ctx.clauseTimes[clause] ?? undefined, times: ctx.clauseTimeLists?.[clause] ?? [] };
}

/** "after Lenin's death": the time an event mention opens or closes. */
function eventTimes(ctx: Ctx): TimeSpan | undefined {
  const { toks, sent, kb } = ctx;
  const bySubject = indexOf(kb).eventsBySubject;
  /** The subject's event a verb names ("NEP was introduced", "Lenin died"), past "was"/"had been". */
  const namedBy = (subject: string, at: number): Entity | undefined => {
    while (at < sent.t1 && ['was', 'were', 'had', 'been', 'being'].includes(toks[at].n)) at++;
    const word = toks[at]?.n;
    return (bySubject.get(subject) ?? []).find((e) => (e.verbs ?? []).some((v) => phraseTokens(v).filter((w) => !['was', 'were'].includes(w))[0] === word));
  };
  for (let i = sent.t0; i < sent.t1; i++) {
    const n = toks[i].n;
    // "At the Tenth Congress …", "over Brest-Litovsk": the year of the event named.
    if (n === 'at' || n === 'during' || n === 'over') {
      const j = toks[i + 1]?.n === 'the' ? i + 2 : i + 1;
      const m = ctx.mentionAt[j] >= 0 ? ctx.mentions[ctx.mentionAt[j]] : undefined;
      if (m && m.t0 === j && m.entity.kind === 'event' && m.entity.date) return { from: m.entity.date.year, to: (m.entity.until ?? m.entity.date).year };
      continue;
    }
    if (n !== 'after' && n !== 'following' && n !== 'before' && n !== 'until') continue;
    const before = n === 'before' || n === 'until';
    // (Past an article: "before the Tenth Congress", "until the introduction of NEP".)
    const j = toks[i + 1]?.n === 'the' ? i + 2 : i + 1;
    const mi = ctx.mentionAt[j];
    let year: number | undefined;
    if (mi >= 0 && ctx.mentions[mi].t0 === j) {
      const m = ctx.mentions[mi];
      if (m.entity.kind === 'event') year = m.entity.date?.year;
      else if (m.entity.kind !== 'person') {
        // A policy's or a body's own events: the one the next verb names ("before NEP was introduced"),
        // or, with nothing after the name, the first of them ("before NEP": before it began; "after NEP"
        // could mean after it began or after it ended, and says no year).
        const next = toks[m.t1];
        const ev = namedBy(m.entity.id, m.t1) ?? (before && (!next?.w || ctx.mentionAt[m.t1] >= 0) ? firstEvent(bySubject.get(m.entity.id)) : undefined);
        year = ev?.date?.year;
      }
    }
    const p = ctx.persons.find((q) => q.t0 === i + 1);
    if (!year && p) {
      // "after Lenin's death" / "after Lenin died": the person's own event named by the next word.
      // (The whole verb: "before he became the leading voice of the right" is no "became head of the Comintern".)
      const at = isPossessiveAt(toks, p.t1) ? p.t1 + 2 : p.t1;
      const ev = (bySubject.get(p.ent.id) ?? []).find((e) => (e.verbs ?? []).some((v) => matchTokensAt(toks, at, phraseTokens(v)) >= 0));
      year = ev?.date?.year;
    }
    // ("Before" reaches back a year at least: "Before Stalin became General Secretary (April 1922), Molotov ran the Secretariat" is 1921's.)
    if (year !== undefined) return before ? { from: Math.min(kb.period[0], year - 1), to: year } : { from: year, to: Math.max(kb.period[1], year), since: true };
  }
  return undefined;
}

/** The earliest dated of some events. */
function firstEvent(events: readonly Entity[] | undefined): Entity | undefined {
  let first: Entity | undefined;
  for (const e of events ?? []) if (e.date && (!first?.date || e.date.year < first.date.year)) first = e;
  return first;
}

// ————— the claims —————

function extractClaims(ctx: Ctx): void {
  const { sent, mentions } = ctx;
  for (let i = sent.t0; i < sent.t1; i++) {
    const mi = ctx.mentionAt[i];
    if (mi < 0 || mentions[mi].t0 !== i) continue;
    const m = mentions[mi];
    switch (m.entity.kind) {
      case 'faction':
        factionClaim(ctx, m);
        break;
      case 'office':
        officeClaim(ctx, m);
        break;
      case 'body':
        controlClaim(ctx, m);
        baseClaim(ctx, m);
        break;
      case 'place':
        baseClaim(ctx, m);
        break;
      case 'policy':
      case 'idea':
      case 'phrase':
      case 'term':
        ideaClaims(ctx, m.entity, m.t0, m.t1);
        lifetimeClaim(ctx, m);
        break;
      case 'event':
        eventNameClaim(ctx, m);
        break;
      default:
        break;
    }
  }
  itClaims(ctx);
  signatureClaims(ctx);
  dateClaims(ctx);
  allianceClaims(ctx);
  fateClaims(ctx);
}

// ————— fates —————

/**
 * "Trotsky was executed in 1936", "Zinoviev committed suicide": a man given another's way of dying.
 * A man dies once, so the verb of any other death in the pack ("executed", "took his own life") is
 * wrong of him when the pack records his own; words that fit any death ("died", "was killed",
 * "was murdered", "was shot") are never judged.
 */
function fateClaims(ctx: Ctx): void {
  const { toks, sent, kb } = ctx;
  const ix = indexOf(kb);
  if (!ix.deathOf.size || !ctx.persons.length) return;
  for (let k = sent.t0; k < sent.t1; k++) {
    if (!ix.deathWords.has(toks[k].n)) continue;
    const cands = ix.eventVerbs.get(toks[k].n);
    if (!cands) continue;
    let end = -1;
    for (const { ev, toks: vt } of cands) if (ix.deaths.has(ev.id)) end = Math.max(end, matchTokensAt(toks, k, vt));
    if (end < 0) continue;
    const phrase = toks.slice(k, end).map((t) => t.n).join(' ');
    // (Not even of a man who died a natural death: how some deaths came is disputed, "Frunze was killed on the operating table".)
    // (But "was shot" is another's hand: not a man who shot himself, "Tomsky was shot in 1936".)
    const shotBy = phrase === 'shot' && ['was', 'were'].includes(toks[k - 1]?.n ?? '') && !toks.slice(k + 1, Math.min(sent.t1, k + 7)).some((t) => t.n === 'himself' || t.n === 'own');
    // A verb of killing speaks of its subject's death only in the passive: "Trotsky was executed", not "Stalin executed …".
    let aux = -1;
    if (!EN.DYING.has(phrase)) {
      let j = k - 1;
      // (Past an adverb of time: "Trotsky was later executed", "was eventually shot".)
      while (FATE_ADVERBS.has(toks[j]?.n ?? '')) j--;
      if (toks[j]?.n === 'been') j--;
      if (!['was', 'were', 'is', 'be', 'being'].includes(toks[j]?.n ?? '')) continue;
      aux = j;
    }
    // (A year after them dates the man's own death; "was shot" of a suicide is judged as a way of dying, with its year.)
    if (EN.ANY_DEATH.has(phrase)) deathYearClaim(ctx, k, end, phrase, aux, shotBy);
    if (EN.ANY_DEATH.has(phrase) && !shotBy) continue;
    const bound = bindSubject(ctx, k, end, { allowPossessive: false });
    if (!guard(ctx, bound, k, end, 'fate')) continue;
    // A year in the clause after the verb ("in 1936") is fixed with it.
    let year = -1;
    for (let j = end; j < Math.min(sent.t1, end + 5) && clauseOf(ctx, j) === clauseOf(ctx, k); j++) if (yearOf(toks[j]) !== undefined) {
      year = j;
      break;
    }
    for (const p of bound.persons) {
      const death = ix.deathOf.get(p.ent.id);
      if (!death) continue;
      if (shotBy && !isSuicide(death)) continue;
      push(ctx, {
        code: 'fate', rel: 'fate', subjects: [p], target: death, s: toks[k].s, e: toks[end - 1].e, bind: bound.bind,
        cueSpan: [toks[aux >= 0 ? aux : k].s, toks[end - 1].e],
        ...(bound.persons.length > 1 ? { shared: true } : {}),
        ...(year >= 0 ? { year: yearOf(toks[year])!, dateStart: toks[year].s, yearSpan: [toks[year].s, toks[year].e] as [number, number] } : {}),
      });
    }
  }
}

/**
 * "Zinoviev was murdered in 1940", "Trotsky died in 1936": words that fit any death, with a year after them, date
 * the man's own death. Only a man named (or "he") right before the words, past "was" and an adverb of time.
 */
const DEATH_YEAR_STOPS = new Set(['and', 'but', 'or', 'not', 'after', 'before', 'when', 'while', 'until', 'than', 'since', 'as']);
function deathYearClaim(ctx: Ctx, k: number, end: number, phrase: string, aux: number, shotBy: boolean): void {
  const { toks, sent } = ctx;
  // (The passive's "was" or "were", found by the caller: its subject is right before it.)
  if (aux >= 0 && toks[aux].n !== 'was' && toks[aux].n !== 'were') return;
  let j = (aux >= 0 ? aux : k) - 1;
  while (FATE_ADVERBS.has(toks[j]?.n ?? '')) j--;
  const pi = ctx.persons.findIndex((p) => p.t1 === j + 1 && !isPossessivePerson(ctx, p));
  if (pi < 0) return;
  // (Words only: "died in Mexico in 1940", not "died and in 1929 …", "died after Stalin became GS in 1922", "died not in 1925 but …".)
  let yearAt = -1;
  for (let y = end; y < Math.min(sent.t1, end + 6) && clauseOf(ctx, y) === clauseOf(ctx, k) && yearAt < 0; y++) {
    if (!toks[y].w || DEATH_YEAR_STOPS.has(toks[y].n) || ctx.persons.some((q) => q.t0 === y)) return;
    if (yearOf(toks[y]) !== undefined && ['in', 'on', 'of'].includes(toks[dateStart(toks, y, end) - 1]?.n ?? '')) yearAt = y;
  }
  if (yearAt < 0 || ctx.claims.some((c) => c.code === 'date' && c.s === toks[yearAt].s)) return;
  const bound: Bound = { persons: groupMembers(ctx, pi), bind: 'nearest' };
  if (!guard(ctx, bound, k, end, 'date')) return;
  for (const p of bound.persons) {
    const death = indexOf(ctx.kb).deathOf.get(p.ent.id);
    // (His own death's words are the date claims' already: "Lenin died in 1925".)
    if (death && !(shotBy && isSuicide(death)) && !EN.isVerbOf(death, phrase)) push(ctx, { code: 'date', rel: 'date', subjects: [p], target: death, s: toks[yearAt].s, e: toks[yearAt].e, year: yearOf(toks[yearAt])!, ...writtenDate(ctx, yearAt), bind: 'nearest' });
  }
}

/** A death by one's own hand: its way of dying ("committed suicide") is said of the man himself. */
function isSuicide(death: Entity): boolean {
  const v = death.verbs?.[0]?.toLowerCase() ?? '';
  return EN.DYING.has(v) && !EN.ANY_DEATH.has(v);
}

const FATE_ADVERBS = new Set(['later', 'eventually', 'finally', 'then', 'subsequently', 'ultimately', 'afterwards', 'soon', 'also', 'both', 'all']);

// ————— alliances —————

type Side = 'allied' | 'rivals';
/** Words of taking someone's side (or of breaking with him), ending right before the man: "sided with", "joined forces with", "broke with". */
const SIDE_CUES: readonly SideCue[] = [
  ...([
    ['sided', 'with'], ['sides', 'with'], ['side', 'with'], ['siding', 'with'],
    ['allied', 'with'], ['allied', 'himself', 'with'], ['allied', 'themselves', 'with'], ['allying', 'with'], ['allying', 'himself', 'with'], ['allying', 'themselves', 'with'],
    ['joined'], ['joining'], ['joined', 'forces', 'with'], ['joining', 'forces', 'with'], ['joined', 'hands', 'with'], ['teamed', 'up', 'with'], ['teaming', 'up', 'with'],
    ['united', 'with'], ['linked', 'up', 'with'], ['made', 'common', 'cause', 'with'], ['threw', 'in', 'his', 'lot', 'with'], ['threw', 'in', 'their', 'lot', 'with'],
    ['stood', 'with'], ['stood', 'by'], ['stood', 'beside'], ['stood', 'alongside'], ['backed'], ['supported'], ['voted', 'with'],
    ['formed', 'an', 'alliance', 'with'], ['in', 'alliance', 'with'], ['an', 'alliance', 'with'], ['an', 'ally', 'of'], ['the', 'ally', 'of'], ['allies', 'of'],
    ['on', 'the', 'side', 'of'], ['worked', 'with'], ['working', 'with'], ['cooperated', 'with'], ['collaborated', 'with'],
    // (A timeline's present: "1926 — Zinoviev and Kamenev join Trotsky".)
    ['join'], ['joins'], ['ally', 'with'], ['allies', 'with'], ['stand', 'with'], ['stands', 'with'], ['stands', 'by'], ['backs'], ['supports'],
  ] as const).map((c): SideCue => ['allied', c]),
  ...([
    ['broke', 'with'], ['broke', 'from'], ['breaking', 'with'], ['split', 'with'], ['split', 'from'], ['fell', 'out', 'with'], ['falling', 'out', 'with'],
    ['turned', 'on'], ['turned', 'against'], ['turning', 'on'], ['turning', 'against'], ['parted', 'company', 'with'], ['broke', 'off', 'with'],
    ['breaks', 'with'], ['break', 'with'], ['turns', 'on'], ['turns', 'against'], ['falls', 'out', 'with'], ['splits', 'with'],
  ] as const).map((c): SideCue => ['rivals', c]),
];
type SideCue = [Side, readonly string[]];
/** Cues by their first word. */
function sideIndex(cues: readonly SideCue[]): Map<string, SideCue[]> {
  const m = new Map<string, SideCue[]>();
  for (const c of cues) (m.get(c[1][0]) ?? m.set(c[1][0], []).get(c[1][0])!).push(c);
  return m;
}
/** The longest of the cues at k: where its words end (or -1), and the side it says. */
function longestSideCue(toks: Token[], k: number, cands: readonly SideCue[]): { end: number; rel: Side } {
  let end = -1;
  let rel: Side = 'allied';
  for (const [r, c] of cands) {
    const e = matchTokensAt(toks, k, c);
    if (e > end) [end, rel] = [e, r];
  }
  return { end, rel };
}
const SIDE_INDEX = sideIndex(SIDE_CUES);
/** Words that liken one man to another: "like Kamenev", "as Stalin did". */
const LIKENING = new Set(['like', 'unlike', 'as', 'than']);
/** Working with a man is siding with him only against another: "worked with Trotsky against Stalin". */
const WITH_AGAINST = new Set(['worked', 'working', 'cooperated', 'collaborated']);
/** Words before an alliance that make it no fact: "considered an alliance with", "refused to side with". */
const ALLY_UNREAL = new Set(['considered', 'contemplated', 'discussed', 'explored', 'proposed', 'rejected', 'refused', 'feared', 'sought', 'offered', 'avoided', 'resisted', 'spurned', 'rumoured', 'rumored', 'suspected', 'accused', 'charged', 'threatened', 'hesitated', 'declined']);

/** The one year a sentence writes, as a span of text (an alliance's year is fixed there when the two were allies another year). */
function soleYear(ctx: Ctx): [number, number] | undefined {
  let at: [number, number] | undefined;
  for (let k = ctx.sent.t0; k < ctx.sent.t1; k++) {
    if (yearOf(ctx.toks[k]) === undefined) continue;
    if (at) return undefined;
    at = [ctx.toks[k].s, ctx.toks[k].e];
  }
  return at;
}

/**
 * "In 1924 Zinoviev sided with Trotsky", "Kamenev joined Trotsky against Stalin in 1923", "In 1923 Kamenev
 * broke with Stalin": a man put on another's side, or against him. Judged only when dated (sides changed
 * from year to year), and only against what the pack records of the two.
 */
function allianceClaims(ctx: Ctx): void {
  const { toks, sent } = ctx;
  // (An undated alliance is never judged: a sentence with no time of its own or of its paragraph makes none.)
  if (ctx.persons.length < 2 || (!ctx.times.length && !ctx.frame)) return;
  // (The sentence's one year, looked for only when a claim is made.)
  let year: [number, number] | undefined | null = null;
  const yearSpan = (): [number, number] | undefined => (year === null ? (year = soleYear(ctx)) : year);
  for (let k = sent.t0; k < sent.t1; k++) {
    if (!ALLY_TRIGGERS.has(toks[k].n)) continue;
    if (k > sent.t0) allyNounAt(ctx, k, yearSpan);
    const cands = SIDE_INDEX.get(toks[k].n);
    if (!cands) continue;
    const { end, rel } = longestSideCue(toks, k, cands);
    if (end < 0) continue;
    const pi = ctx.persons.findIndex((p) => p.t0 === end && !p.pronoun && !isPossessivePerson(ctx, p));
    if (pi < 0) continue;
    // Not in brackets or quotation, and nothing that makes it a plan or a charge.
    if (ctx.paren[k] !== ctx.paren[end] || ctx.quoted[k]) continue;
    let unreal = false;
    for (let j = Math.max(sent.t0, k - 4); j < k && !unreal; j++) unreal = ALLY_UNREAL.has(toks[j].n) && clauseOf(ctx, j) === clauseOf(ctx, k);
    if (unreal) continue;
    // The ally's men: "sided with Stalin and Kamenev", each as his own claim.
    const partners = groupMembers(ctx, pi);
    const last = partners[partners.length - 1];
    // "…, joined by Kamenev", "joined Trotsky's camp": not a man joined.
    if (toks[last.t1]?.n === "'" || (toks[k - 1]?.n === 'was' && toks[k].n === 'joined')) continue;
    // The men set against them: "against Stalin", "against Zinoviev and Kamenev", within the clause.
    let against: PersonRef[] | undefined;
    for (let j = last.t1; rel === 'allied' && j < Math.min(sent.t1, last.t1 + 6) && clauseOf(ctx, j) === clauseOf(ctx, k); j++) {
      if (toks[j].n !== 'against') continue;
      const ai = ctx.persons.findIndex((p) => p.t0 === j + 1 && !p.pronoun && !isPossessivePerson(ctx, p));
      if (ai >= 0) against = groupMembers(ctx, ai);
      break;
    }
    if (WITH_AGAINST.has(toks[k].n) && !against) continue;
    // (The man right after the words is not a title: the subject comes before them.)
    const bound = bindSubject(ctx, k, k, { allowPossessive: false });
    if (!bound || bound.persons.some((p) => partners.some((q) => q.ent.id === p.ent.id))) continue;
    if (!guard(ctx, bound, k, end, 'alliance')) continue;
    // Else the one other man the sentence names ("made peace with Stalin and turned on Trotsky"), not one
    // the subject is likened to ("Like Kamenev, Zinoviev stood beside Trotsky").
    let counter = against;
    if (!counter) {
      const likened = (p: PersonRef): boolean => LIKENING.has(toks[p.t0 - 1]?.n ?? '') || LIKENING.has(toks[listStart(toks, p.t0) - 1]?.n ?? '');
      const rest = ctx.persons.filter((p) => !p.pronoun && !isPossessivePerson(ctx, p) && !partners.includes(p) && !bound.persons.some((q) => q.ent.id === p.ent.id) && !likened(p));
      if (rest.length === 1 && !partners.some((q) => q.ent.id === rest[0].ent.id)) counter = rest;
    }
    // The group they are said to be in together: "joined Stalin in the United Opposition".
    let inGroup: Entity | undefined;
    {
      let j = last.t1;
      if (toks[j]?.n === 'in' || toks[j]?.n === 'within') j += toks[j + 1]?.n === 'the' ? 2 : 1;
      const mi = j > last.t1 ? ctx.mentionAt[j] : -1;
      if (mi >= 0 && ctx.mentions[mi].t0 === j && ctx.mentions[mi].entity.kind === 'faction') inGroup = ctx.mentions[mi].entity;
    }
    for (const partner of partners) push(ctx, { code: 'alliance', rel, subjects: bound.persons, target: partner.ent, s: partner.s, e: partner.e, bind: bound.bind, against: counter, inGroup, yearSpan: yearSpan() });
  }
}

/** Words of two men joining (or parting), after both names: "Zinoviev and Stalin stood together". */
const MUTUAL_CUES: readonly SideCue[] = [
  ...([['teamed', 'up'], ['stood', 'together'], ['worked', 'together'], ['joined', 'forces'], ['joined', 'hands'], ['formed', 'an', 'alliance'], ['allied'], ['were', 'allied'], ['united'], ['made', 'common', 'cause']] as const).map((c): SideCue => ['allied', c]),
  ...([['fell', 'out'], ['split', 'up'], ['broke', 'up'], ['parted', 'company'], ['became', 'rivals'], ['became', 'enemies']] as const).map((c): SideCue => ['rivals', c]),
];
const MUTUAL_INDEX = sideIndex(MUTUAL_CUES);
const ALLY_NOUNS = new Set(['ally', 'allies', 'partner', 'partners', 'rival', 'rivals', 'enemy', 'enemies', 'opponent', 'opponents']);
const RIVAL_NOUNS = new Set(['rival', 'rivals', 'enemy', 'enemies', 'opponent', 'opponents']);
const ALLY_ADJECTIVES = new Set(['closest', 'chief', 'main', 'new', 'loyal', 'staunch', 'staunchest', 'key', 'principal', 'firmest', 'best', 'strongest', 'most', 'important', 'leading', 'only', 'political', 'bitter', 'bitterest', 'great', 'greatest', 'fiercest', 'deadliest', 'arch']);
const ALLY_COPULAS = new Set(['was', 'were', 'became', 'remained', 'is']);
/** Every word that may start an alliance claim: one test per token. */
const ALLY_TRIGGERS = new Set([...SIDE_INDEX.keys(), ...MUTUAL_INDEX.keys(), ...ALLY_NOUNS, 'side']);
/** "Trotsky was Stalin's ally in 1925", "In 1925 Stalin's ally was Trotsky", "In 1924 Zinoviev and Trotsky were allies" (or rivals), at token k. */
function allyNounAt(ctx: Ctx, k: number, yearSpan: () => [number, number] | undefined): void {
  const { toks, sent } = ctx;
  const plain = (p: PersonRef | undefined): p is PersonRef => !!p && !p.pronoun && !isPossessivePerson(ctx, p);
  // The man after the copula is the slip, the sentence's subject stays: "Trotsky was Stalin's ally" → Zinoviev's ally.
  const claim = (who: PersonRef, other: PersonRef, rel: Side): void => {
    if (who.ent.id === other.ent.id || ctx.paren[k] !== ctx.paren[who.t0] || ctx.quoted[k]) return;
    const first = who.t0 < other.t0 ? who : other;
    if (!guard(ctx, { persons: [first], bind: 'copular' }, k, k + 1, 'alliance')) return;
    push(ctx, { code: 'alliance', rel, subjects: [who], target: other.ent, s: other.s, e: other.e, bind: 'copular', yearSpan: yearSpan() });
  };
  const n = toks[k].n;
  // "Zinoviev and Stalin stood together", "Trotsky and Kamenev teamed up", "… fell out": two men, each other's.
  const mutual = MUTUAL_INDEX.get(n);
  if (mutual) {
    const { end, rel } = longestSideCue(toks, k, mutual);
    const pi = end > 0 ? ctx.persons.findIndex((p) => p.t1 === k) : -1;
    const group = pi >= 0 && plain(ctx.persons[pi]) ? groupMembers(ctx, pi) : [];
    // (The whole list, and not a group's members: "the triumvirate of Stalin, Zinoviev and Kamenev broke up".)
    const ofGroup = group.length > 0 && [',', 'of'].includes(toks[listStart(toks, group[0].t0) - 1]?.n ?? '');
    if (group.length === 2 && !ofGroup && !['with', 'on', 'from', 'to'].includes(toks[end]?.n ?? '')) claim(group[0], group[1], rel);
    return;
  }
  // "In 1926 Zinoviev was on Stalin's side": the man before, the owner of the side.
  if (n === 'side') {
    const owner = ctx.persons.find((p) => !p.pronoun && isPossessivePerson(ctx, p) && possessiveEnd(toks, p) === k);
    if (owner && toks[owner.t0 - 1]?.n === 'on') {
      const bound = bindSubject(ctx, owner.t0 - 1, owner.t0 - 1, { allowPossessive: false });
      if (bound?.persons.length === 1 && plain(bound.persons[0])) claim(bound.persons[0], owner, 'allied');
    }
    return;
  }
  if (!ALLY_NOUNS.has(n)) return;
  const rel: Side = RIVAL_NOUNS.has(n) ? 'rivals' : 'allied';
  // "Zinoviev and Trotsky were allies": the two named before.
  if (['allies', 'partners', 'rivals', 'enemies', 'opponents'].includes(n) && toks[k - 1].n === 'were') {
    const pi = ctx.persons.findIndex((p) => p.t1 === k - 1);
    const group = pi >= 0 && plain(ctx.persons[pi]) ? groupMembers(ctx, pi) : [];
    if (group.length === 2) claim(group[0], group[1], rel);
    return;
  }
  // The owner: "Stalin's (closest) ally".
  let j = k - 1;
  while (j > sent.t0 && ALLY_ADJECTIVES.has(toks[j].n)) j--;
  const owner = ctx.persons.find((p) => !p.pronoun && isPossessivePerson(ctx, p) && possessiveEnd(toks, p) === j + 1);
  if (!owner) return;
  // "Trotsky was Stalin's ally": the man before the copula; the owner is the slip.
  const cop = owner.t0 - 1;
  const before = ALLY_COPULAS.has(toks[cop]?.n ?? '') ? ctx.persons.find((p) => p.t1 === cop) : undefined;
  if (plain(before)) return claim(before, owner, rel);
  // "Stalin's ally (between 1925 and 1927) was Trotsky": the man after the copula is.
  let a = k + 1;
  while (a < sent.t1 && a < k + 7 && !ALLY_COPULAS.has(toks[a].n) && toks[a].n !== ',' && ctx.mentionAt[a] < 0) a++;
  const after = ALLY_COPULAS.has(toks[a]?.n ?? '') ? ctx.persons.find((p) => p.t0 === a + 1) : undefined;
  if (plain(after)) claim(owner, after, rel);
}

/**
 * The one policy or idea that tokens [t0, t1) name, if exactly one, and no change to it that an
 * "it" could mean instead ("Trotsky wanted to end NEP. Bukharin opposed it": the ending).
 */
function soleIdea(toks: Token[], mentions: Mention[], mentionAt: Int32Array, t0: number, t1: number): Entity | undefined {
  let one: Entity | undefined;
  for (let k = t0; k < t1; k++) {
    if (CHANGE_WORDS.has(toks[k].n)) return undefined;
    const mi = mentionAt[k];
    if (mi < 0 || mentions[mi].t0 !== k) continue;
    const e = mentions[mi].entity;
    if (e.kind !== 'policy' && e.kind !== 'idea') continue;
    // One held up for contrast is not what the sentence is about ("Unlike Permanent Revolution, it …").
    if (one && one.id !== e.id) return undefined;
    // (Past a possessive author or "the": "Unlike Trotsky's Permanent Revolution, …".)
    let b = k - 1;
    if (toks[b]?.n === 'the') b--;
    if (toks[b]?.n === 's' && toks[b - 1]?.n === "'" && mentionAt[b - 2] >= 0) b = mentions[mentionAt[b - 2]].t0 - 1;
    if (CONTRAST_BEFORE.has(toks[k - 1]?.n ?? '') || CONTRAST_BEFORE.has(toks[b]?.n ?? '')) return undefined;
    one = e;
  }
  return one;
}

/** Words of a change to a policy, which an "it" after them may mean instead of the policy. */
const CHANGE_WORDS = new Set(['end', 'ending', 'ended', 'abolish', 'abolished', 'abolition', 'abandon', 'abandoned', 'abandonment', 'scrap', 'scrapped', 'replace', 'replaced', 'reverse', 'reversed', 'drop', 'dropped', 'dismantle', 'dismantled', 'revise', 'revised', 'extend', 'extended', 'introduce', 'introduced', 'attack', 'attacked', 'attacks', 'defence', 'defense', 'criticism']);

/**
 * "Stalin put forward Socialism in One Country. Zinoviev supported it.": an "it" after a stance
 * is the one idea named before it in the sentence, or else in the sentence before. None is certain
 * after several, one held up for contrast ("Unlike Permanent Revolution, it promised …"), or a
 * change named. One pass over the sentence.
 */
function itClaims(ctx: Ctx): void {
  const { toks, sent } = ctx;
  let idea: Entity | undefined;
  let before: Entity | null | undefined;
  let ideaAt = -1;
  let unsure = false;
  let change = false;
  for (let k = sent.t0; k < sent.t1; k++) {
    if (CHANGE_WORDS.has(toks[k].n)) change = true;
    const mi = ctx.mentionAt[k];
    if (mi >= 0) {
      const m = ctx.mentions[mi];
      if (m.t0 === k && (m.entity.kind === 'policy' || m.entity.kind === 'idea')) {
        if ((idea && idea.id !== m.entity.id) || CONTRAST_BEFORE.has(toks[k - 1]?.n ?? '')) unsure = true;
        if (!idea) ideaAt = k;
        idea ??= m.entity;
      }
      continue;
    }
    // "this policy", "this idea": an "it" of two words.
    const these = (toks[k].n === 'this' || toks[k].n === 'that') && THIS_IDEA_NOUNS.has(toks[k + 1]?.n ?? '') && ctx.mentionAt[k + 1] < 0;
    // (After a word of change, "it" may be the change itself: "Stalin ended NEP, and Bukharin opposed it";
    // but right after a verb of ending it is what is ended: "Rykov wanted to end it".)
    const ended = toks[k].n === 'it' && ENDING_VERBS.has(toks[k - 1]?.n ?? '');
    if ((toks[k].n !== 'it' && !these) || (change && !ended) || (idea && unsure)) continue;
    // An idea inside a description of someone is not what the main clause's "it" takes up:
    // "Trotsky, who had long preached Permanent Revolution, rejected it".
    if (idea && ctx.appos[ideaAt] >= 0 && ctx.appos[ideaAt] !== ctx.appos[k]) continue;
    // (Looked up once per sentence, and only when an "it" asks.)
    if (before === undefined) before = (ctx.prevSent && soleIdea(toks, ctx.mentions, ctx.mentionAt, ctx.prevSent.t0, ctx.prevSent.t1)) || null;
    // Another idea in the sentence before leaves the "it" open: "Stalin set out Socialism in One Country.
    // Trotsky, who preached Permanent Revolution, rejected it."
    if (idea && before && before.id !== idea.id) continue;
    const ent = idea ?? before ?? undefined;
    if (!ent || !ctx.kb.factsOn(ent.id).some((f) => f.rel === 'supports' || f.rel === 'opposes')) continue;
    stanceClaim(ctx, ent, k, these ? k + 2 : k + 1);
  }
}
/** Verbs of ending whose "it" is the thing ended. */
const ENDING_VERBS = new Set(['end', 'ending', 'abolish', 'abolishing', 'scrap', 'scrapping', 'abandon', 'abandoning', 'dismantle', 'dismantling', 'ditch', 'ditching', 'drop', 'dropping']);
/** Nouns that take up an idea named before: "Bukharin opposed this policy". */
const THIS_IDEA_NOUNS = new Set(['policy', 'idea', 'theory', 'doctrine', 'programme', 'program', 'slogan', 'strategy', 'line']);

/** Wishes, attempts and refusals are not facts: "Trotsky wanted to be General Secretary". */
const IRREALIS = new Set(['wanted', 'want', 'wants', 'hoped', 'hope', 'aspired', 'tried', 'try', 'sought', 'planned', 'expected', 'refused', 'declined', 'aimed', 'wished', 'intended', 'dreamed', 'dreamt', 'longed', 'attempted', 'ambition', 'ambitions', 'bid', 'offered', 'coveted', 'schemed', 'plotted', 'threatened', 'promised']);

/** Verbs whose "that" clause is a demand, not a fact: "Stalin demanded that Bukharin support …". */
const MANDATIVE = new Set(['demanded', 'demands', 'demand', 'insisted', 'insists', 'urged', 'urges', 'asked', 'proposed', 'suggested', 'recommended', 'required', 'ordered', 'wished', 'wanted', 'hoped', 'feared']);
function mandated(ctx: Ctx, persons: PersonRef[]): boolean {
  // "X demanded that Y support …": the person sits in a clause someone else demanded.
  const first = Math.min(...persons.map((p) => p.t0));
  return ctx.toks[first - 1]?.n === 'that' && first - 1 > ctx.sent.t0 && MANDATIVE.has(ctx.toks[first - 2]?.n ?? '');
}

/** Verbs that make their object do or undergo what follows: "wanted Trotsky expelled", "tried to have him expelled". */
const CAUSATIVE = new Set(['have', 'get', 'see', 'make', 'let']);
/** "nearly expelled", "almost became": what came close did not happen. */
const NEARLY = new Set(['nearly', 'almost']);
function irrealis(ctx: Ctx, persons: PersonRef[], c0: number): boolean {
  const { toks } = ctx;
  if (NEARLY.has(toks[c0 - 1]?.n ?? '') || (NEARLY.has(toks[c0 - 2]?.n ?? '') && ['was', 'were', 'been'].includes(toks[c0 - 1]?.n ?? ''))) return true;
  // The man as the object of a wish or an attempt: "Zinoviev wanted Trotsky expelled in 1925", "Stalin
  // refused to have Trotsky expelled", "hoped to see Bukharin removed".
  const first = Math.min(...persons.map((p) => p.t0));
  let k = first - 1;
  if (CAUSATIVE.has(toks[k]?.n ?? '') && toks[k - 1]?.n === 'to') k -= 2;
  if (k >= ctx.sent.t0 && IRREALIS.has(toks[k].n) && clauseOf(ctx, k) === clauseOf(ctx, c0) && ctx.appos[k] === ctx.appos[c0] && !persons.some((p) => p.t0 <= k)) return true;
  const from = Math.max(...persons.map((p) => p.t1));
  for (let k = from; k < c0; k++) {
    if (!IRREALIS.has(ctx.toks[k].n) || clauseOf(ctx, k) !== clauseOf(ctx, c0) || ctx.appos[k] !== ctx.appos[c0]) continue;
    const next = ctx.toks[k + 1]?.n;
    if (next === 'to' || next === 'for' || ((next === 'the' || next === 'a' || next === 'an') && k + 2 >= c0 - 3)) return true;
  }
  return false;
}

/** A hedge before the cue, or a disclaimer ("It is untrue that …") before the person. */
function hedged(ctx: Ctx, persons: PersonRef[], c0: number): boolean {
  const { toks, sent } = ctx;
  const firstP = Math.min(...persons.map((p) => p.t0));
  for (let k = sent.t0; k < Math.max(c0, firstP); k++) {
    const n = toks[k].n;
    if (EN.HEDGES.has(n)) return true;
    if (k < firstP && EN.DISCLAIMERS.has(n)) return true;
    // A proposition named, not asserted: "The idea that Zinoviev's base was Moscow does not survive …".
    if (k < firstP && PROPOSITION_NOUNS.has(n) && toks[k + 1]?.n === 'that') return true;
    // "is said to have led", "was thought to be".
    if (['said', 'thought', 'believed', 'reported', 'rumoured', 'rumored', 'alleged', 'supposed', 'claimed', 'reputed'].includes(n) && toks[k + 1]?.n === 'to') return true;
  }
  return verdictAfter(ctx, c0);
}

const PROPOSITION_SINGULAR = ['idea', 'notion', 'belief', 'assumption', 'suggestion', 'impression', 'story', 'legend', 'charge', 'allegation', 'view', 'contention', 'thesis', 'argument', 'theory', 'statement', 'assertion', 'proposition', 'premise', 'misconception', 'myth', 'answer', 'claim'];
/** Nouns that name a proposition before "that" ("the idea that …", "statements that …"), singular and plural. */
const PROPOSITION_NOUNS = new Set([...PROPOSITION_SINGULAR, ...PROPOSITION_SINGULAR.map((n) => (n.endsWith('s') ? `${n}es` : n.endsWith('y') ? `${n.slice(0, -1)}ies` : `${n}s`)), 'theses']);

/**
 * A verdict later in the sentence that takes the claim back: "The idea that Zinoviev's base was Moscow
 * is a myth", "To call Bukharin a left-winger in 1925 is simply wrong", "Calling Stalin the leader
 * of the left misreads the notes". The claim must stand in the sentence's subject (from its start).
 */
function verdictAfter(ctx: Ctx, c0: number): boolean {
  const { toks, sent } = ctx;
  const w0 = toks[sent.t0]?.n ?? '';
  const opensSubject = w0 === 'to' || w0 === 'the' || w0 === 'any' || w0 === 'this' || w0 === 'that' || /ing$/.test(w0);
  if (!opensSubject) return false;
  for (let k = c0 + 1; k < sent.t1; k++) {
    const n = toks[k].n;
    if (n === 'misreads' || n === 'misrepresents' || n === 'distorts' || n === 'misunderstands') return true;
    if (n !== 'is' && n !== 'was' && n !== 'are' && n !== 'were') continue;
    let j = k + 1;
    while (j < sent.t1 && ['a', 'an', 'simply', 'just', 'plainly', 'quite', 'clearly', 'completely', 'entirely', 'wholly', 'totally', 'surely', 'certainly', 'another', 'common', 'popular', 'old', 'persistent', 'historical', 'factual', 'serious', 'basic'].includes(toks[j].n)) j++;
    if (EN.VERDICTS.has(toks[j]?.n ?? '')) return true;
  }
  return false;
}

function guard(ctx: Ctx, b: Bound | undefined, c0: number, c1: number, code: CheckCode): b is Bound {
  if (!b || !b.persons.length) return false;
  if (b.bind === 'nearest') {
    const last = Math.max(...b.persons.map((p) => p.t1));
    if (last < c0 && ownSubjectBetween(ctx, last, c0)) return false;
  }
  if (hedged(ctx, b.persons, c0)) return false;
  if (code !== 'stance' && code !== 'authorship' && irrealis(ctx, b.persons, c0)) return false;
  if (mandated(ctx, b.persons)) return false;
  // (A quoted slogan can still be credited to someone named outside the quotation: '"Enrich yourselves" was Trotsky's slogan'.)
  if (ctx.quoted[c0] && (code !== 'authorship' || b.persons.every((p) => ctx.quoted[p.t0]))) return false;
  if (negated(ctx, b.persons, c0, c1)) return false;
  if (reported(ctx, b.persons, c0, code)) return false;
  if (hypothetical(ctx, c0, b.persons)) return false;
  return true;
}

/** The guard for what a sentence takes for granted whatever its mood ("wanted him removed as …"). */
function presupposed(ctx: Ctx, b: Bound | undefined, c0: number, c1: number): b is Bound {
  if (!b || !b.persons.length) return false;
  if (hedged(ctx, b.persons, c0) || negated(ctx, b.persons, c0, c1) || reported(ctx, b.persons, c0, 'office')) return false;
  return !ctx.quoted[c0];
}

function skipBack(ctx: Ctx, i: number): number {
  // Step back over determiners and possessive bodies: "the party's", "its", "the Politburo's".
  let k = i - 1;
  while (k >= ctx.sent.t0 && (EN.DETERMINERS.has(ctx.toks[k].n) || (ctx.mentionAt[k] >= 0 && ctx.mentions[ctx.mentionAt[k]].entity.kind === 'body'))) k--;
  return k;
}

const FINITE = new Set(['was', 'were', 'is', 'are', 'had', 'has', 'would', 'could', 'might', 'should', 'will', 'must', 'did', 'does', 'seemed', 'remained', 'wanted', 'needed']);
const SEQUENCE_ADVERBS = new Set(['first', 'then', 'next', 'finally', 'also', 'later', 'eventually', 'even', 'now', 'in', 'turn', 'afterwards', 'afterward', 'subsequently', 'thereafter', 'ultimately', 'soon']);
/** Words for some people, as in "many on the left", "those on the right". */
const PEOPLE_ON = new Set(['many', 'most', 'some', 'those', 'others', 'few', 'several', 'everyone', 'anyone', 'members', 'figures', 'leaders', 'activists', 'workers', 'delegates']);
const COPULAS = new Set(['was', 'were', 'is', 'are', 'been', 'be', 'became', 'become', 'becomes', 'remained', 'remains', 'stayed', 'stood', 'sat', 'seemed', 'appeared']);
const QUANTIFIERS = new Set(['both', 'either', 'neither', 'two', 'three', 'several', 'some', 'many', 'all', 'various', 'fellow', 'other']);
/** Nouns of a wing's things and fortunes: "the programme of the left", "the defeat of the right". */
const OF_WING_NOUNS = new Set(['expulsion', 'expulsions', 'purge', 'purges', 'suppression', 'crushing', 'isolation', 'exclusion', 'removal', 'trial', 'trials', 'programme', 'program', 'platform', 'policies', 'ideas', 'demands', 'slogans', 'arguments', 'criticism', 'critique', 'defeat', 'destruction', 'fall', 'collapse', 'rout', 'economics', 'strategy', 'case', 'agenda', 'critics', 'enemies', 'opponents', 'rivals', 'attack', 'attacks', 'better', 'measure', 'resistance', 'opposition', 'hostility', 'anger', 'fears', 'objections', 'protests', 'revolt', 'challenge', 'remnants', 'weakness', 'wreckage', 'ruins', 'remains', 'complaints', 'grievances', 'demise', 'failure', 'disarray', 'plight', 'humiliation', 'surrender', 'capitulation', 'retreat', 'decline', 'disintegration', 'splits']);
/** Verbs between a wing and the list of its members: "consisted of", "was made up of". */
const CONSISTS = [['consisted', 'of'], ['consists', 'of'], ['comprised'], ['comprises'], ['included'], ['includes'], ['made', 'up', 'of'], ['composed', 'of'], ['was', 'made', 'up', 'of']];
/** Verbs of judging whose object is not the subject's wing: "thought the right weak". */
const JUDGING = new Set(['thought', 'think', 'thinks', 'considered', 'consider', 'considers', 'deemed', 'judged', 'found', 'believed', 'called', 'labelled', 'labeled', 'branded', 'dismissed', 'viewed', 'treated', 'described', 'painted', 'portrayed', 'accused', 'declared']);
/**
 * Is the faction after "and" at `and` a second object of a verb that does not make members,
 * with no name between ("fought the left in 1924 and the right in 1928")?
 */
function parallelObject(ctx: Ctx, and: number): boolean {
  const { toks } = ctx;
  const clause = clauseOf(ctx, and);
  for (let k = and - 1; k >= ctx.sent.t0 && clauseOf(ctx, k) === clause; k--) {
    const mi = ctx.mentionAt[k];
    if (mi < 0 || ctx.mentions[mi].t0 !== k) continue;
    const kind = ctx.mentions[mi].entity.kind;
    if (kind !== 'person' && kind !== 'faction') continue;
    let v = skipBack(ctx, k);
    while (v > ctx.sent.t0 && SEQUENCE_ADVERBS.has(toks[v].n)) v--;
    const verb = toks[v]?.n ?? '';
    // A man as the first object: "beat Trotsky, then the right", "beat Trotsky in 1927 and the right in 1929".
    const object =
      kind === 'person'
        ? !!toks[v]?.w && verb !== 'and' && (EN.NOT_MEMBERSHIP.has(verb) || EN.OBJECT_VERBS.has(verb) || wingIsObject(ctx, v)) && !EN.PREPOSITIONS.has(verb)
        : (EN.NOT_MEMBERSHIP.has(verb) && !['of', 'in', 'on'].includes(verb)) || JUDGING.has(verb) || wingIsObject(ctx, v) || (verb === ',' && besideObject(ctx, v));
    if (object) return true;
    // The first object inside a phrase of its own ("with the help of the right", "against Trotsky"): look further back.
    let j = k - 1;
    while (j > ctx.sent.t0 && (toks[j].n === 'the' || toks[j].n === 'a' || toks[j].n === 'an')) j--;
    if (!['of', 'with', 'against', 'from', 'by', 'over'].includes(toks[j]?.n ?? '')) return false;
  }
  return false;
}

/** Verbs whose object is a wing its subject is in: "led the left", "represented the right". */
/** Verbs that name a man a member of a wing ("was called a left-winger"): in a wing's relative clause they place no one. */
const NAMING_MEMBER_VERBS = new Set(['called', 'labelled', 'labeled', 'branded', 'considered', 'regarded', 'seen', 'deemed', 'counted', 'described', 'named', 'dubbed', 'termed', 'classed', 'classified']);
const MEMBER_VERBS = new Set([
  ...EN.LEAD_WORDS, 'represented', 'represents', 'representing', 'championed', 'embodied', 'personified', 'dominated', 'founded', 'formed', 'forming', 'created',
  'organised', 'organized', 'entered', 'rejoined', 'spearheaded', 'captained', 'steered', 'guided', 'became', 'become', 'becomes', 'remained', 'stayed', 'seemed',
  ...NAMING_MEMBER_VERBS,
]);
const JOINING = new Set(['joined', 'joins', 'join', 'joining', 'rejoined']);
/** `{ joins: true }` when a joining verb comes right before the faction's name ("joined the Left Opposition", "sat with the right"). */
function joinedAt(toks: Token[], m: Mention): { joins?: true } {
  const k = m.t0 - (toks[m.t0 - 1]?.n === 'the' ? 2 : 1);
  return JOINING.has(toks[k]?.n ?? '') || (toks[k]?.n === 'with' && SITTING.has(toks[k - 1]?.n ?? '')) ? { joins: true } : {};
}
const SITTING = new Set(['sat', 'sits', 'sit', 'sitting']);
/** Past participles without "-ed": "had beaten the left", "had broken the right". */
const PARTICIPLES = new Set(['beaten', 'broken', 'overthrown', 'taken', 'driven', 'thrown', 'outdone', 'undone', 'overrun', 'forgotten', 'shaken', 'smitten', 'bitten', 'fought', 'won', 'overcome', 'crushed', 'outfought', 'outthought']);
/** Words after a verb that take a wing as its object: "took on the left", "drove out the right", "saw off the left". */
const OBJECT_PARTICLES = new Set(['out', 'off', 'aside', 'down']);
const BARE_NOT_OBJECT = new Set(['be', 'become', 'remain', 'stay', 'join', 'rejoin', 'side', 'sit', 'stand', 'lead', 'head', 'represent', 'champion', 'embody', 'form', 'found', 'create', 'organise', 'organize', 'enter', 'belong', 'seem', 'appear', 'look', 'count', 'call', 'label', 'consider', 'regard', 'see', 'class', 'dominate', 'the', 'a', 'an']);
/** A man's place in the party: "Zinoviev's place was on the left". */
const PLACE_NOUNS = new Set(['place', 'wing', 'faction', 'side', 'camp', 'position', 'seat', 'home', 'allegiance', 'sympathies', 'loyalties']);
/** The forms of "take". */
const TAKE_FORMS = ['took', 'take', 'takes', 'taking', 'taken'];
const TAKE_ON = new Set([...TAKE_FORMS, 'lean', 'leans', 'leaned', 'leant', 'leaning', 'relied', 'relies', 'rely', 'relying', 'depended', 'depends', 'depend', 'counted', 'counts', 'count', 'drew', 'draws', 'called', 'calls', 'turned', 'turns', 'preyed', 'waged']);
/** Verbs that take a wing "on" as their object in the present and the "-ing" form too: "Stalin leans on the right", "won by leaning on the right". */
const ON_PRESENT = new Set(['lean', 'leans', 'leaning', 'relies', 'rely', 'relying', 'depends', 'depend', 'depending', 'counts', 'count', 'counting', 'draws', 'drawing', 'calls', 'calling', 'turns', 'turning']);
const PARTICLE_VERBS = new Set(['drove', 'drive', 'drives', 'driving', 'driven', 'threw', 'throw', 'cast', 'cut', 'shut', 'froze', 'freeze', 'wore', 'see', 'saw', 'seeing', 'put', 'putting', 'take', 'taking', 'taken', 'wipe']);
/**
 * Is the word at k a verb whose object is the wing after it? A past form ("-ed", irregular), a
 * participle, or a verb with a particle, that is none of the verbs that place a man in a wing, and
 * is no adjective after a determiner ("the defeated left") nor part of a passive ("was branded a left-winger").
 */
function wingIsObject(ctx: Ctx, k: number): boolean {
  const { toks } = ctx;
  let v = k;
  const t = toks[k];
  if (!t?.w) return false;
  if (OBJECT_PARTICLES.has(t.n) || (t.n === 'on' && TAKE_ON.has(toks[k - 1]?.n ?? ''))) v = k - 1;
  const w = toks[v];
  if (!w?.w || v < ctx.sent.t0 || isCapitalised(w) || MEMBER_VERBS.has(w.n) || ctx.mentionAt[v] >= 0) return false;
  // (A past form without "-ed" only before a particle: "held the left together" may be membership.)
  const withParticle = v < k && (IRREGULAR_PAST.has(w.n) || PARTICLE_VERBS.has(w.n) || ON_PRESENT.has(w.n));
  // A bare verb after a modal or "to": "could play the left against the right", "tried to isolate the left".
  // (Or after "helped/let/made X": "helped Stalin discipline the Left Opposition".)
  const helped = ctx.persons.find((p) => p.t1 === v);
  const afterHelped = !!helped && HELPING.has(toks[helped.t0 - 1]?.n ?? '');
  const bare = (afterHelped || ['could', 'would', 'might', 'should', 'can', 'will', 'must', 'to', 'did', 'cannot'].includes(toks[v - 1]?.n ?? '')) && !BARE_NOT_OBJECT.has(w.n);
  if (bare) return true;
  const prev = toks[v - 1]?.n ?? '';
  // An "-ing" form: "won by destroying the left", "was undermining the right" (a progressive is active).
  if (v === k && gerundWithObject(w.n)) return !EN.DETERMINERS.has(prev);
  if (!withParticle && !PARTICIPLES.has(w.n) && !EN.OBJECT_VERBS.has(w.n) && !(w.n.length > 4 && w.n.endsWith('ed'))) return false;
  // (A progressive is active: "was leaning on the right".)
  if (withParticle && w.n.endsWith('ing')) return true;
  return !EN.DETERMINERS.has(prev) && !['was', 'were', 'is', 'are', 'be', 'been', 'being', 'get', 'got', 'gets', 'most', 'more', 'very', 'so', 'too', 'less', 'least', 'quite', 'rather'].includes(prev);
}

/** Verbs whose object does the bare verb after it: "helped Stalin crush …", "let Bukharin lead …". */
const HELPING = new Set(['helped', 'help', 'helps', 'let', 'lets', 'made', 'make', 'makes', 'watched', 'watch', 'saw', 'see', 'had', 'have']);
/** Words in "-ing" that are no verb taking an object, or take it into the wing ("joining the left", "leading the right"). */
const ING_NOT_OBJECT = new Set(['during', 'according', 'including', 'regarding', 'concerning', 'following', 'morning', 'evening', 'notwithstanding', 'pending', 'excepting', 'considering']);
function gerundWithObject(n: string): boolean {
  if (n.length <= 5 || !n.endsWith('ing') || ING_NOT_OBJECT.has(n) || MEMBER_VERBS.has(n)) return false;
  const stem = n.slice(0, -3);
  // "joining", "siding", "sitting": the stem as written, with its "e", or with a doubled consonant undone.
  for (const base of [stem, `${stem}e`, stem.slice(0, -1)]) {
    if (BARE_NOT_OBJECT.has(base) || MEMBER_VERBS.has(`${base}ed`) || MEMBER_VERBS.has(`${base}d`) || MEMBER_VERBS.has(base)) return false;
  }
  return true;
}

/**
 * Is the comma at `comma` the end of a verb's object ("beat Trotsky's group,", "beat both wings,", "beat
 * the former,"): a few words of a noun phrase back to a verb that is not a copula?
 */
function besideObject(ctx: Ctx, comma: number): boolean {
  const { toks } = ctx;
  for (let k = comma - 1; k >= Math.max(ctx.sent.t0, comma - 5); k--) {
    const t = toks[k];
    if (!t.w && t.n !== "'") return false;
    if (FINITE.has(t.n) || ['became', 'become', 'remained', 'seemed'].includes(t.n)) return false;
    if (EN.NOT_MEMBERSHIP.has(t.n) && !EN.PREPOSITIONS.has(t.n)) return true;
    if (EN.OBJECT_VERBS.has(t.n) || (t.n.length > 4 && t.n.endsWith('ed') && !isCapitalised(t))) return !MEMBER_VERBS.has(t.n) && !EN.DETERMINERS.has(toks[k - 1]?.n ?? '');
    if (EN.PREPOSITIONS.has(t.n) || t.n === 'and') return false;
  }
  return false;
}

function factionClaim(ctx: Ctx, mention: Mention): void {
  let m = mention;
  // A single word that is a short form ("the middle") is fixed with the short form ("the left").
  if (m.t1 - m.t0 === 1 && (m.entity.forms?.short ?? []).some((f) => f.toLowerCase() === ctx.toks[m.t0].n)) m = { ...m, form: 'short' };
  const { toks } = ctx;
  const ent = m.entity;
  if (!ent.group) return;
  // A note's arrow to a wing that something happens to: "Stalin -> Right Opposition crushed" (the wing is
  // the subject of its own participle, not the man's wing).
  {
    // (Past the step's date: "-> 1926-27 United Opposition crushed".)
    let k = m.t0 - 1;
    while (k > ctx.sent.t0 && /^\d{2,4}$/.test(toks[k].n)) {
      k--;
      if ((toks[k].n === '-' || toks[k].n === '–') && /^\d{2,4}$/.test(toks[k - 1]?.n ?? '')) k--;
    }
    const prev = toks[k];
    const arrow = !!prev && (ARROWS.has(prev.t) || (prev.n === '>' && ['-', '=', '–'].includes(toks[k - 1]?.n ?? '')));
    if (arrow && toks[m.t1]?.w && /ed$|en$/.test(toks[m.t1].n) && !FINITE.has(toks[m.t1].n)) return;
  }
  // A member claim about these men, unless the sentence takes it back (denied, reported, hedged …).
  const member = (b: Bound, c0 = m.t0, rel: 'member' | 'leads' = 'member'): boolean => {
    if (!guard(ctx, b, c0, m.t1, 'faction')) return false;
    if (laterStep(toks, b.persons, m.t0)) return false;
    push(ctx, { code: 'faction', rel, subjects: b.persons, target: ent, s: m.s, e: m.e, form: m.form, formIndex: formIndexOf(ent, m, toks), bind: b.bind, ...joinedAt(toks, m) });
    return true;
  };
  // "the left's programme": the faction owns something; nobody is said to be in it.
  // Its leader is named, though: "Trotsky was the right wing's leader", "The right's leader, Trotsky, …".
  if (isPossessiveAt(toks, m.t1)) {
    const noun = m.t1 + (toks[m.t1 + 1]?.n === 's' ? 2 : 1);
    if (!['leader', 'head', 'chief', 'figurehead'].includes(toks[noun]?.n ?? '')) return;
    const plain = (p: PersonRef): boolean => !p.pronoun && !isPossessivePerson(ctx, p);
    let p = toks[m.t0 - 1]?.n === 'the' && ['was', 'is', 'became', 'remained'].includes(toks[m.t0 - 2]?.n ?? '') ? ctx.persons.find((q) => q.t1 === m.t0 - 2 && plain(q)) : undefined;
    if (!p && (toks[noun + 1]?.n === ',' || toks[noun + 1]?.n === 'was' || toks[noun + 1]?.n === 'is')) p = ctx.persons.find((q) => q.t0 === noun + 2 && plain(q));
    if (p) member({ persons: [p], bind: 'copular' }, m.t0, 'leads');
    return;
  }
  // "Stalin's left-wing rivals", "his right-wing allies": the wing is theirs, not the owner's; checked
  // against them when they are named next ("Bukharin's left-wing allies, Rykov and Tomsky, …").
  if (m.form === 'adjective' && (PEOPLE_OF.has(toks[m.t1]?.n ?? '') || RELATION_NOUNS.has(toks[m.t1]?.n ?? ''))) {
    let k = m.t1 + 1;
    if (toks[k]?.n === ',' || toks[k]?.n === '(' || toks[k]?.n === ':' || toks[k]?.n === 'including') k++;
    else if (toks[k]?.n === 'such' && toks[k + 1]?.n === 'as') k += 2;
    const pi = ctx.persons.findIndex((p) => p.t0 === k && !p.pronoun && !isPossessivePerson(ctx, p));
    if (pi >= 0) member({ persons: groupMembers(ctx, pi), bind: 'list' });
    return;
  }
  // "The left wing, which was led by Bukharin, …", "the left wing, led by Bukharin": its leader after "by".
  {
    let k = m.t1;
    if (toks[k]?.n === ',') k++;
    if ((toks[k]?.n === 'which' || toks[k]?.n === 'that') && ['was', 'had'].includes(toks[k + 1]?.n ?? '')) k += toks[k + 2]?.n === 'been' ? 3 : 2;
    if (k > m.t1 && ['led', 'headed'].includes(toks[k]?.n ?? '') && toks[k + 1]?.n === 'by') {
      const pi = ctx.persons.findIndex((p) => p.t0 === k + 2 && !p.pronoun && !isPossessivePerson(ctx, p));
      if (pi >= 0) {
        member({ persons: groupMembers(ctx, pi), bind: 'relative' }, m.t0, 'leads');
        return;
      }
    }
  }
  // "The left wing, which Bukharin led, …", "the left wing that Bukharin had led": the man in the relative clause, by its verb.
  if ((toks[m.t1]?.n === ',' && (toks[m.t1 + 1]?.n === 'which' || toks[m.t1 + 1]?.n === 'that')) || toks[m.t1]?.n === 'that') {
    const rel = toks[m.t1]?.n === 'that' ? m.t1 : m.t1 + 1;
    const pi = ctx.persons.findIndex((p) => p.t0 === rel + 1 && !p.pronoun && !isPossessivePerson(ctx, p));
    let vAt = pi >= 0 ? ctx.persons[pi].t1 : -1;
    if (vAt >= 0 && ['had', 'has'].includes(toks[vAt]?.n ?? '')) vAt++;
    const verb = vAt >= 0 ? toks[vAt]?.n ?? '' : '';
    if (pi >= 0 && MEMBER_VERBS.has(verb) && !NAMING_MEMBER_VERBS.has(verb)) {
      // (The wing is what the sentence goes on about: a slip is the man's, so he is the fix.)
      member({ persons: groupMembers(ctx, pi), bind: 'relative' }, m.t0, EN.LEAD_WORDS.has(verb) ? 'leads' : 'member');
      return;
    }
  }
  // A wing in brackets after a man: "Kamenev (right) chaired the Moscow Soviet".
  if (toks[m.t0 - 1]?.n === '(' && toks[m.t1]?.n === ')') {
    const p = ctx.persons.find((q) => q.t1 === m.t0 - 1 && !q.pronoun && !isPossessivePerson(ctx, q));
    if (p && sideOfTwo(ctx, p)) return;
    if (p) {
      member({ persons: [p], bind: 'appositive' });
      return;
    }
  }
  // Its members named right after it: "The right wing (Bukharin, Rykov and Tomsky)", "The right wing — Bukharin,
  // Rykov and Tomsky —", "the three left-wingers, Trotsky, Zinoviev and Kamenev,".
  {
    const open = toks[m.t1]?.n ?? '';
    const listed = open === '(' || open === '—' || open === '–' || (open === '-' && toks[m.t1].s !== toks[m.t1 - 1].e) || (open === ',' && m.form === 'members');
    const pi = listed ? ctx.persons.findIndex((p) => p.t0 === m.t1 + 1 && !p.pronoun && !isPossessivePerson(ctx, p)) : -1;
    if (pi >= 0) {
      const members = groupMembers(ctx, pi);
      const close = toks[members[members.length - 1].t1]?.n ?? '';
      // (Closed as it opened, or by the sentence's end: not "the right wing, Bukharin said, …".)
      const closed = open === '(' ? close === ')' : open === ',' ? [',', '.', ';', ')'].includes(close) || !close : [open, '—', '–', '-', '.', ';', ','].includes(close) || !close;
      if (closed && members.length > 1 && member({ persons: members, bind: 'list' })) return;
    }
  }
  // "In the centre stood Bukharin", "On the left sat Rykov": a place opening the sentence, then its man.
  const placeAt = toks[m.t0 - 1]?.n === 'the' ? m.t0 - 2 : m.t0 - 1;
  if (['in', 'on'].includes(toks[placeAt]?.n ?? '') && placeAt === ctx.sent.t0 && ['stood', 'sat', 'was', 'were', 'came', 'stand', 'sit'].includes(toks[m.t1]?.n ?? '')) {
    const pi = ctx.persons.findIndex((p) => p.t0 === m.t1 + 1 && !p.pronoun && !isPossessivePerson(ctx, p));
    if (pi >= 0) {
      member({ persons: groupMembers(ctx, pi), bind: 'list' });
      return;
    }
  }
  // "Zinoviev's place was on the right", "Zinoviev's wing was the left": his place is his wing.
  {
    let k = m.t0 - 1;
    while (k > ctx.sent.t0 && ['the', 'on', 'in', 'with', 'firmly', 'clearly', 'always', 'still'].includes(toks[k].n)) k--;
    if (['was', 'is', 'were', 'lay'].includes(toks[k]?.n ?? '') && PLACE_NOUNS.has(toks[k - 1]?.n ?? '')) {
      const owner = ctx.persons.find((p) => !p.pronoun && isPossessivePerson(ctx, p) && possessiveEnd(toks, p) === k - 1);
      if (owner) {
        member({ persons: [owner], bind: 'possessive' });
        return;
      }
    }
  }
  // "The men of the left were Trotsky, Zinoviev and Kamenev": the men named after the copula.
  if (toks[m.t0 - 1]?.n === 'the' && toks[m.t0 - 2]?.n === 'of' && ['men', 'members', 'leaders', 'figures'].includes(toks[m.t0 - 3]?.n ?? '') && ['were', 'are'].includes(toks[m.t1]?.n ?? '')) {
    let k = m.t1 + 1;
    if (toks[k]?.n === 'in' && yearOf(toks[k + 1]) !== undefined) k += 2;
    const pi = ctx.persons.findIndex((p) => p.t0 === k && !p.pronoun && !isPossessivePerson(ctx, p));
    if (pi >= 0) {
      member({ persons: groupMembers(ctx, pi), bind: 'copular' });
      return;
    }
  }
  let before = skipBack(ctx, m.t0);
  // A faction joined to one before it shares that one's relation: "between the left and the right"
  // (past the brackets after it: "between the left (Trotsky) and the right (Bukharin)").
  const factionBefore = (and: number): number => {
    let j = and - 1;
    if (toks[j]?.n === ')') while (j > ctx.sent.t0 && toks[j].n !== '(') j--;
    if (toks[j]?.n === '(') j--;
    const mi = ctx.mentionAt[j];
    return j >= 0 && mi >= 0 && ctx.mentions[mi].entity.kind === 'faction' ? mi : -1;
  };
  // (Also a comma list and "as well as": "defeated the Left Opposition, the New Opposition and …", "the left as well as the right".)
  const joinerAt = (b: number): boolean => toks[b]?.n === 'and' || toks[b]?.n === 'or' || toks[b]?.n === ',' || (toks[b]?.n === 'as' && toks[b - 1]?.n === 'well' && toks[b - 2]?.n === 'as');
  const joined = (b: number): number => (toks[b]?.n === 'as' && toks[b - 1]?.n === 'well' ? factionBefore(b - 2) : factionBefore(b));
  let head = m.t0;
  while (joinerAt(before) && joined(before) >= 0) {
    head = ctx.mentions[joined(before)].t0;
    before = skipBack(ctx, head);
  }
  // "as well as" joins like "and": "defeated Trotsky as well as the Right Opposition".
  const andAt = toks[before]?.n === 'as' && toks[before - 1]?.n === 'well' && toks[before - 2]?.n === 'as' ? before - 2 : before;
  // A wing joined by "and" to people after a relation: "allied with Bukharin and the right wing".
  if ((toks[andAt]?.n === 'and' || toks[andAt]?.n === 'or' || andAt < before) && ctx.mentionAt[andAt - 1] >= 0) {
    const pi = ctx.persons.findIndex((p) => p.t1 === andAt && !p.pronoun);
    if (pi >= 0) {
      const head = groupMembers(ctx, pi)[0];
      const rel = toks[head.t0 - 1]?.n ?? '';
      if (EN.NOT_MEMBERSHIP.has(rel) && !['of', 'in', 'on'].includes(rel)) return;
    }
  }
  // "outmanoeuvred first the left": an adverb between the verb and the faction.
  // (And past a quantifier: "defeated both the left and the right", "allied with two left-wingers".)
  let verbAt = before;
  let counted = false;
  while (verbAt > ctx.sent.t0 && (SEQUENCE_ADVERBS.has(toks[verbAt].n) || QUANTIFIERS.has(toks[verbAt].n) || (toks[verbAt].n === 'after' && toks[verbAt + 1]?.n === 'that')) && !(toks[verbAt].n === 'in' && toks[verbAt + 1]?.n !== 'turn')) {
    counted ||= QUANTIFIERS.has(toks[verbAt].n);
    verbAt--;
  }
  // A wing set beside a verb's object after a comma: "Stalin beat Trotsky's group, the left wing", "courted
  // Bukharin's group, the right wing, in 1925", "beat both wings, the left wing by 1927 and …".
  if (toks[before]?.n === ',' && besideObject(ctx, before)) return;
  if (verbAt < before && EN.NOT_MEMBERSHIP.has(toks[verbAt].n) && !['in', 'to', 'for', 'from', 'with'].includes(toks[verbAt].n)) return;
  // The wing as a verb's object: "had beaten the left", "overcame the right", "took on the left".
  // (But joining a named opposition is going into it: "In 1926 Bukharin joined the United Opposition".
  // Joining a wing is siding with it: "Stalin joined the right against Zinoviev" is an alliance.)
  const joinsGroup = JOINING.has(toks[verbAt]?.n ?? '') && !ent.forms?.short && m.form !== 'adjective';
  if (!joinsGroup && wingIsObject(ctx, verbAt)) return;
  // A wing someone has on his side: "Stalin had the right with him", "had the left behind him".
  {
    // (Past its members in brackets: "Stalin now had the right (Bukharin, Rykov, Tomsky) with him".)
    let a = m.t1;
    if (toks[a]?.n === '(') while (a < ctx.sent.t1 && toks[a].n !== ')') a++;
    if (toks[a]?.n === ')') a++;
    if (['with', 'behind', 'beside'].includes(toks[a]?.n ?? '') && ['him', 'them', 'her', 'himself'].includes(toks[a + 1]?.n ?? '')) return;
  }
  // People on a wing as a verb's object: "angered many on the left", "alienated those on the right"
  // (not joined: "joined others on the right" is going there too).
  {
    let k = m.t0 - 1;
    if (toks[k]?.n === 'the') k--;
    const who = toks[k - 1]?.n ?? '';
    if (['on', 'in', 'of'].includes(toks[k]?.n ?? '') && (PEOPLE_ON.has(who) || PEOPLE_OF.has(who)) && verbLike(toks[k - 2]) && !MEMBER_VERBS.has(toks[k - 2].n) && !JOINING.has(toks[k - 2].n) && !COPULAS.has(toks[k - 2].n)) return;
  }
  // People of a wing one keeps company with: "allied with two left-wingers" (but "sat among the right-wingers" is a place).
  if (counted && toks[verbAt]?.n === 'with') return;
  // A place beside a man: "sat between Bukharin on the right and Trotsky on the left" (his), "to Stalin's right" (no one's).
  if (toks[m.t0 - 1]?.n === 'the' && ['on', 'to'].includes(toks[m.t0 - 2]?.n ?? '')) {
    const beside = ctx.persons.find((p) => p.t1 === m.t0 - 2 && !p.pronoun && !isPossessivePerson(ctx, p) && (toks[p.t0 - 1]?.n === 'between' || (toks[p.t0 - 1]?.n === 'and' && toks.slice(ctx.sent.t0, p.t0).some((t) => t.n === 'between'))));
    if (beside && member({ persons: [beside], bind: 'nearest' })) return;
  }
  if (ctx.persons.some((p) => isPossessivePerson(ctx, p) && possessiveEnd(toks, p) === m.t0 && toks[p.t0 - 1]?.n === 'to')) return;
  // The faction as an object judged by the subject: "thought the right wing weak", "considered the left dangerous"
  // (not the passive "was considered a left-winger").
  if (JUDGING.has(toks[before]?.n ?? '') && !['was', 'were', 'is', 'are', 'been', 'being'].includes(toks[before - 1]?.n ?? '')) return;
  // A second object after "and" shares the first one's verb: "fought the left in 1924 and the right in 1928",
  // "saw the left as a threat and the right as an ally".
  // (Or after a comma: "defeated the left, then the right".)
  // (Not the comma that ends an opening phrase: "In contrast to the right wing led by Bukharin, the left wing was …".)
  if ((toks[verbAt]?.n === 'and' || (toks[verbAt]?.n === ',' && (verbAt < before || clauseOf(ctx, verbAt - 1) === clauseOf(ctx, verbAt + 1)))) && parallelObject(ctx, verbAt)) return;
  const prevWord = toks[before]?.n;
  // "Stalin and the right wing removed Trotsky": a man and a wing side by side are allies, not one in the other.
  // (Also past a description of the man: "Stalin, the General Secretary, and the right wing stood together".)
  const manBefore = (end: number): boolean => ctx.persons.some((p) => p.t1 === end && !isPossessivePerson(ctx, p));
  if (andAt < before && manBefore(andAt)) return;
  if ((prevWord === 'and' || prevWord === 'plus') && toks[before + 1]?.n === 'the' && (manBefore(before) || (toks[before - 1]?.n === ',' && ctx.appos[before - 2] >= 0 && manBefore(ctx.persons[ctx.appos[before - 2]].t1)))) return;
  // "adopted the programme of the left wing", "the defeat of the right": the wing's, not the subject's.
  const ofAt = toks.slice(before + 1, m.t0).findIndex((t) => t.n === 'of');
  if (ofAt >= 0 && (VIEW_NOUNS.has(toks[before + ofAt]?.n ?? '') || OF_WING_NOUNS.has(toks[before + ofAt]?.n ?? ''))) return;
  // Possessive leader: "Trotsky's left".
  let possIdx = ctx.persons.findIndex((p) => !p.pronoun && isPossessiveAt(toks, p.t1) && p.t1 + 2 === m.t0);
  // "Bukharin's leadership of the left wing": a possessive leader through a noun of leading.
  if (possIdx < 0) {
    let k = m.t0 - 1;
    if (toks[k]?.n === 'the') k--;
    if (toks[k]?.n === 'of' && ['leadership', 'command', 'headship', 'control'].includes(toks[k - 1]?.n ?? '')) {
      possIdx = ctx.persons.findIndex((p) => isPossessivePerson(ctx, p) && possessiveEnd(toks, p) === k - 1);
    }
  }
  let bound: Bound | undefined;
  let leads = false;
  if (possIdx >= 0) {
    bound = { persons: [ctx.persons[possIdx]], bind: 'possessive' };
    leads = true;
  } else {
    // "turned on the right", "went over to the left": a relation to the faction, not membership.
    // (Past an adverb: "depended heavily on the right".)
    const verbBefore = (/ly$/.test(toks[before - 1]?.n ?? '') && toks[before - 2]?.w ? toks[before - 2]?.n : toks[before - 1]?.n) ?? '';
    if ((prevWord === 'on' || prevWord === 'over' || prevWord === 'to' || prevWord === 'against') && ['turned', 'turning', 'turns', 'went', 'moved', 'swung', 'lurched', 'shifted', 'appealed', 'leaned', 'relied', 'rely', 'relying', 'depended', 'depend', 'depending', 'counted', 'called', 'drew'].includes(verbBefore) && !bound) return;
    // "turned on his allies on the right": the wing of the people named before it, not the subject's.
    // (A man's own place stays: "Bukharin, Trotsky's ally on the left, …".)
    if ((prevWord === 'on' || prevWord === 'of' || prevWord === 'in') && PEOPLE_OF.has(verbBefore)) {
      // …named right after: "his allies on the left, Rykov and Tomsky, …" puts them there.
      let pi = toks[m.t1]?.n === ',' || toks[m.t1]?.n === '(' ? ctx.persons.findIndex((p) => p.t0 === m.t1 + 1 && !p.pronoun && !isPossessivePerson(ctx, p)) : -1;
      // (Names set beside them, closed by a comma or bracket; not the main clause's subject after an
      // opening phrase: "With his allies on the right, Stalin won".)
      if (pi >= 0 && ![',', ')', '.', ';'].includes(toks[groupMembers(ctx, pi).slice(-1)[0].t1]?.n ?? '.')) pi = -1;
      if (pi >= 0) member({ persons: groupMembers(ctx, pi), bind: 'list' });
      // …or before a copula: "Zinoviev and Kamenev were Trotsky's allies on the right".
      else {
        const owner = ctx.persons.find((p) => isPossessivePerson(ctx, p) && possessiveEnd(toks, p) === before - 1);
        const cop = owner ? owner.t0 - 1 : -1;
        const si = cop > ctx.sent.t0 && ['was', 'were', 'is', 'are', 'became', 'remained'].includes(toks[cop].n) ? ctx.persons.findIndex((p) => p.t1 === cop && !p.pronoun && !isPossessivePerson(ctx, p)) : -1;
        if (si >= 0) member({ persons: groupMembers(ctx, si), bind: 'copular' });
      }
      return;
    }
    // "fought the enemies of NEP on the left": people named by their stance keep their wing too.
    if (prevWord === 'on' || prevWord === 'in') {
      const pm = ctx.mentionAt[before - 1];
      const m0 = pm >= 0 ? ctx.mentions[pm].t0 : -1;
      if (m0 > 1 && toks[m0 - 1].n === 'of' && PEOPLE_OF.has(toks[m0 - 2].n)) return;
    }
    // "once the ally of the right", "an opponent of the left": a relation to the wing, not a place in it.
    {
      let o = m.t0 - 1;
      while (o > ctx.sent.t0 && (toks[o].n === 'the' || toks[o].n === 'a')) o--;
      // (And "on the side of the right wing": an alliance with it, not a seat in it.)
      if (toks[o]?.n === 'of' && (RELATION_NOUNS.has(toks[o - 1]?.n ?? '') || toks[o - 1]?.n === 'side' || PEOPLE_OF.has(toks[o - 1]?.n ?? '') || AID_NOUNS.has(toks[o - 1]?.n ?? ''))) return;
      // "led the attack on the left", "the campaign against the United Opposition": the wing is the target.
      if ((toks[o]?.n === 'on' || toks[o]?.n === 'against' || toks[o]?.n === 'upon') && ASSAULT_NOUNS.has(toks[o - 1]?.n ?? '')) return;
    }
    // "Stalin met the leader of the left", "opposed the leaders of the right": the leader is the verb's object.
    const ofAt2 = toks[head - 1]?.n === 'the' ? head - 2 : head - 1;
    if (toks[ofAt2]?.n === 'of' && (EN.LEAD_WORDS.has(toks[ofAt2 - 1]?.n ?? '') || EN.MEMBER_NOUNS.has(toks[ofAt2 - 1]?.n ?? ''))) {
      let v = ofAt2 - 2;
      while (v > ctx.sent.t0 && ['the', 'a', 'an', 'one', 'two', 'three', 'all', 'both', 'several', 'some', 'its', 'their', 'other', 'main', 'chief'].includes(toks[v].n)) v--;
      let w = toks[v];
      // "was against the leader of the left", "sided with Stalin against the leaders of the left".
      if (w && (w.n === 'against' || w.n === 'versus')) return;
      // "turned on the leader of the left", "sided with …", "an ally of the leader of the right": a verb's or a relation's object.
      if (w && ['on', 'with', 'against', 'to', 'after', 'by', 'from', 'upon', 'of'].includes(w.n) && (verbLike(toks[v - 1]) || RELATION_NOUNS.has(toks[v - 1]?.n ?? '')) && !['was', 'were', 'is', 'are'].includes(toks[v - 1]?.n ?? '')) {
        v--;
        w = toks[v];
        if (RELATION_NOUNS.has(w.n)) return;
      }
      const copula = !!w && (['was', 'were', 'is', 'are', 'be', 'been', 'being', 'became', 'become', 'becomes', 'remained', 'remain', 'seemed', 'as', 'of', 'among'].includes(w.n) || MEMBER_VERBS.has(w.n));
      if (w && v < ofAt2 - 1 && !copula && (EN.OBJECT_VERBS.has(w.n) || (EN.NOT_MEMBERSHIP.has(w.n) && !EN.PREPOSITIONS.has(w.n)) || wingIsObject(ctx, v) || verbLike(w))) return;
    }
    const belongs = prevWord === 'to' && toks.slice(Math.max(ctx.sent.t0, before - 6), before).some((t) => ['belonged', 'belong', 'belonging', 'belongs'].includes(t.n));
    const joinsGroup = JOINING.has(prevWord ?? '') && !ent.forms?.short && m.form !== 'adjective';
    // "Bukharin sat with the left wing": sitting with a wing is a seat in it (siding with one is an alliance).
    const sitsWith = prevWord === 'with' && SITTING.has(toks[before - 1]?.n ?? '');
    if (prevWord && EN.NOT_MEMBERSHIP.has(prevWord) && !belongs && !joinsGroup && !sitsWith && !(prevWord === 'of' && EN.LEAD_WORDS.has(toks[before - 1]?.n ?? '')) && !(prevWord === 'of' && ['one', 'member', 'members', 'part', 'leader', 'head'].includes(toks[before - 1]?.n ?? ''))) {
      if (!(prevWord === 'of' && EN.MEMBER_NOUNS.has(toks[before - 1]?.n ?? ''))) return;
    }
    if (m.form === 'adjective') {
      const next = toks[m.t1];
      const nextIsPerson = ctx.persons.some((p) => p.t0 === m.t1);
      const written = toks.slice(m.t0, m.t1).map((t) => t.n).join(' ');
      const alsoMember = (ent.forms?.member ?? []).some((f) => phraseTokens(f).join(' ') === written);
      // (Before an office, the wing is its holder's: "Rykov was the left-wing chairman of Sovnarkom".)
      const office = ctx.mentionAt[m.t1] >= 0 && ctx.mentions[ctx.mentionAt[m.t1]].entity.kind === 'office';
      if (alsoMember && !nextIsPerson && !(next && EN.MEMBER_NOUNS.has(next.n))) m = { ...m, form: 'member' };
      else if (!nextIsPerson && !office && next && next.w && !EN.MEMBER_NOUNS.has(next.n)) return;
    }
    // "left-wingers such as X and Y", "three right-wingers (X, Y and Z)".
    if (m.form === 'members' || m.form === 'member') {
      let k = m.t1;
      if (toks[k]?.n === 'such' && toks[k + 1]?.n === 'as') k += 2;
      else if (['including', 'like', 'namely', '('].includes(toks[k]?.n ?? '')) k += 1;
      if (k > m.t1) {
        const pi = ctx.persons.findIndex((p) => p.t0 === k && !p.pronoun);
        if (pi >= 0) bound = { persons: groupMembers(ctx, pi), bind: 'list' };
      }
    }
    // "The left wing, under Trotsky, …" / "the left under Trotsky": led by.
    if (!bound) {
      let k = m.t1;
      if (toks[k]?.n === ',') k++;
      if (toks[k]?.n === 'under') {
        const pi = ctx.persons.findIndex((p) => p.t0 === k + 1 && !p.pronoun && !isPossessiveAt(toks, p.t1));
        if (pi >= 0) {
          bound = { persons: groupMembers(ctx, pi), bind: 'passive' };
          leads = true;
        }
      }
    }
    // Gapped after "led by": "The right wing was led by Bukharin, the left wing by Trotsky".
    if (!bound && toks[m.t1]?.n === 'by' && toks[m.t0 - 1]?.n === 'the' && toks[m.t0 - 2]?.n === ',') {
      const pi = ctx.persons.findIndex((p) => p.t0 === m.t1 + 1 && !p.pronoun && !isPossessiveAt(toks, p.t1));
      let ledBy = false;
      for (let j = ctx.sent.t0; j < m.t0 - 2 && !ledBy; j++) ledBy = EN.LEAD_WORDS.has(toks[j].n) && toks[j + 1]?.n === 'by';
      if (pi >= 0 && ledBy) {
        bound = { persons: groupMembers(ctx, pi), bind: 'passive' };
        leads = true;
      }
    }
    // "Three men led the left: Trotsky, Zinoviev and Kamenev." — the names after the colon.
    // (And a note's label at the start of its line: "Left Opposition: Trotsky", "left opposition // trotsky", "Right wing — Bukharin".)
    const sepEnd = toks[m.t1]?.n === ':' ? m.t1 + 1 : m.t0 === ctx.sent.t0 && labelSepAt(toks, m.t1) ? (toks[m.t1].n === '/' ? m.t1 + 2 : m.t1 + 1) : -1;
    if (!bound && sepEnd > 0 && !ctx.persons.some((p) => p.t1 <= m.t0 && clauseOf(ctx, p.t0) === clauseOf(ctx, m.t0))) {
      const pi = ctx.persons.findIndex((p) => p.t0 === sepEnd && !p.pronoun);
      // (To the end of the sentence, or of its line: "Left Opposition: Trotsky" / "New Opposition: Zinoviev".)
      const end = pi >= 0 ? groupMembers(ctx, pi).slice(-1)[0].t1 : -1;
      if (pi >= 0 && (['.', '!', undefined].includes(toks[end]?.n) || end >= ctx.sent.t1)) bound = { persons: groupMembers(ctx, pi), bind: 'list' };
    }
    const underBound = bound?.bind === 'passive';
    // "The right wing (of the Politburo) consisted of Bukharin, Rykov and Tomsky": the list after the verb.
    if (!bound) {
      let k = m.t1;
      if (toks[k]?.n === 'of' && ctx.mentionAt[k + 1] < 0 && toks[k + 1]?.n === 'the' && ctx.mentionAt[k + 2] >= 0 && ctx.mentions[ctx.mentionAt[k + 2]].entity.kind === 'body') k = ctx.mentions[ctx.mentionAt[k + 2]].t1;
      const t = findTimes(toks, k, Math.min(ctx.sent.t1, k + 4), ctx.kb.period)[0];
      if (t && t.t0 === k) k = t.t1;
      if (toks[k]?.n === 'was' || toks[k]?.n === 'were') k++;
      const verb = CONSISTS.find((v) => v.every((w, j) => toks[k + j]?.n === w));
      if (verb) {
        const pi = ctx.persons.findIndex((p) => p.t0 === k + verb.length && !p.pronoun && !isPossessiveAt(toks, p.t1));
        if (pi >= 0) bound = { persons: groupMembers(ctx, pi), bind: 'list' };
      }
    }
    // "a right wing of Bukharin, Rykov and Tomsky": the wing of the people named after it.
    if (!bound && toks[m.t1]?.n === 'of') {
      const pi = ctx.persons.findIndex((p) => p.t0 === m.t1 + 1 && !p.pronoun && !isPossessivePerson(ctx, p));
      if (pi >= 0) bound = { persons: groupMembers(ctx, pi), bind: 'list' };
    }
    if (!bound) bound = bindSubject(ctx, m.t0, m.t1, { allowPossessive: false });
    if (!bound) return;
    // The faction as the subject of a clause of its own, after the person: "Bukharin believed the
    // left was reckless", "Kamenev thought the right was wrong". (Before the person it is a copula: "The leader of the left was Trotsky".)
    if (bound.persons.every((p) => p.t1 <= m.t0) && FINITE.has(toks[m.t1]?.n ?? '') && toks[m.t1 + 1]?.n !== 'by' && !(toks[m.t1]?.n === 'was' && toks[m.t1 + 1]?.n === 'led')) return;
    // A leading relation: "leader of", "led", "headed", "was led by".
    if (bound.bind === 'list' && sepEnd > 0) {
      for (let k = m.t0 - 1; k >= ctx.sent.t0 && clauseOf(ctx, k) === clauseOf(ctx, m.t0) && !leads; k--) leads = EN.LEAD_WORDS.has(toks[k].n);
    }
    const lo = Math.min(...bound.persons.map((p) => p.t1));
    const from = lo <= m.t0 ? lo : m.t1;
    const to = lo <= m.t0 ? m.t0 : Math.min(...bound.persons.map((p) => p.t0));
    // Words inside a description between them ("Tomsky, head of the trade unions, was …") do not lead the faction.
    // (Not a lead word that governs something else first: "head of Sovnarkom and a left-winger".)
    const leadsOther = (k: number): boolean => {
      for (let j = k + 1; j < Math.min(k + 4, m.t0); j++) if (ctx.mentionAt[j] >= 0 && ctx.mentions[ctx.mentionAt[j]].entity.kind !== 'faction') return true;
      return false;
    };
    for (let k = from; k < to && !leads && !underBound; k++) leads = EN.LEAD_WORDS.has(toks[k].n) && (ctx.appos[k] === -1 || ctx.appos[k] === ctx.appos[m.t0]) && ctx.paren[k] === ctx.paren[m.t0] && !leadsOther(k);
    if (bound.bind === 'appositive') {
      const ap = ctx.appos[m.t0];
      const apStart = ctx.persons[ap].t1 + 1;
      leads = leads || toks.slice(apStart, m.t0).some((t) => EN.LEAD_WORDS.has(t.n));
    }
  }
  if (!guard(ctx, bound, m.t0, m.t1, 'faction') || laterStep(toks, bound.persons, m.t0)) return;
  push(ctx, { code: 'faction', rel: leads ? 'leads' : 'member', subjects: bound.persons, target: ent, s: m.s, e: m.e, form: m.form, formIndex: formIndexOf(ent, m, toks), bind: bound.bind, ...joinedAt(toks, m) });
  // "Tomsky joined Trotsky and Zinoviev on the left": the one who joins them is there too.
  if ((bound.bind === 'list' || bound.bind === 'nearest') && (prevWord === 'on' || prevWord === 'in') && !leads) {
    let v = bound.persons[0].t0 - 1;
    if (toks[v]?.n === 'with' && ['sided', 'stood', 'allied', 'aligned', 'lined'].includes(toks[v - 1]?.n ?? '')) v--;
    if (['joined', 'sided', 'stood', 'allied', 'aligned', 'lined'].includes(toks[v]?.n ?? '') && bound.persons[bound.persons.length - 1].t1 === before) {
      const joiner = bindSubject(ctx, v, v + 1, { allowPossessive: false });
      if (joiner && !joiner.persons.some((p) => bound!.persons.includes(p))) member(joiner, v);
    }
  }
}

function formIndexOf(ent: Entity, m: Mention, toks: Token[]): number {
  if (!m.form || !ent.forms) return 0;
  const written = toks.slice(m.t0, m.t1).map((t) => t.n).join(' ');
  const list = ent.forms[m.form] ?? [];
  const i = list.findIndex((f) => phraseTokens(f).join(' ') === written);
  return Math.max(0, i);
}

/** Words between a verb and an office that leave the office its role: "was briefly the first General Secretary". */
const OFFICE_FILLERS = new Set(['the', 'a', 'an', 'then', 'still', 'also', 'briefly', 'effectively', 'already', 'later', 'soon', 'first', 'new', 'only', 'sole', 'real', 'actual', 'acting', 'powerful', 'all', '-', 'party', "party's", "'", 's', 'de', 'facto', 'its', 'their', 'once', 'now', 'long', 'time', 'simultaneously', 'eventually', 'finally']);
/** Words right before an office (past the fillers) that make it the person's: "was", "became", "as", "post of", "appointed". */
const OFFICE_PREDICATES = new Set([
  'was', 'were', 'is', 'are', 'be', 'been', 'being', 'became', 'become', 'becomes', 'becoming', 'remained', 'remain', 'remains', 'remaining', 'as', 'of',
  'appointed', 'reappointed', 'elected', 're', 'named', 'made', 'nominated', 'installed', 'confirmed', 'promoted', 'chosen', 'designated', 'proclaimed', 'declared',
  'held', 'hold', 'holds', 'holding', 'occupied', 'occupy', 'occupying', 'himself', ',', '(',
]);
const APPOINTING = new Set(['appointed', 'reappointed', 'elected', 'named', 'nominated', 'installed', 'confirmed', 'promoted', 'chose', 'chosen', 'designated']);
/** Nouns of a relation to someone: "a rival of the War Commissar". */
const RELATION_NOUNS = new Set(['loathing', 'hatred', 'fear', 'dislike', 'contempt', 'distrust', 'suspicion', 'envy', 'jealousy', 'admiration', 'criticism', 'rival', 'rivals', 'enemy', 'enemies', 'ally', 'allies', 'friend', 'friends', 'opponent', 'opponents', 'critic', 'critics', 'colleague', 'colleagues', 'protégé', 'protege', 'patron', 'victim', 'supporter', 'supporters', 'partner', 'target', 'foe', 'successor', 'predecessor', 'deputy', 'assistant', 'secretary', 'client', 'servant', 'admirer', 'widow', 'wife', 'husband', 'son', 'daughter', 'brother', 'sister', 'mother', 'father', 'family', 'children', 'bodyguard', 'biographer', 'assassin', 'murderer', 'killer']);
/** Verbs of judging or shaping a post, not holding it: "regarded the post of General Secretary as dull". */
const POST_VIEWING = new Set(['regarded', 'viewed', 'considered', 'described', 'underestimated', 'dismissed', 'created', 'established', 'abolished', 'feared', 'distrusted', 'saw', 'see', 'sees', 'seeing', 'regard', 'regards', 'view', 'views']);
/** Verbs after which "to" still gives the office: "promoted to General Secretary". */
const OFFICE_TO = new Set(['promoted', 'rose', 'risen', 'raised', 'elevated', 'appointed', 'elected', 'returned', 'moved', 'named']);
/**
 * Is an office bound to the nearest name the object of some other verb or preposition
 * ("Kamenev attacked the General Secretary", "wrote to the War Commissar")? Then the sentence
 * speaks of whoever held it, not of the subject. Unknown words keep the claim.
 */
function officeIsObject(ctx: Ctx, m: Mention, subjectEnd: number): boolean {
  const { toks } = ctx;
  let k = m.t0 - 1;
  while (k >= subjectEnd && OFFICE_FILLERS.has(toks[k].n)) k--;
  if (k < subjectEnd) return false;
  const n = toks[k].n;
  // "a rival of the War Commissar": a relation to whoever held it.
  if (n === 'of' && RELATION_NOUNS.has(toks[k - 1]?.n ?? '')) return true;
  // "Lenin saw the post of General Secretary as a source of power": the post itself, seen, made or
  // feared (but "held the post of …", "used the post of …" are his).
  if (n === 'of' && ['post', 'office', 'position', 'job', 'role'].includes(toks[k - 1]?.n ?? '')) {
    let j = k - 2;
    while (j >= subjectEnd && OFFICE_FILLERS.has(toks[j].n)) j--;
    if (j >= subjectEnd && (EN.OBJECT_VERBS.has(toks[j].n) || POST_VIEWING.has(toks[j].n))) return true;
  }
  // "Stalin appointed the War Commissar": an active verb of appointing has the office's holder as its object
  // (but "was appointed War Commissar", "appointed him War Commissar" are read elsewhere).
  if (APPOINTING.has(n) && toks[k + 1]?.n === 'the' && !['was', 'were', 'be', 'been', 'being', 'is', 'are'].includes(toks[k - 1]?.n ?? '')) return true;
  if (OFFICE_PREDICATES.has(n)) return false;
  if (n === 'to' && OFFICE_TO.has(toks[k - 1]?.n ?? '')) return false;
  if (EN.PREPOSITIONS.has(n)) return true;
  return toks[k].w && (EN.OBJECT_VERBS.has(n) || (n.length > 3 && /(ed|ing)$/.test(n)));
}

/** The first year within four tokens from k in the sentence (the year a post or body was lost), or -1. */
function yearAfter(ctx: Ctx, k: number): number {
  for (let j = k; j < Math.min(ctx.sent.t1, k + 4); j++) if (yearOf(ctx.toks[j]) !== undefined) return j;
  return -1;
}

/** Words of an office between leaving and the office: "lost his post as War Commissar", "resigned as". */
const LEFT_FILLERS = new Set(['the', 'his', 'her', 'post', 'office', 'position', 'job', 'role', 'of', 'as', 'from', 'seat', 'being', 'be']);
/**
 * Leaving an office says it was held: "Trotsky lost the General Secretaryship in 1925" (he never
 * held it), "remove Trotsky as General Secretary". The claim holds until the leaving, at some time before.
 */
function leftOffice(ctx: Ctx, m: Mention, at: number): void {
  const { toks } = ctx;
  if (!['lost', 'losing', 'resigned', 'removed', 'dismissed', 'stripped', 'ousted', 'sacked', 'relieved', 'remove', 'removing', 'dismiss', 'oust', 'stopped', 'ceased'].includes(toks[at].n)) return;
  let bound: Bound | undefined;
  let k = at + 1;
  // "remove Trotsky as General Secretary": the one removed.
  const obj = ctx.persons.find((p) => p.t0 === k && !p.pronoun && !isPossessiveAt(toks, p.t1));
  // "Lenin wanted him removed as General Secretary", "had Trotsky dismissed as …": the man before the participle.
  const before = toks[at - 1];
  const objectBefore = !!before && (['him', 'her', 'them'].includes(before.n) || ctx.persons.some((p) => p.t1 === at && !p.pronoun && p.t0 > ctx.sent.t0 && verbLike(toks[p.t0 - 1])));
  if (obj && toks[obj.t1]?.n === 'as' && obj.t1 + 1 === m.t0) bound = { persons: [obj], bind: 'nearest' };
  else if (objectBefore) {
    const p = ctx.persons.find((q) => q.t1 === at);
    if (!p) return;
    bound = { persons: [p], bind: 'nearest' };
  } else {
    // ("ceased to be War Commissar", but not "lost to the General Secretary".)
    while (k < m.t0 && (LEFT_FILLERS.has(toks[k].n) || (toks[k].n === 'to' && toks[k + 1]?.n === 'be'))) k++;
    if (k !== m.t0) return;
    // "was removed as War Commissar" is the subject's; "Stalin removed X" names no one here.
    // A passive names its subject right before the auxiliary: "Trotsky was removed as …", not "… urging that he be removed as …".
    let aux = at - 1;
    while (aux > ctx.sent.t0 && ['was', 'were', 'be', 'been', 'being', 'had', 'has', 'is', 'finally', 'soon', 'eventually', 'then'].includes(toks[aux].n)) aux--;
    if (aux < at - 1 && !ctx.persons.some((p) => p.t1 === aux + 1 && !isPossessiveAt(toks, p.t1))) return;
    // "Stalin removed the War Commissar": active, the office's holder is the one removed, not the subject.
    if (aux === at - 1 && ['removed', 'dismissed', 'ousted', 'sacked', 'relieved', 'remove', 'removing', 'dismiss', 'oust', 'stripped'].includes(toks[at].n) && toks[at + 1]?.n === 'the') return;
    // "Having lost the General Secretaryship in 1925, Trotsky …": the name after the opening phrase.
    bound = bindSubject(ctx, at, at + 1, { allowPossessive: false, allowAfter: toks[ctx.sent.t0].n === 'having' });
    if (!bound || (bound.persons.some((p) => p.t1 > at) && toks[ctx.sent.t0].n !== 'having')) return;
  }
  // A wish to remove a man from a post still says he held it: "Lenin wanted Stalin removed as …",
  // "Lenin urged that Stalin be removed as …" (a wish or a plan is no bar, a denial or a report is).
  const wished = objectBefore || ['be', 'been'].includes(toks[at - 1]?.n ?? '');
  if (wished ? !presupposed(ctx, bound, at, m.t1) : !guard(ctx, bound, at, m.t1, 'office')) return;
  // Until the year that follows ("in 1925"), or the end of the period.
  const j = yearAfter(ctx, m.t1);
  const until = j >= 0 ? yearOf(toks[j])! : ctx.kb.period[1];
  // ("in 1926", "in January 1926"; not a year that starts the next line of a timeline.)
  const yearAt = j >= 0 && (toks[j - 1]?.n === 'in' || (monthOf(toks[j - 1]) && toks[j - 2]?.n === 'in')) ? j : -1;
  push(ctx, { code: 'office', rel: 'holds', subjects: bound.persons, target: m.entity, s: m.s, e: m.e, bind: 'left', time: { from: -Infinity, to: until } });
  // "Tomsky was removed as head of the trade unions in 1926": the year his term ended (where no event
  // of the pack dates that loss itself, as "Trotsky's removal as War Commissar" does).
  if (yearAt < 0 || bound.persons.length !== 1) return;
  const who = bound.persons[0];
  const verbAt = (v: string): boolean => matchTokensAt(toks, at, phraseTokens(v)) > 0 || matchTokensAt(toks, at - 1, phraseTokens(v)) > 0;
  if (!(indexOf(ctx.kb).eventsBySubject.get(who.ent.id) ?? []).some((e) => (e.verbs ?? []).some(verbAt))) termClaim(ctx, 'ended', [who], m.entity, yearAt, 'left');
}

/** A date claim on the start or end of a man's own term of a post or a body, at the year token `at`. */
function termClaim(ctx: Ctx, rel: 'started' | 'ended', persons: PersonRef[], target: Entity, at: number, bind: Binding): void {
  const t = ctx.toks[at];
  push(ctx, { code: 'date', rel, subjects: persons, target, s: t.s, e: t.e, year: yearOf(t), bind, time: { from: -Infinity, to: Infinity } });
}

/** Words before an office's name that make it one post of many: "a party secretary", "the new party secretary". */
const ONE_OF_MANY = new Set(['a', 'an', 'new', 'local', 'regional', 'provincial']);

/** What an office's possessive may own and still be the office: "the General Secretary's post", "the War Commissar's powers". */
const OFFICE_OWN_NOUNS = new Set(['post', 'job', 'office', 'role', 'position', 'seat', 'chair', 'title', 'duties', 'powers', 'power', 'term', 'tenure', 'desk', 'functions']);

function officeClaim(ctx: Ctx, m: Mention): void {
  // "Molotov, a party secretary", "Kirov, the new party secretary there": one of many such posts,
  // written in lower case, is not the one post of that name.
  // (Its own name keeps it: "Trotsky was a general secretary" still means the post.)
  if (m.entity.exclusive && ONE_OF_MANY.has(ctx.toks[m.t0 - 1]?.n ?? '') && ctx.toks[m.t0].t === ctx.toks[m.t0].n) {
    if (ctx.toks.slice(m.t0, m.t1).map((t) => t.n).join(' ') !== phraseTokens(m.entity.name).join(' ')) return;
  }
  for (let k = Math.max(ctx.sent.t0, m.t0 - 5); k < m.t0; k++) {
    if (!EN.LEAVING.has(ctx.toks[k].n)) continue;
    // (Not a loss that ends its own clause: "Whereas Stalin lost, Trotsky was General Secretary".)
    // (A date set off by commas is an aside: "was removed, in January 1925, as War Commissar".)
    let j = k + 1;
    if (ctx.toks[j]?.n === ',') {
      const t = ctx.times.find((x) => x.t0 <= j + 2 && x.t0 > j);
      if (t && ctx.toks[t.t1]?.n === ',') j = t.t1 + 1;
    }
    if (ctx.toks.slice(j, m.t0).some((t) => t.n === ',' || t.n === ';')) continue;
    leftOffice(ctx, m, k);
    return;
  }
  // "made him General Secretary", "kept him as War Commissar": the office is the object pronoun's.
  {
    let k = m.t0 - 1;
    while (k > ctx.sent.t0 && OFFICE_FILLERS.has(ctx.toks[k].n)) k--;
    if (ctx.toks[k]?.n === 'as') k--;
    if (['him', 'her', 'them'].includes(ctx.toks[k]?.n ?? '')) return;
    // "wanted him out of the General Secretary's office", "forced him out of the War Commissariat", "… out of the post of …".
    if (ctx.toks[k]?.n === 'of' && ['post', 'office', 'job', 'position', 'role', 'seat'].includes(ctx.toks[k - 1]?.n ?? '')) {
      k -= 2;
      while (k > ctx.sent.t0 && OFFICE_FILLERS.has(ctx.toks[k].n)) k--;
    }
    if (ctx.toks[k]?.n === 'of' && ctx.toks[k - 1]?.n === 'out' && ['him', 'her', 'them'].includes(ctx.toks[k - 2]?.n ?? '')) return;
  }
  // "Bukharin was the General Secretary's ally": the office names its holder, who owns what follows
  // (but "held the General Secretary's post" is the office itself).
  if (isPossessiveAt(ctx.toks, m.t1) && !OFFICE_OWN_NOUNS.has(ctx.toks[m.t1 + (ctx.toks[m.t1 + 1]?.n === 's' ? 2 : 1)]?.n ?? '')) return;
  const bound = bindSubject(ctx, m.t0, m.t1);
  if (!guard(ctx, bound, m.t0, m.t1, 'office')) return;
  if ((bound.bind === 'nearest' || bound.bind === 'list' || bound.bind === 'appositive' || bound.bind === 'possessive' || bound.bind === 'copular') && officeIsObject(ctx, m, Math.max(...bound.persons.map((p) => (bound.bind === 'possessive' ? possessiveEnd(ctx.toks, p) : p.t1))))) return;
  // "P, head of X," describes P; "P, as head of X," states a role P acts in.
  let bind = bound.bind;
  if (bind === 'appositive' && ctx.toks[ctx.persons[ctx.appos[m.t0]].t1 + 1]?.n === 'as') bind = 'intro';
  // "chairman of Sovnarkom from 1924" dates the start of the term as "became" does.
  const { toks } = ctx;
  const startAt = toks[m.t1]?.n === 'from' || toks[m.t1]?.n === 'since' ? yearTokenAt(toks, m.t1 + 1) : -1;
  const dated = startAt >= 0;
  push(ctx, { code: 'office', rel: 'holds', subjects: bound.persons, target: m.entity, s: m.s, e: m.e, bind, starts: dated || startsAfter(ctx, bound.persons, m.t0) });
  // The start it gives is checked against the man's own term: "Stalin was General Secretary from 1924" (April 1922).
  // (A range "from 1918–1925" is not a start alone.)
  const term = (rel: 'started' | 'ended', at: number): void => termClaim(ctx, rel, bound.persons, m.entity, at, bind);
  if (dated && bound.persons.length === 1 && !(toks[startAt + 1] && ['–', '-', '—'].includes(toks[startAt + 1].n))) term('started', startAt);
  // "War Commissar until 1925", "from 1918 until January 1925": the end of the man's own term.
  const until = dated ? startAt + 1 : m.t1;
  if (bound.persons.length === 1 && UNTIL.has(toks[until]?.n ?? '') && until < ctx.sent.t1) {
    const endAt = yearTokenAt(toks, until + 1);
    if (endAt >= 0) term('ended', endAt);
  }
  // "X succeeded Y as head of the Comintern in 1928": the year Y's tenure ended.
  if (bind === 'succession') {
    const { toks } = ctx;
    // The man succeeded: "replaced Trotsky as …", or the passive's subject ("Lenin was succeeded as …").
    // (The passive's subject ends before its auxiliaries: "Lenin was", "Lenin had been".)
    let aux = m.t0 - 2;
    const passive = !!toks[aux] && EN.SUCCESSION_VERBS.has(toks[aux].n) && ['was', 'were', 'been'].includes(toks[aux - 1]?.n ?? '');
    while (passive && aux > ctx.sent.t0 && ['was', 'were', 'been', 'had', 'has', 'have'].includes(toks[aux - 1].n)) aux--;
    const pred = passive ? ctx.persons.find((p) => !p.pronoun && p.t1 === aux) : ctx.persons.find((p) => p.t1 === m.t0 - 1);
    // He held the post at some time ("Stalin succeeded Lenin as General Secretary" says Lenin was).
    if (pred && !pred.pronoun && guard(ctx, { persons: [pred], bind: 'predecessor' }, m.t0, m.t1, 'office')) {
      push(ctx, { code: 'office', rel: 'holds', subjects: [pred], target: m.entity, s: m.s, e: m.e, bind: 'predecessor', time: { from: ctx.kb.period[0], to: ctx.kb.period[1] } });
    }
    let yearAt = -1;
    for (let k = m.t1; k < Math.min(ctx.sent.t1, m.t1 + 4); k++) {
      if (yearOf(toks[k]) !== undefined) {
        if (['in', 'of'].includes(toks[k - 1]?.n ?? '') || monthOf(toks[k - 1])) yearAt = k;
        break;
      }
    }
    if (pred && yearAt >= 0 && !(toks[yearAt + 1] && ['–', '-', '—'].includes(toks[yearAt + 1].n))) {
      push(ctx, { code: 'date', rel: 'succession', subjects: [pred], target: m.entity, s: toks[yearAt].s, e: toks[yearAt].e, year: yearOf(toks[yearAt]), bind });
    }
  }
}

/** Words that give the end of a term: "War Commissar until 1925". */
const UNTIL = new Set(['until', 'till', 'untill']);

/** Words of taking an office up: "became", "was appointed", "took over the leadership of". */
const STARTING = [['became'], ['become'], ['becomes'], ['becoming'], ['appointed'], ['named'], ['elected'], ['promoted'], ['installed'], ['took', 'over'], ['taking', 'over'], ['takes', 'over'], ['take', 'over']];

/** Do the words between the persons and the office at `to` say it was taken up ("became", "took over the leadership of")? */
function startsAfter(ctx: Ctx, persons: PersonRef[], to: number): boolean {
  for (let k = Math.max(ctx.sent.t0, ...persons.map((p) => p.t1)); k < to; k++) if (STARTING.some((v) => v.every((w, j) => ctx.toks[k + j]?.n === w))) return true;
  return false;
}

/** Participles of running a body that are not control verbs in the active ("run by", "headed by"). */
const PASSIVE_CONTROL = new Set(['run', 'headed', 'led', 'directed', 'managed', 'dominated', 'chaired']);
/**
 * Losing a body says it was held: "Rykov lost the trade unions in 1929", "Bukharin lost Pravda and the
 * trade unions". The claim holds until the loss (its year, or the period's end), at some time before.
 */
function lostBody(ctx: Ctx, m: Mention): boolean {
  const { toks, sent } = ctx;
  const skipDet = (j: number): number => (['the', 'his', 'her', 'their'].includes(toks[j]?.n ?? '') ? j - 1 : j);
  let k = skipDet(m.t0 - 1);
  // (Past the bodies listed before it.)
  while (k > sent.t0 && (toks[k].n === 'and' || toks[k].n === ',') && ctx.mentionAt[k - 1] >= 0 && ctx.mentions[ctx.mentionAt[k - 1]].entity.kind === 'body') k = skipDet(ctx.mentions[ctx.mentionAt[k - 1]].t0 - 1);
  if (k < sent.t0 || !['lost', 'losing', 'loses', 'lose'].includes(toks[k].n) || isPossessiveAt(toks, m.t1)) return false;
  const bound = bindSubject(ctx, k, k + 1, { allowPossessive: false });
  if (!bound || bound.persons.some((p) => p.t1 > k)) return true;
  if (!guard(ctx, bound, k, m.t1, 'office')) return true;
  const j = yearAfter(ctx, m.t1);
  const until = j >= 0 ? yearOf(toks[j])! : ctx.kb.period[1];
  push(ctx, { code: 'office', rel: 'controls', subjects: bound.persons, target: m.entity, s: m.s, e: m.e, bind: 'left', time: { from: -Infinity, to: until } });
  return true;
}

function controlClaim(ctx: Ctx, m: Mention): void {
  const { toks, sent } = ctx;
  if (lostBody(ctx, m)) return;
  let k = m.t0 - 1;
  if (toks[k]?.n === 'the') k--;
  let verbAt = -1;
  // (Only within the sentence: a verb that ends the sentence before is not this body's, and the
  // per-token marks of another sentence are not this one's.)
  // (Not a body that owns what is led: "led the Red Army's conquest of Georgia", "ran the Comintern's executive".)
  // (Not a deputy's: "deputy chair of Sovnarkom", "dep. chair Sovnarkom", "vice-chairman".)
  if (k >= sent.t0 && EN.CONTROL_VERBS.has(toks[k].n) && !isPossessiveAt(toks, m.t1)) {
    if (deputyAt(toks, k - 1)) return;
    verbAt = k;
  }
  else if (k - 1 >= sent.t0 && toks[k]?.n === 'of' && ['control', 'command', 'charge', 'head', 'leadership', 'chairmanship', 'direction', 'grip', 'chair', 'chairman'].includes(toks[k - 1].n)) {
    if (deputyAt(toks, k - 2)) return;
    verbAt = k - 1;
  }
  else if (k - 1 >= sent.t0 && toks[k]?.n === 'over' && ['presided', 'control', 'power'].includes(toks[k - 1].n)) verbAt = k - 1;
  // "Trotsky took over the Comintern in 1926": he led it from then on.
  else if (k - 1 >= sent.t0 && toks[k]?.n === 'over' && TAKE_FORMS.includes(toks[k - 1].n) && !isPossessiveAt(toks, m.t1)) verbAt = k - 1;
  // "The Orgburo, which Trotsky controlled, …": the man in the relative clause.
  if (verbAt < 0 && toks[m.t1]?.n === ',' && (toks[m.t1 + 1]?.n === 'which' || toks[m.t1 + 1]?.n === 'that')) {
    const pi = ctx.persons.findIndex((p) => p.t0 === m.t1 + 2 && !p.pronoun && !isPossessivePerson(ctx, p));
    const verb = pi >= 0 ? toks[ctx.persons[pi].t1] : undefined;
    if (pi >= 0 && verb && (EN.CONTROL_VERBS.has(verb.n) || PASSIVE_CONTROL.has(verb.n))) {
      const b: Bound = { persons: groupMembers(ctx, pi), bind: 'nearest' };
      if (guard(ctx, b, ctx.persons[pi].t1, ctx.persons[pi].t1 + 1, 'office')) push(ctx, { code: 'office', rel: 'controls', subjects: b.persons, target: m.entity, s: m.s, e: m.e, bind: 'nearest' });
      return;
    }
  }
  // "Zinoviev's Pravda attacked Trotsky", "Kamenev's Red Army": a body owned by a man is one he headed at some
  // time in the period ("Trotsky's Red Army" still, after 1925). Not a body used as a word before a noun
  // ("Trotsky's Red Army commissars").
  if (verbAt < 0 && k === m.t0 - 1) {
    const owner = ctx.persons.find((p) => !p.pronoun && isPossessivePerson(ctx, p) && possessiveEnd(toks, p) === m.t0);
    const after = toks[m.t1];
    const ends = !after || !after.w || after.n === 'and' || after.n === 'or' || verbLike(after);
    // (Not a tool of whoever ruled: "Stalin's secret police" names its user, not its head.)
    // (Nor in a sentence dated only outside the pack's years: "In 1938 Stalin's Comintern backed the Popular Front".)
    const outside = ctx.times.length > 0 && ctx.times.every((t) => t.from > ctx.kb.period[1] || t.to < ctx.kb.period[0]);
    if (owner && ends && !outside && !m.entity.instrument && ctx.kb.factsOn(m.entity.id).some((f) => f.rel === 'controls')) {
      const b: Bound = { persons: [owner], bind: 'possessive' };
      if (guard(ctx, b, m.t0, m.t1, 'office')) push(ctx, { code: 'office', rel: 'controls', subjects: [owner], target: m.entity, s: m.s, e: m.e, bind: 'possessive', time: { from: ctx.kb.period[0], to: ctx.kb.period[1] } });
      return;
    }
  }
  if (verbAt < 0) {
    // "The Orgburo was controlled by Trotsky".
    // "The Secretariat, headed by Trotsky, …": the participle after a comma too.
    let j = m.t1;
    if (toks[j]?.n === ',') j++;
    else {
      if (['was', 'were', 'had'].includes(toks[j]?.n ?? '')) j++;
      if (toks[j]?.n === 'been') j++;
    }
    if (toks[j] && (EN.CONTROL_VERBS.has(toks[j].n) || PASSIVE_CONTROL.has(toks[j].n)) && toks[j + 1]?.n === 'by') {
      const pi = ctx.persons.findIndex((p) => p.t0 === j + 2 && !p.pronoun && !isPossessiveAt(toks, p.t1));
      if (pi >= 0) {
        const b: Bound = { persons: groupMembers(ctx, pi), bind: 'passive' };
        if (guard(ctx, b, m.t0, j + 1, 'office')) push(ctx, { code: 'office', rel: 'controls', subjects: b.persons, target: m.entity, s: m.s, e: toks[j].e, bind: 'passive' });
      }
    }
    return;
  }
  // Verbs that are not control when their object is only mentioned: "led the Comintern" is, "led to the Comintern" is not.
  let bound = bindSubject(ctx, verbAt, verbAt + 1);
  // "The man who ran the Secretariat was Zinoviev": the relative's head, named after the copula.
  if (!bound && toks[verbAt - 1]?.n === 'who') {
    const b = bindSubject(ctx, m.t0, m.t1);
    if (b?.bind === 'copular') bound = b;
  }
  if (!guard(ctx, bound, verbAt, m.t1, 'office')) return;
  push(ctx, { code: 'office', rel: 'controls', subjects: bound.persons, target: m.entity, s: toks[verbAt].s, e: m.e, bind: bound.bind, starts: startsAfter(ctx, bound.persons, m.t0) });
  // "Bukharin led the Comintern from 1923": the start of the man's own hold on it (not a range "from 1919–1926").
  const startAt = toks[m.t1]?.n === 'from' || toks[m.t1]?.n === 'since' ? yearTokenAt(toks, m.t1 + 1) : -1;
  if (startAt >= 0 && bound.persons.length === 1 && !(toks[startAt + 1] && ['–', '-', '—'].includes(toks[startAt + 1].n))) termClaim(ctx, 'started', bound.persons, m.entity, startAt, bound.bind);
  // "Bukharin led the Comintern until 1932", "from 1919 until 1929": the end of the man's own hold on it.
  const until = startAt >= 0 ? startAt + 1 : m.t1;
  if (bound.persons.length === 1 && UNTIL.has(toks[until]?.n ?? '')) {
    const endAt = yearTokenAt(toks, until + 1);
    if (endAt >= 0) termClaim(ctx, 'ended', bound.persons, m.entity, endAt, bound.bind);
  }
}

/** Words between a base and its owner's possessive in a predicate: "Moscow was long Kamenev's stronghold". */
const COPULA_GAP = new Set([
  'was', 'were', 'is', 'are', 'became', 'remained', 'been', 'had', 'has', 'long', 'always', 'still', 'then', 'also', 'effectively', 'essentially', 'really', 'clearly', 'firmly', 'very', 'much', 'in', 'fact', ',', 'the',
  // "The trade unions gave Stalin his power base", "The Moscow organisation was …".
  'gave', 'give', 'provided', 'formed', 'offered', 'lent', 'organisation', 'organization', 'organisations', 'party', 'soviet', 'machine', 'delegation', 'garrison', 'workers', 'committee', 'branch',
]);
/** Nouns of where a man's power came from, before "of" and his name: "the backbone of Trotsky's support". */
const SOURCE_OF = new Set(['source', 'backbone', 'basis', 'foundation', 'core', 'heart', 'mainstay', 'bedrock', 'root', 'pillar', 'of', 'main', 'chief', 'real']);
/** Verbs of leading a city's party branch, and the branch's nouns: "led the Leningrad party organisation". */
const LEADING_BRANCH = new Set(['led', 'leads', 'lead', 'headed', 'heads', 'head']);
const BRANCH_NOUNS = new Set(['party', 'organisation', 'organization', 'machine', 'apparatus']);

const HOLDING = new Set(['held', 'hold', 'holds', 'holding']);
function baseClaim(ctx: Ctx, m: Mention): void {
  const { toks, kb, sent } = ctx;
  const isPlace = m.entity.kind === 'place';
  if (!isPlace && !kb.factsOn(m.entity.id).some((f) => f.rel === 'base')) return;
  // Part of a longer name ("the Leningrad delegation") is still the place, but a base cue must be present.
  const clause = clauseOf(ctx, m.t0);
  const notBut = notButClause(ctx, m.t0);
  let cue = -1;
  let passiveOwner: PersonRef | undefined;
  for (let k = sent.t0; k < sent.t1; k++) {
    if (k >= m.t0 && k < m.t1) continue;
    // A place inside a description of someone ("…, whose base was among students,") takes only a cue inside it,
    // and one outside takes none from inside it ("Unlike Stalin, who made the apparatus his base, Trotsky relied on the Red Army").
    const inAppos = ctx.appos[m.t0] >= 0;
    const ok = inAppos ? ctx.appos[k] === ctx.appos[m.t0] : ctx.appos[k] < 0 && (clauseOf(ctx, k) === clause || (k < m.t0 && clauseOf(ctx, k) === notBut));
    if (!ok) continue;
    const n = toks[k].n;
    // "could count on the Red Army", "depended on Moscow".
    const leansOn = (n === 'count' || n === 'counted' || n === 'depended' || n === 'depend' || n === 'depending') && toks[k + 1]?.n === 'on';
    // "Kamenev was based in Moscow", "Zinoviev, based in Leningrad, …": a person right before (not "the Comintern, based in Moscow").
    const basedIn = n === 'based' && ['in', 'on', 'upon'].includes(toks[k + 1]?.n ?? '') && ctx.persons.some((p) => !isPossessivePerson(ctx, p) && p.t1 <= k && k - p.t1 <= 2 && toks.slice(p.t1, k).every((t) => t.n === ',' || t.n === ':' || t.n === '-' || t.n === 'was' || t.n === 'remained' || t.n === 'firmly'));
    // "Zinoviev's Moscow machine", "his Leningrad party organisation": an owned organisation of a place.
    const ownedMachine = isPlace && ['machine', 'organisation', 'organization'].includes(n) && (k === m.t1 || (k === m.t1 + 1 && toks[m.t1].n === 'party')) && ctx.persons.some((p) => isPossessivePerson(ctx, p) && possessiveEnd(toks, p) === m.t0);
    // "Kamenev led the Moscow party": leading a city's party organisation right after the verb.
    const ledBranch = isPlace && LEADING_BRANCH.has(n) && (k + 1 === m.t0 || (k + 2 === m.t0 && toks[k + 1].n === 'the')) && BRANCH_NOUNS.has(toks[m.t1]?.n ?? '');
    // "Zinoviev lost Leningrad in 1926", "lost control of Moscow": a city lost was his (right after the verb).
    // (And a city ruled, right after the verb: "Zinoviev ruled Leningrad", not "ruled the party from Moscow".)
    const lostOrRuled = isPlace && (LOSING.has(n) || RULING.has(n)) && (k + 1 === m.t0 || (RULING.has(n) && toks[k + 1]?.n === 'over' && k + 2 === m.t0) || (toks[k + 1]?.n === 'control' && toks[k + 2]?.n === 'of' && k + 3 === m.t0)) && !isPossessiveAt(toks, m.t1);
    const isCue = EN.BASE_WORDS.has(n) || leansOn || basedIn || ownedMachine || ledBranch || lostOrRuled || (isPlace && EN.PLACE_BASE_VERBS.has(n)) || (n === 'behind' && toks[k + 1]?.n === 'him');
    if (!isCue) continue;
    // "the congress held in Moscow": where a meeting was held, not a place held.
    if (HOLDING.has(n) && (toks[k + 1]?.n === 'in' || toks[k + 1]?.n === 'at')) continue;
    // "Lenin relied on the Secretariat to run the party": a tool for a task, not a power base.
    // (Not a base used to fight or to stay in power: "relied on Leningrad to fight Stalin" is his base.)
    if (RELYING.has(n) && k < m.t0 && toks[m.t1]?.n === 'to' && TASK_VERBS.has(toks[m.t1 + 1]?.n ?? '')) continue;
    // "the Leningrad boss's partner": the boss is a man who owns what follows, not the place's owner named.
    if (k === m.t1 && isPossessiveAt(toks, k + 1)) continue;
    // ("the source of Zinoviev's power" is his base too.)
    const sourcePower = n === 'power' && ctx.persons.some((p) => isPossessivePerson(ctx, p) && possessiveEnd(toks, p) === k && toks[p.t0 - 1]?.n === 'of' && SOURCE_OF.has(toks[p.t0 - 2]?.n ?? ''));
    if (n === 'power' && !sourcePower && !['base', 'rested', 'lay', 'depended', 'relied', 'came', 'rose', 'grew', 'sprang'].includes(toks[k + 1]?.n ?? '') && !(toks[k + 1]?.n === 'was' && toks[k + 2]?.n === 'based')) continue;
    // ("the support of Stalin", "support to the left": not a base; "had the support of the trade unions" is.)
    if (n === 'support' && (toks[k + 1]?.n === 'of' || toks[k - 1]?.n === 'to') && !(toks[k + 1]?.n === 'of' && (m.t0 === k + 2 || (m.t0 === k + 3 && toks[k + 2].n === 'the')) && ['had', 'has', 'enjoyed', 'kept', 'won', 'gained', 'relied'].includes(toks[k - 2]?.n ?? toks[k - 1]?.n ?? ''))) continue;
    // "Stalin's supporters took over Leningrad": what his people did to the place, not his base.
    // (Past an aside: "Stalin's supporters, led by Kirov, took over the Leningrad party".)
    // (And past "had": "Stalin's supporters had taken over Leningrad".)
    // (Past an adverb too: "Stalin's supporters soon took over the Leningrad organisation".)
    const taking = (j: number): boolean => {
      if (TAKE_ADVERBS.has(toks[j]?.n ?? '')) j++;
      return TAKING.has(toks[j]?.n ?? '') || REPLACING.has(toks[j]?.n ?? '') || (['had', 'has', 'have'].includes(toks[j]?.n ?? '') && TAKING.has(toks[j + 1]?.n ?? ''));
    };
    if (k < m.t0 && taking(k + 1)) continue;
    if (k < m.t0 && toks[k + 1]?.n === ',') {
      let j = k + 2;
      while (j < m.t0 && j < k + 9 && toks[j].n !== ',') j++;
      if (toks[j]?.n === ',' && taking(j + 1)) continue;
    }
    if (n === 'following' && toks[k - 1]?.n !== 'a' && toks[k - 1]?.n !== 's') continue;
    if (n === 'master' && toks[k + 1]?.n !== 'of') continue;
    // "Stalin's appointees soon replaced his supporters in Moscow": the men replaced are another's, not the replacer's.
    if ((toks[k - 1]?.n === 'his' || toks[k - 1]?.n === 'her') && REPLACING.has(toks[k - 2]?.n ?? '')) continue;
    // "Stalin replaced their supporters in Moscow": "their" is others', when no list of men before it could own it.
    if (toks[k - 1]?.n === 'their') {
      const before = ctx.persons.filter((p) => p.t1 <= k - 1 && !p.pronoun);
      if (before.length && before.every((p) => groupMembers(ctx, ctx.persons.indexOf(p)).length === 1)) continue;
    }
    // The cue comes before the place, right after it ("X's Moscow base"), or after it with its owner ("… was Kamenev's stronghold").
    // (Only as a predicate: "Moscow was Kamenev's stronghold", not "The Secretariat removed Kamenev's supporters".)
    // (And "the source of", "the backbone of": "The Red Army was the source of Zinoviev's power".)
    const owned = ctx.persons.some((p) => isPossessivePerson(ctx, p) && p.t1 <= k && k - p.t1 <= 4 && p.t0 > m.t1 && toks.slice(m.t1, p.t0).every((t, j) => COPULA_GAP.has(t.n) || SOURCE_OF.has(t.n) || (ctx.mentionAt[m.t1 + j] >= 0 && ctx.mentions[ctx.mentionAt[m.t1 + j]].entity.kind === 'person')));
    // "Moscow was the base of Zinoviev": the owner after "of", with only a copula between.
    const ofOwner = k > m.t1 && toks[k + 1]?.n === 'of' && ctx.persons.some((p) => p.t0 === k + 2 && !p.pronoun && !isPossessivePerson(ctx, p)) && toks.slice(m.t1, k).every((t) => COPULA_GAP.has(t.n) || t.n === 'power' || t.n === ',');
    // A cue right before the place ("Kamenev's base in Moscow") keeps it from a later owner's ("… than Zinoviev's base").
    if (k > m.t1 && cue >= 0 && m.t0 - cue <= 2) break;
    // "The Leningrad party was run by Kamenev": the owner after a passive's "by".
    const byOwner = k > m.t1 && toks[k + 1]?.n === 'by' && toks.slice(m.t1, k).every((t) => COPULA_GAP.has(t.n)) ? ctx.persons.find((p) => p.t0 === k + 2 && !p.pronoun && !isPossessivePerson(ctx, p)) : undefined;
    if (byOwner) passiveOwner = byOwner;
    if (k < m.t0 || k <= m.t1 + 1 || owned || ofOwner || byOwner) {
      cue = k;
      if (k < m.t0) continue; // keep the nearest one before
      break;
    }
  }
  // Nor does it reach into a relative clause after it: "Kamenev's base was Moscow, where he controlled the party machine".
  if (cue >= 0 && cue < m.t0) for (let k = cue + 1; k < m.t0 - 1; k++) if (toks[k].n === ',' && ['where', 'which', 'who', 'whose', 'when'].includes(toks[k + 1].n)) return;
  // Nor past a clause with a subject of its own: "Kamenev's base had gone, and the provinces obeyed the Secretariat"
  // (but an owner said again after it keeps it: "…, and Kamenev's was Moscow").
  if (cue >= 0 && cue < m.t0 && newSubjectBetween(ctx, cue, m.t0)) {
    // (The owner right after the ", and", not one further on: "…, and the provinces obeyed Stalin's Secretariat" is not a base said.)
    let and = m.t0 - 1;
    while (and > cue && !(toks[and].n === 'and' && toks[and - 1].n === ',')) and--;
    const owned = EN.POSSESSIVE_PRONOUNS.has(toks[and + 1]?.n ?? '') || ctx.persons.some((p) => p.t0 === and + 1);
    if (!owned) return;
  }
  // A cue before an earlier mention of the same place is that mention's: "Bukharin had support in Moscow,
  // and Stalin purged the Moscow organisation".
  // (Not a base said again for another man: "Kamenev had his base in Moscow and Zinoviev had his in Moscow too".)
  if (cue >= 0 && cue < m.t0) {
    for (let k = cue + 1; k < m.t0; k++) {
      if (ctx.mentionAt[k] < 0 || ctx.mentions[ctx.mentionAt[k]].entity.id !== m.entity.id) continue;
      let again = false;
      for (let j = Math.max(ctx.mentions[ctx.mentionAt[k]].t1, m.t0 - 3); j < m.t0 && !again; j++) again = EN.POSSESSIVE_PRONOUNS.has(toks[j].n) || ctx.persons.some((p) => p.t0 === j && isPossessivePerson(ctx, p));
      if (!again) return;
    }
  }
  // A note: "Trotsky's support: the trade unions", "Zinoviev's power base: Moscow".
  if (cue < 0) {
    let k = m.t0 - 1;
    if (toks[k]?.n === 'the') k--;
    if (toks[k]?.n === ':' && EN.BASE_WORDS.has(toks[k - 1]?.n ?? '')) {
      const owner = ctx.persons.find((p) => isPossessivePerson(ctx, p) && possessiveEnd(toks, p) >= k - 2 && possessiveEnd(toks, p) <= k - 1);
      if (owner && guard(ctx, { persons: [owner], bind: 'possessive' }, m.t0, m.t1, 'power-base')) {
        push(ctx, { code: 'power-base', rel: 'base', subjects: [owner], target: m.entity, s: m.s, e: m.e, bind: 'possessive' });
      }
    }
    return;
  }
  // Where a man worked from, not his base: "Stalin ran the party from Moscow" (a verb of holding with another object).
  if (isPlace && toks[m.t0 - 1]?.n === 'from' && cue < m.t0 - 2 && EN.PLACE_BASE_VERBS.has(toks[cue].n)) return;
  // Where a body sat, not whose base it was: "Stalin ran the Secretariat in Moscow", "controlled the Comintern from Moscow".
  if (isPlace && ['in', 'from', 'at'].includes(toks[m.t0 - 1]?.n ?? '')) {
    const mi = ctx.mentionAt[m.t0 - 2];
    if (mi >= 0 && ['body', 'office'].includes(ctx.mentions[mi].entity.kind)) return;
  }
  // A place that opens a clause of its own ("…, and Moscow was run by Kamenev"): only its own passive's man.
  if (cue < m.t0 && subjectOfOwnClause(ctx, m.t0)) {
    let k = m.t1;
    if (['was', 'were'].includes(toks[k]?.n ?? '')) k++;
    if (EN.PASSIVE_PARTICIPLES.has(toks[k]?.n ?? '') && toks[k + 1]?.n === 'by') {
      const pi = ctx.persons.findIndex((p) => p.t0 === k + 2 && !p.pronoun && !isPossessivePerson(ctx, p));
      const b: Bound = { persons: pi >= 0 ? groupMembers(ctx, pi) : [], bind: 'passive' };
      if (pi >= 0 && guard(ctx, b, m.t0, m.t1, 'power-base')) push(ctx, { code: 'power-base', rel: 'base', subjects: b.persons, target: m.entity, s: m.s, e: m.e, bind: 'passive' });
    }
    return;
  }
  // A comparison names someone else's base: "a larger organisation than Moscow's", "weaker than Zinoviev's in Leningrad".
  // ("Tomsky's base, like Zinoviev's in Leningrad, …": a likeness with another man's.)
  for (let k = Math.min(cue, m.t0); k < m.t0; k++) if (toks[k].n === 'than' || toks[k].n === 'unlike' || (toks[k].n === 'like' && ctx.persons.some((p) => p.t0 === k + 1 && isPossessivePerson(ctx, p)))) return;
  // "the strongest in the party after Moscow's": a ranking against another city's.
  if (isPossessiveAt(toks, m.t1) && ['after', 'than', 'like', 'unlike', 'beside', 'besides', 'behind'].includes(toks[m.t0 - 1]?.n ?? '')) return;
  // The owner of the base: "Bukharin's power base", "his base", else the bound subject.
  let bound: Bound | undefined;
  const cueStart = toks[cue - 1]?.n === 'power' ? cue - 1 : cue;
  // Ellipsis, the owner right after the place: "the Red Army was Trotsky's base, the trade unions Tomsky's".
  // (And with its verb: "Leningrad was Zinoviev's base, Moscow was Kamenev's".)
  const ownerAt = ['was', 'were'].includes(toks[m.t1]?.n ?? '') ? m.t1 + 1 : m.t1;
  const ellipsed = ctx.persons.find((p) => p.t0 === ownerAt && !p.pronoun && isPossessivePerson(ctx, p) && (!toks[possessiveEnd(toks, p)]?.w || ['and', 'or', 'but', 'while', 'whereas'].includes(toks[possessiveEnd(toks, p)].n)));
  if (ellipsed && cue < m.t0) bound = { persons: [ellipsed], bind: 'possessive' };
  if (!bound && cue < m.t0) {
    // "X held Moscow and Y Leningrad": a name between the cue and the place takes the place.
    // "… Zinoviev had a base in Leningrad, and Kamenev had one in Moscow": a new subject between takes it,
    // even after a possessive before the cue ("Kamenev had his base in Moscow and Zinoviev had his in
    // Leningrad"), and so does a new owner ("Zinoviev's base was Leningrad and Kamenev's was Moscow").
    const between = ctx.persons.filter(
      (p) =>
        p.t0 > cue &&
        p.t1 <= m.t0 &&
        (!isPossessivePerson(ctx, p) || ((!p.pronoun || /^the /i.test(p.text)) && ['and', ',', ';'].includes(toks[p.t0 - 1]?.n ?? ''))) &&
        clauseOf(ctx, p.t0) === clauseOf(ctx, m.t0) &&
        ctx.paren[p.t0] === ctx.paren[m.t0] &&
        (ctx.appos[p.t0] === -1 || ctx.appos[p.t0] === ctx.appos[m.t0]) &&
        (!CONTRAST_BEFORE.has(toks[p.t0 - 1]?.n ?? '') || (toks[p.t0 - 1].n === 'with' && absoluteWith(ctx, p.t0 - 1) && withPhrase(ctx, p.t1, m.t0))) &&
        !['of', 'by', 'for', 'about', 'on', 'at', 'in', 'as'].includes(toks[p.t0 - 1]?.n ?? ''),
    );
    const last = between[between.length - 1];
    const otherPlace = last && ctx.mentions.some((o) => o.t0 > last.t1 && o.t1 <= m.t0 && (o.entity.kind === 'place' || o.entity.kind === 'body'));
    if (last && !otherPlace) bound = { persons: [last], bind: isPossessivePerson(ctx, last) ? 'possessive' : 'nearest' };
  }
  // The owner after "of": "the base of Zinoviev".
  if (!bound && toks[cue + 1]?.n === 'of') {
    const p = ctx.persons.find((q) => q.t0 === cue + 2 && !q.pronoun && !isPossessivePerson(ctx, q));
    // (Before the place only within its clause: not "the base of Zinoviev, and Moscow that of Kamenev".)
    if (p && (cue > m.t0 || !toks.slice(p.t1, m.t0).some((t) => t.n === ',' || t.n === 'and' || t.n === ';'))) bound = { persons: groupMembers(ctx, ctx.persons.indexOf(p)), bind: 'possessive' };
  }
  // The owner before the cue: "Bukharin's power base", "his base".
  for (const p of bound ? [] : ctx.persons) {
    if (!isPossessivePerson(ctx, p)) continue;
    const end = possessiveEnd(toks, p);
    // The owner's own noun, not across a verb ("His rivals had bases in …" are the rivals' bases).
    let own = end <= cueStart && cueStart - end <= 3;
    // (Nor the base of the people the owner has: "Stalin's rivals relied on Leningrad".)
    // (Nor across "and" to another verb: "chaired the Politburo in Lenin's absence and ran Moscow".)
    for (let k = end; k < cueStart && own; k++) own = toks[k].w && ctx.mentionAt[k] < 0 && !FINITE.has(toks[k].n) && !['have', 'built', 'kept', 'drew', 'enjoyed', 'lacked', 'and', 'or', 'but'].includes(toks[k].n) && !RELATION_NOUNS.has(toks[k].n) && !PEOPLE_OF.has(toks[k].n);
    // Before a verb of leaning ("relied on", "depended on"), only his power is his: "Stalin's position depended
    // on the party machine", not "Rykov's career depended on it" or "Rykov's commissars relied on it".
    const cueNoun = EN.BASE_WORDS.has(toks[cueStart].n) && !LEANING_WORDS.has(toks[cueStart].n);
    if (own && end < cueStart && !cueNoun) own = toks.slice(end, cueStart).every((t) => OWN_POWER.has(t.n));
    if (own) bound = { persons: [p], bind: 'possessive' };
    if (end <= m.t0 && m.t0 - end <= 1 && cue > m.t0) bound = { persons: [p], bind: 'possessive' };
  }
  if (!bound) {
    // "his base" whose "his" refers to no one certain ("Zinoviev fought Stalin with his power base in
    // Leningrad"): the owner is unknown, and the nearest name may well be the wrong one.
    const unresolvedHis = (k: number): boolean => EN.POSSESSIVE_PRONOUNS.has(toks[k]?.n ?? '') && !ctx.persons.some((p) => p.t0 === k);
    for (let k = Math.max(sent.t0, cueStart - 3); k < cueStart; k++) if (unresolvedHis(k)) return;
    if (cue > m.t0 && unresolvedHis(m.t0 - 1)) return;
  }
  if (!bound && passiveOwner) bound = { persons: [passiveOwner], bind: 'passive' };
  if (!bound) bound = bindSubject(ctx, Math.min(cue, m.t0), Math.min(cue, m.t0) + 1, { allowPossessive: false });
  if (!bound && cue < m.t0) bound = bindSubject(ctx, m.t0, m.t1, { allowPossessive: false });
  if (!guard(ctx, bound, m.t0, m.t1, 'power-base')) return;
  // A base named only by "held"/"dominated" needs the subject right before the verb.
  push(ctx, { code: 'power-base', rel: 'base', subjects: bound.persons, target: m.entity, s: m.s, e: m.e, bind: bound.bind });
}

/** Verbs of losing a city one held: "Zinoviev lost Leningrad in 1926". */
const LOSING = new Set(['lost', 'loses', 'lose', 'losing']);
const RULING = new Set(['ruled', 'rules', 'rule', 'ruling', 'governed', 'governs']);
/** The base words that are verbs of leaning ("relied on", "drew on"); the rest are nouns ("base", "stronghold"). */
const LEANING_WORDS = new Set(['relied', 'rely', 'relying', 'relies', 'drew', 'draw']);
/** What of a man's leans on his base ("Stalin's power rested on …"). */
const OWN_POWER = new Set(['power', 'position', 'authority', 'strength', 'influence', 'rule', 'leadership', 'dominance', 'faction', 'group', 'camp', 'own', 'whole', 'political', 'real', 'main', 'growing', 'rise']);

/** Policies, ideas and phrases: authorship and stance. */
function ideaClaims(ctx: Ctx, ent: Entity, t0: number, t1: number): void {
  const { toks, kb } = ctx;
  const hasAuthor = kb.factsOn(ent.id).some((f) => f.rel === 'authored');
  const hasStance = kb.factsOn(ent.id).some((f) => f.rel === 'supports' || f.rel === 'opposes');
  const s = toks[t0].s;
  const e = toks[t1 - 1].e;
  if (hasAuthor) {
    const a = authorOf(ctx, ent, t0, t1);
    if (a && guard(ctx, a, t0, t1, 'authorship')) {
      push(ctx, { code: 'authorship', rel: 'authored', subjects: a.persons, target: ent, s, e, bind: a.bind });
      // (A possessive author leaves the rest of the sentence free to say who backed it: "Stalin's Socialism
      // in One Country was opposed by Bukharin".)
      if (a.bind !== 'possessive') return;
    } else if (a) return;
  }
  if (hasStance && ent.kind !== 'phrase') stanceClaim(ctx, ent, t0, t1);
}

/** Who the text says authored an idea or said a phrase, if it says so. */
function authorOf(ctx: Ctx, ent: Entity, t0: number, t1: number): Bound | undefined {
  const { toks, sent } = ctx;
  // "X's theory of …", "X's Socialism in One Country", "his Testament".
  for (const p of ctx.persons) {
    if (!isPossessivePerson(ctx, p)) continue;
    const end = possessiveEnd(toks, p);
    if (end > t0 || t0 - end > 3) continue;
    const between = toks.slice(end, t0);
    if (between.every((t) => t.w && (EN.AUTHOR_NOUNS.has(t.n) || ['of', 'famous', 'own', 'new', 'early', 'the', 'so', 'called', 'call', 'for', 'notorious', 'celebrated'].includes(t.n)) || t.n === '"' || t.n === '_' || t.n === '-')) {
      return { persons: [p], bind: 'possessive' };
    }
  }
  // "… was first put forward by X", "…, organised by X".
  for (let k = t1; k < Math.min(sent.t1, t1 + 9); k++) {
    if (toks[k].n === 'by') {
      // The participle that takes the "by" must be one of authoring: not "…, introduced in 1921, was ended by Stalin".
      let v = k - 1;
      // (Past adverbs and a date: "introduced in March 1921 by Lenin".)
      while (v > t1 && (['first', 'originally', 'initially', 'jointly', 'actually', 'really', 'in', 'on'].includes(toks[v].n) || (toks[v].n.length > 4 && toks[v].n.endsWith('ly')) || yearOf(toks[v]) !== undefined || monthOf(toks[v]) || isDay(toks[v]))) v--;
      if (v >= t1 && (EN.AUTHOR_VERBS.has(toks[v].n) || ['proposed', 'forward', 'out', 'up'].includes(toks[v].n))) {
        const pi = ctx.persons.findIndex((p) => p.t0 === k + 1 && !isPossessivePerson(ctx, p));
        if (pi >= 0) return { persons: groupMembers(ctx, pi), bind: 'passive' };
      }
      break;
    }
    if (['.', ';', ':'].includes(toks[k].n)) break;
  }
  // "'Enrich yourselves' came from Zinoviev", "the idea originated with Bukharin": the source named after it.
  {
    let k = t1;
    if (toks[k]?.n === '"' || toks[k]?.n === "'") k++;
    if (toks[k]?.n === 'first' || toks[k]?.n === 'originally') k++;
    // (The idea itself, or "the idea of …": not "support for …" or "opposition to …", which come from backers.)
    const before = toks[t0 - 1]?.n ?? '';
    const itself = !['for', 'to', 'on', 'against', 'of', 'with'].includes(before) || (before === 'of' && EN.AUTHOR_NOUNS.has(toks[t0 - 2]?.n ?? ''));
    const came = itself && (toks[k]?.n === 'came' || toks[k]?.n === 'comes') && toks[k + 1]?.n === 'from';
    const via = came ? k + 2 : itself && (toks[k]?.n === 'originated' || toks[k]?.n === 'began') && toks[k + 1]?.n === 'with' ? k + 2 : -1;
    const pi = via > 0 ? ctx.persons.findIndex((p) => p.t0 === via && !p.pronoun && !isPossessivePerson(ctx, p)) : -1;
    if (pi >= 0) return { persons: groupMembers(ctx, pi), bind: 'passive' };
  }
  // "X, Y's theory, …": a possessive right after the idea's comma, owning an authoring noun.
  // A quotation's closing mark may come first: '"Enrich yourselves", Zinoviev's advice, …'.
  const comma = toks[t1]?.n === ',' ? t1 : (toks[t1]?.n === '"' || toks[t1]?.n === "'") && toks[t1 + 1]?.n === ',' ? t1 + 1 : -1;
  // (Not the comma that closes an opening clause: "Since many wanted NEP, Bukharin's slogan was popular".)
  const closesOpening = comma >= 0 && FRONTED.has(toks[sent.t0]?.n ?? '') && !toks.slice(sent.t0, comma).some((t) => t.n === ',');
  if (comma >= 0 && !closesOpening) {
    const p = ctx.persons.find((q) => q.t0 === comma + 1 && !q.pronoun && isPossessiveAt(toks, q.t1));
    // "…, Zinoviev's famous advice to the peasants, …": adjectives may come between.
    let k = p ? p.t1 + 2 : -1;
    while (p && ['famous', 'notorious', 'celebrated', 'infamous', 'own', 'new', 'early', 'great', 'best-known', 'pet'].includes(toks[k]?.n ?? '')) k++;
    if (p && EN.AUTHOR_NOUNS.has(toks[k]?.n ?? '')) return { persons: [p], bind: 'copular' };
  }
  // "X, the doctrine Y set out, …": a name inside the phrase right after the idea, before an authoring verb.
  // Only a descriptive phrase: "X, but Y proposed another" starts a clause of its own.
  if (toks[t1]?.n === ',' && ['the', 'a', 'an', 'which', 'that', 'whose', 'one', 'his', 'its', 'this'].includes(toks[t1 + 1]?.n ?? '')) {
    for (let k = t1 + 1; k < Math.min(sent.t1, t1 + 8); k++) {
      if (toks[k].n === ',') break;
      const pi = ctx.persons.findIndex((p) => p.t0 === k && !p.pronoun);
      if (pi >= 0) {
        const verb = toks[ctx.persons[pi].t1];
        if (verb && (EN.AUTHOR_VERBS.has(verb.n) || ['proposed', 'advanced', 'championed', 'preached', 'taught'].includes(verb.n))) return { persons: [ctx.persons[pi]], bind: 'appositive' };
      }
    }
  }
  // "… was X's slogan": the inverted copula with a possessive (past the idea's year: "The Lenin Enrolment of 1924 was …").
  {
    let k = t1;
    if ((toks[k]?.n === 'of' || toks[k]?.n === 'in') && yearOf(toks[k + 1]) !== undefined) k += 2;
    // ('"Enrich yourselves!" was …': the slogan's own "!" inside its quotation marks.)
    if (toks[k]?.n === '!' && (toks[k + 1]?.n === '"' || toks[k + 1]?.n === "'")) k++;
    if (toks[k]?.n === '"' || toks[k]?.n === ',') k++;
    if (toks[k] && ['was', 'is'].includes(toks[k].n)) {
      // "… was actually Kamenev's", "… was in fact Trotsky's".
      if (['actually', 'really', 'originally', 'first', 'always', 'basically', 'essentially', 'mainly', 'largely', 'mostly', 'just', 'entirely', 'wholly'].includes(toks[k + 1]?.n ?? '')) k++;
      else if (toks[k + 1]?.n === 'in' && toks[k + 2]?.n === 'fact') k += 2;
      const p = ctx.persons.find((q) => q.t0 === k + 1 && !q.pronoun);
      // (His, not his concern or his ally: "NEP was Stalin's concern in 1928" says nothing of whose it was.)
      let after = p ? possessiveEnd(toks, p) : -1;
      while (p && ['own', 'famous', 'new', 'early', 'pet', 'great', 'big'].includes(toks[after]?.n ?? '')) after++;
      if (p && isPossessiveAt(toks, p.t1) && (!toks[after]?.w || EN.AUTHOR_NOUNS.has(toks[after].n) || ['and', 'or', 'not', 'but', 'in', 'from', 'all', 'alone', 'before', 'long', 'first'].includes(toks[after].n))) return { persons: [p], bind: 'copular' };
      // "… was the brainchild of Bukharin", "… was the idea of Trotsky".
      let n = k + 1;
      if (toks[n]?.n === 'the' || toks[n]?.n === 'an' || toks[n]?.n === 'a') n++;
      while (['own', 'famous', 'original', 'personal', 'pet', 'great'].includes(toks[n]?.n ?? '')) n++;
      if (MADE_OF_NOUNS.has(toks[n]?.n ?? '') && toks[n + 1]?.n === 'of') {
        const q = ctx.persons.find((r) => r.t0 === n + 2 && !r.pronoun && !isPossessivePerson(ctx, r));
        if (q) return { persons: [q], bind: 'copular' };
      }
    }
  }
  // "Bukharin's slogan was Permanent Revolution": the copula the other way round.
  {
    let k = t0 - 1;
    if (toks[k]?.n === '"' || toks[k]?.n === "'") k--;
    if (toks[k]?.n === 'the') k--;
    // (Nouns of making only: "Bukharin's answer was Socialism in One Country" is his support for it.)
    if ((toks[k]?.n === 'was' || toks[k]?.n === 'is') && MADE_NOUNS.has(toks[k - 1]?.n ?? '')) {
      let o = k - 2;
      while (o > sent.t0 && ['famous', 'own', 'new', 'early', 'pet', 'great', 'best-known', 'main', 'central', 'key', 'chief'].includes(toks[o].n)) o--;
      const p = ctx.persons.find((q) => !q.pronoun && isPossessivePerson(ctx, q) && possessiveEnd(toks, q) === o + 1);
      if (p) return { persons: [p], bind: 'copular' };
    }
  }
  // "the author of X", "the architect of X": the person the phrase describes.
  if (toks[t0 - 1]?.n === 'of' || (toks[t0 - 1]?.n === 'the' && toks[t0 - 2]?.n === 'of')) {
    const of = toks[t0 - 1].n === 'of' ? t0 - 1 : t0 - 2;
    if (['author', 'architect', 'creator', 'inventor', 'father', 'originator', 'begetter'].includes(toks[of - 1]?.n ?? '')) {
      // "The author of Permanent Revolution was Trotsky": the man after the copula.
      let k = t1;
      if (toks[k]?.n === '"' || toks[k]?.n === "'") k++;
      if (['was', 'is'].includes(toks[k]?.n ?? '')) {
        const pi = ctx.persons.findIndex((p) => p.t0 === k + 1 && !p.pronoun && !isPossessivePerson(ctx, p));
        if (pi >= 0) return { persons: [ctx.persons[pi]], bind: 'copular' };
      }
      const b = bindSubject(ctx, of - 1, of, { allowPossessive: false });
      if (b) return b;
    }
  }
  // "X coined/set out/put forward …" right before the idea (within the clause).
  {
    const clause = clauseOf(ctx, t0);
    for (let k = t0 - 1; k >= Math.max(sent.t0, t0 - 4); k--) {
      if (clauseOf(ctx, k) !== clause) break;
      const n = toks[k].n;
      const authorVerb = ['coined', 'devised', 'authored', 'formulated', 'invented', 'originated', 'organised', 'organized', 'conceived', 'founded', 'drafted', 'penned', 'initiated', 'pioneered', 'launched', 'introduced', 'created', 'wrote', 'published', 'dictated', 'proposed', 'propounded', 'advanced', 'coins', 'devises', 'formulates', 'invents', 'founds', 'drafts', 'launches', 'introduces', 'creates', 'writes', 'publishes', 'proposes', 'advances', 'developed', 'develops'].includes(n) || (n === 'forward' && toks[k - 1]?.n === 'put' && toks[k - 2]?.n !== 'first') || (n === 'out' && toks[k - 1]?.n === 'set') || (n === 'with' && (toks[k - 1]?.n === 'up' || toks[k - 1]?.n === 'credited'));
      // "announced Socialism in One Country" (right before the idea, which no verb follows: not
      // "announced the end of NEP", "announced NEP would continue").
      const announced = (n === 'announced' || n === 'unveiled' || n === 'announces' || n === 'unveils') && toks.slice(k + 1, t0).every((t) => t.n === 'the' || t.n === 'his' || t.n === '"') && !verbLike(toks[t1]) && !['would', 'will', 'should', 'must', 'can'].includes(toks[t1]?.n ?? '');
      if (authorVerb || announced) {
        // "wrote about NEP", "wrote against Permanent Revolution": a subject written on, not a work written.
        if (WRITING.has(n) && ABOUT.has(toks[k + 1]?.n ?? '')) break;
        // The idea is the verb's object, not a gerund's: "proposed ending NEP" is about NEP, not its author.
        if (toks.slice(k + 1, t0).some((t) => t.w && t.n.length > 4 && t.n.endsWith('ing'))) break;
        // Nor another noun's: "wrote an article on Socialism in One Country", "published attacks on it"
        // (but "devised the theory of …", "wrote the essay Lessons of October").
        if (!objectIsIdea(toks, k + 1, t0)) break;
        const b = bindSubject(ctx, k, k + 1, { allowPossessive: false });
        // "Stalin proposed Permanent Revolution": a man who made a rival idea of his own is read by his stance,
        // whose fix puts in his own idea.
        // (A rival idea: a work of his, "Notes of an Economist", is no rival of Permanent Revolution.)
        const rival = (what: string): boolean => what !== ent.id && IDEA_KINDS.has(ctx.kb.get(what)?.kind ?? '') && (!!ent.rivals?.includes(what) || !!ctx.kb.get(what)?.rivals?.includes(ent.id));
        if (b && PROPOSING.has(n) && b.persons.some((p) => ctx.kb.factsAbout(p.ent.id).some((f) => f.rel === 'authored' && rival(f.what))) && IDEA_KINDS.has(ent.kind)) break;
        if (b) return b;
        break;
      }
    }
  }
  if (ctx.kb.get(ent.id)?.kind === 'phrase') return speakerOf(ctx, t0, t1);
  return undefined;
}

/** Words between an authoring verb and an idea that keep the idea its object: articles, a few adjectives, "the theory of", "the pamphlet". */
function objectIsIdea(toks: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const n = toks[i].n;
    if (!toks[i].w || OBJECT_WORDS.has(n) || EN.AUTHOR_NOUNS.has(n)) continue;
    if (n === 'of' && EN.AUTHOR_NOUNS.has(toks[i - 1]?.n ?? '')) continue;
    // A kind of text right before its title: "the essay Lessons of October".
    if (WORKS.has(n) && (i === to - 1 || !toks[i + 1].w)) continue;
    return false;
  }
  return true;
}
const OBJECT_WORDS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'own', 'famous', 'new', 'so', 'so-called', 'called', 'notorious', 'celebrated', 'first', 'whole', 'original', 'with', 'up', 'forward', 'out']);
const WORKS = new Set(['book', 'pamphlet', 'essay', 'article', 'letter', 'text', 'treatise', 'tract', 'notes', 'testament', 'platform', 'declaration', 'manifesto', 'speech']);

const PROPOSING = new Set(['proposed', 'propounded', 'advanced', 'proposes', 'advances']);
const IDEA_KINDS = new Set(['idea', 'policy']);
const MADE_NOUNS = new Set(['theory', 'doctrine', 'slogan', 'idea', 'invention', 'brainchild', 'creation', 'concept', 'phrase', 'motto', 'formula', 'catchphrase', 'watchword', 'dictum', 'maxim']);

/** Between a verb of writing and an idea: what it was about, not what was written. */
const ABOUT = new Set(['about', 'on', 'against', 'of', 'in', 'attacking', 'defending', 'criticising', 'criticizing', 'praising']);
const WRITING = new Set(['wrote', 'written', 'penned', 'dictated', 'drafted', 'authored', 'published', 'publishes']);

/** A quotation's speaker: '"Enrich yourselves," X urged', 'X told the peasants to "…"'. */
function speakerOf(ctx: Ctx, t0: number, t1: number): Bound | undefined {
  const { toks, sent } = ctx;
  // After the quotation: optional punctuation, then "X said" or "said X".
  let k = t1;
  while (k < sent.t1 && (toks[k].n === ',' || toks[k].n === '"' || toks[k].n === '!' || toks[k].n === "'")) k++;
  const p = ctx.persons.find((q) => q.t0 === k && !q.pronoun);
  if (p && toks[p.t1] && EN.SPEECH_VERBS.has(toks[p.t1].n)) return { persons: [p], bind: 'speech' };
  if (toks[k] && EN.SPEECH_VERBS.has(toks[k].n)) {
    const q = ctx.persons.find((r) => r.t0 === k + 1 && !r.pronoun);
    if (q) return { persons: [q], bind: 'speech' };
  }
  // An attribution line: '"Enrich yourselves" (Bukharin, 1925)', '"Enrich yourselves" — Bukharin'.
  if (k === t1 + 1 || k === t1) {
    const q = ctx.persons.find((r) => r.t0 === k + 1 && !r.pronoun && !isPossessivePerson(ctx, r));
    const closes = (n: string | undefined): boolean => !n || ['.', ')', ',', ';'].includes(n);
    if (q && toks[k]?.n === '(' && closes(toks[q.t1]?.n)) return { persons: [q], bind: 'speech' };
    if (q && ['-', '–', '—'].includes(toks[k]?.n ?? '') && (q.t1 >= sent.t1 || closes(toks[q.t1]?.n))) return { persons: [q], bind: 'speech' };
  }
  // Before: "X told the peasants to '…'", "X's call to '…'".
  const clause = clauseOf(ctx, t0);
  for (let j = t0 - 1; j >= Math.max(sent.t0, t0 - 8); j--) {
    if (clauseOf(ctx, j) !== clause && toks[j].n !== ':' && clauseOf(ctx, j) !== clause - 1) break;
    if (EN.SPEECH_VERBS.has(toks[j].n) || ['slogan', 'phrase', 'appeal', 'call', 'words', 'exhortation', 'advice', 'motto'].includes(toks[j].n)) {
      const b = bindSubject(ctx, j, j + 1);
      return b ? { persons: b.persons, bind: 'speech' } : undefined;
    }
  }
  return undefined;
}

const VIEW_NOUNS = new Set(['plan', 'aim', 'aims', 'goal', 'view', 'views', 'policy', 'programme', 'program', 'idea', 'wish', 'hope', 'solution', 'answer', 'proposal', 'position', 'line', 'instinct', 'preference', 'priority', 'platform']);
const GAP_WORDS = new Set(['the', 'a', 'an', 'of', 'to', 'for', 'with', 'his', 'its', 'their', 'whole', 'entire', 'policy', 'idea', 'theory', 'doctrine', 'on', 'up', "'", 's', '_', '"']);

function matchPhraseAt(toks: Token[], i: number, phrase: string): number {
  return matchTokensAt(toks, i, phraseTokens(phrase));
}

function matchTokensAt(toks: Token[], i: number, p: readonly string[]): number {
  for (let k = 0; k < p.length; k++) if (toks[i + k]?.n !== p[k]) return -1;
  return i + p.length;
}

/** Verbs of a dispute: "disagreed with the right about keeping NEP" names the issue, not the man's side of it. */
const DISPUTING = new Set(['disagreed', 'disagree', 'disagrees', 'argued', 'argue', 'clashed', 'clash', 'quarrelled', 'quarreled', 'differed', 'differ', 'wrangled', 'debated', 'split', 'broke', 'fell', 'agreed', 'agree', 'sided']);
function disputeOver(ctx: Ctx, t0: number): boolean {
  const { toks } = ctx;
  for (let k = t0 - 1; k > ctx.sent.t0 + 1 && clauseOf(ctx, k) === clauseOf(ctx, t0); k--) {
    if (toks[k].n !== 'about' && toks[k].n !== 'over') continue;
    for (let j = k - 1; j > ctx.sent.t0; j--) if (toks[j].n === 'with' && DISPUTING.has(toks[j - 1].n)) return true;
    return false;
  }
  return false;
}

function stanceClaim(ctx: Ctx, ent: Entity, t0: number, t1: number): void {
  const { toks, sent } = ctx;
  if (disputeOver(ctx, t0)) return;
  // "demanded NEP's end", "attacked NEP's critics": the words are about what the policy owns, not the policy.
  if (isPossessiveAt(toks, t1)) return;
  const clause = clauseOf(ctx, t0);
  // Post cue: "NEP should be ended at once", "NEP to keep going".
  let post: { cue: EN.StanceCue; s: number; e: number; k0: number } | undefined;
  {
    let k = t1;
    while (k < sent.t1 && k < t1 + 3 && EN.POST_GAP.has(toks[k].n)) k++;
    for (const { cue, toks: ct } of POST_INDEX.get(toks[k]?.n ?? '') ?? []) {
      const end = matchTokensAt(toks, k, ct);
      if (end < 0) continue;
      // "to end" after NEP only when the gap is the infinitive ("wanted NEP to end").
      let stop = end;
      for (const int of EN.INTENSIFIERS) {
        const e2 = matchPhraseAt(toks, stop, int);
        if (e2 > 0) {
          stop = e2;
          break;
        }
      }
      if (!post || end - k > 0) post = { cue, s: toks[k].s, e: toks[stop - 1].e, k0: k };
      break;
    }
    // A phrase starting with "to" needs its "to" in the gap: re-read "to keep going" when the gap ate "to".
    if (!post && toks[t1]?.n === 'to') {
      for (const { cue, toks: ct } of POST_INDEX.get('to') ?? []) {
        const end = matchTokensAt(toks, t1, ct);
        if (end > 0) {
          post = { cue, s: toks[t1].s, e: toks[end - 1].e, k0: t1 };
          break;
        }
      }
    }
  }
  // Pre cue: the stance words that reach the policy (ending nearest to it; the longest such phrase).
  let pre: { cue: EN.StanceCue; s: number; e: number; k0: number } | undefined;
  // The idea's author named in a possessive before it is part of its name: "welcomed Stalin's Socialism in One Country".
  const author = ctx.persons.find((p) => !p.pronoun && isPossessivePerson(ctx, p) && possessiveEnd(toks, p) === t0);
  {
    let best: { cue: EN.StanceCue; k: number; end: number } | undefined;
    const g0 = author ? author.t0 : t0;
    for (let k = g0 - 1; k >= Math.max(sent.t0, g0 - 7); k--) {
      if (clauseOf(ctx, k) !== clause) break;
      if (ctx.persons.some((p) => p.t0 <= k && k < p.t1)) break;
      for (const { cue, toks: ct } of PRE_INDEX.get(toks[k].n) ?? []) {
        const end = matchTokensAt(toks, k, ct);
        if (end < 0 || end > g0) continue;
        // A present verb that is also a noun is the noun after a determiner: "the demands of rapid industrialisation".
        if (cue.present && NOUN_BEFORE.has(toks[k - 1]?.n ?? '')) continue;
        // A prefix ("pro-", "anti-") before a noun describes the noun: "attacked the anti-NEP left".
        if (cue.phrase.endsWith('-') && (NOUN_BEFORE.has(toks[k - 1]?.n ?? '') || EN.DETERMINERS.has(toks[k - 1]?.n ?? '') || nounAfter(ctx, g0))) continue;
        // The cue must reach the policy, with at most determiners between.
        // (Another policy between belongs to the cue itself, unless listed with this one: "opposed
        // rapid industrialisation and NEP", not "opposed rapid industrialisation'NEP".)
        const listed = ['and', 'or', ',', '&'].includes(toks[g0 - 1]?.n ?? '');
        const gapOk = toks.slice(end, g0).every((t, gi) => {
          if (GAP_WORDS.has(t.n)) return true;
          const mi = ctx.mentionAt[end + gi];
          if (mi < 0) return false;
          const kind = ctx.mentions[mi].entity.kind;
          return listed || (kind !== 'policy' && kind !== 'idea');
        });
        if (!gapOk) continue;
        if (!best || end > best.end || (end === best.end && k < best.k)) best = { cue, k, end };
      }
    }
    if (best) pre = { cue: best.cue, s: toks[best.k].s, e: toks[best.end - 1].e, k0: best.k };
  }
  // "resisted attacks on NEP", "called for an end to the attacks on NEP": someone else's attack, held off.
  if (pre && NOUN_CUES.has(toks[pre.k0].n)) {
    let k = pre.k0 - 1;
    while (k > sent.t0 && ['the', 'a', 'an', 'all', 'these', 'those', 'such', 'any', 'further', 'new', 'renewed', 'fierce'].includes(toks[k].n)) k--;
    if (AGAINST_VERBS.has(toks[k]?.n ?? '') || (toks[k]?.n === 'to' && toks[k - 1]?.n === 'end')) return;
  }
  // "attacked the opponents of NEP", "thought the enemies of NEP were wrong": people named by their stance
  // as a verb's object are others; the noun is the subject's own only after a copula or beside him
  // ("Bukharin was an opponent of NEP", "Stalin, once a backer of NEP, …").
  if (pre && PEOPLE_CUE.test(pre.cue.phrase)) {
    let k = pre.k0 - 1;
    while (k > sent.t0 && PEOPLE_CUE_MODIFIERS.has(toks[k].n)) k--;
    // (Also past a verb's particle or preposition: "turned on", "broke with", "lost out to", "was beaten by".)
    const participle = (t: Token | undefined): boolean => !!t && (PARTICIPLES.has(t.n) || t.n === 'gone' || t.n === 'given' || t.n === 'seen');
    while (k > sent.t0 && VERB_PARTICLES.has(toks[k].n) && (verbLike(toks[k - 1]) || participle(toks[k - 1]) || VERB_PARTICLES.has(toks[k - 1].n))) k--;
    const v = toks[k];
    if (k >= sent.t0 && (verbLike(v) || participle(v)) && (!FINITE.has(v.n) || v.n === 'wanted' || v.n === 'needed')) return;
  }
  // "the end of NEP" is a stance only as what someone wanted or brought about: "wanted the end of NEP",
  // not "opposed the end of NEP", "watched the end of NEP with dismay", "saw in it the end of NEP".
  // "opposed the end of NEP", "resisted the abolition of NEP": for NEP, the other way round.
  if (pre && !post && EVENT_NOUN_CUES.has(pre.cue.phrase) && !wantsEvent(toks, pre.k0, sent.t0)) {
    if (!RESISTING.has(toks[pre.k0 - 1]?.n ?? '')) return;
    pre = turned(pre);
  }
  // "Bukharin opposed ending NEP", "refused to end NEP", "was against keeping NEP": an action on the
  // policy under a verb against it turns round.
  if (pre && ACTION_CUES.has(pre.cue.phrase)) {
    let k = pre.k0 - 1;
    const infinitive = toks[k]?.n === 'to' || pre.cue.phrase.startsWith('to ');
    if (toks[k]?.n === 'to' || toks[k]?.n === 'of') k--;
    // ("fought to keep NEP" is for keeping it.)
    const against = (AGAINST_ACTION.has(toks[k]?.n ?? '') && !(infinitive && STRIVING.has(toks[k].n))) || ((toks[k]?.n === 'against' || toks[k]?.n === 'to') && ['was', 'were', 'argued', 'warned', 'spoke', 'objected', 'opposed', 'fought', 'campaigned'].includes(toks[k - 1]?.n ?? ''));
    if (against) pre = turned(pre);
  }
  // "an enemy of any end to NEP", "hostile to the scrapping of NEP": a noun of opposition before the cue turns it round.
  if (pre && !ACTION_CUES.has(pre.cue.phrase)) {
    let k = pre.k0 - 1;
    while (k > sent.t0 && ['any', 'the', 'an', 'a', 'all'].includes(toks[k].n)) k--;
    if ((toks[k]?.n === 'of' || toks[k]?.n === 'to') && ['enemy', 'enemies', 'opponent', 'opponents', 'critic', 'critics', 'foe', 'foes', 'hostile', 'averse'].includes(toks[k - 1]?.n ?? '')) pre = turned(pre);
  }
  // "warned that ending NEP was dangerous", "said keeping NEP would be a mistake": the action is the subject of a
  // judgement, whose words (not the action) say where the man stood.
  if (pre && ACTION_CUES.has(pre.cue.phrase) && pre.cue.phrase.endsWith('ing')) {
    const b = toks[pre.k0 - 1]?.n ?? '';
    if ((b === 'that' || CLAUSE_VERBS.has(b) || pre.k0 === sent.t0) && JUDGED_BY.has(toks[t1]?.n ?? '')) return;
  }
  const chosen = post && (!pre || pre.cue.polarity === 'supports' || post.cue.polarity === pre.cue.polarity) ? post : pre;
  // Support held within limits is no stance: "wanted NEP to carry on only until industry could be built",
  // "accepted NEP as a temporary retreat", "backed NEP for the time being".
  if (chosen?.cue.polarity === 'supports' && limitedSupport(toks, chosen === post ? tokenAt(ctx, post.e) : t1)) return;
  if (!chosen) {
    passiveStance(ctx, ent, t0, t1);
    return;
  }
  // "wanted NEP ended": the post cue decides; "opposed keeping NEP": skip (double meaning).
  if (post && pre && pre.cue.polarity === 'opposes' && post.cue.polarity === 'supports') return;
  // "Bukharin resisted the left's attacks on NEP", "criticised the left's plan to end NEP": a wing owns
  // the stance words; what the subject thinks of them is not said.
  for (let k = Math.max(sent.t0, chosen.k0 - 4); k < chosen.k0; k++) {
    const mi = ctx.mentionAt[k];
    if (mi < 0 || ctx.mentions[mi].entity.kind !== 'faction' || !isPossessiveAt(toks, ctx.mentions[mi].t1)) continue;
    let end = ctx.mentions[mi].t1 + 1;
    if (toks[end]?.n === 's') end++;
    let plain = true;
    for (let j = end; j < chosen.k0 && plain; j++) plain = toks[j].w && !FINITE.has(toks[j].n) && ctx.mentionAt[j] < 0;
    if (plain) return;
  }
  const anchor = Math.min(chosen.k0, t0);
  // "Bukharin's opposition to NEP": the possessive owns the stance noun.
  const owner = ctx.persons.find((p) => isPossessivePerson(ctx, p) && possessiveEnd(toks, p) === chosen.k0);
  // The stance of someone else's noun: "Tomsky resisted Stalin's turn against NEP", "opposed Bukharin's
  // policy of keeping NEP going". The sentence says nothing of the subject's own stance on NEP.
  if (!owner) {
    const inner = ctx.persons.find((p) => {
      if (!isPossessivePerson(ctx, p)) return false;
      const end = possessiveEnd(toks, p);
      if (end >= chosen.k0 || chosen.k0 - end > 4) return false;
      for (let k = end; k < chosen.k0; k++) if (!toks[k].w || FINITE.has(toks[k].n) || ctx.mentionAt[k] >= 0) return false;
      return true;
    });
    if (inner && ctx.persons.some((q) => q !== inner && !isPossessivePerson(ctx, q) && q.t1 <= inner.t0 && clauseOf(ctx, q.t0) === clauseOf(ctx, inner.t0))) return;
  }
  // "…, and his defence of NEP pleased Stalin" with "his" resolved to no one: whose defence is unknown.
  if (!owner && EN.POSSESSIVE_PRONOUNS.has(toks[chosen.k0 - 1]?.n ?? '') && !ctx.persons.some((p) => p.t0 === chosen.k0 - 1)) return;
  let bound: Bound | undefined = owner ? { persons: [owner], bind: 'possessive' as Binding } : undefined;
  // A passive cue names its person right after "by": "NEP was attacked by Bukharin".
  if (!bound && chosen === post && post.cue.phrase.endsWith(' by')) {
    const end = tokenAt(ctx, post.e);
    const pi = ctx.persons.findIndex((p) => p.t0 === end && !p.pronoun && !isPossessiveAt(toks, p.t1));
    if (pi >= 0) bound = { persons: groupMembers(ctx, pi), bind: 'passive' };
  }
  // "Stalin broke with Bukharin, a supporter of NEP": a stance noun set beside a man describes him.
  if (!bound && PEOPLE_CUE.test(chosen.cue.phrase) && toks[chosen.k0 - 1]?.n === ',') {
    const p = ctx.persons.find((q) => q.t1 === chosen.k0 - 1 && !q.pronoun && !isPossessivePerson(ctx, q));
    if (p) bound = { persons: [p], bind: 'appositive' };
  }
  // (A possessive author after the cue names no title: "opposed Trotsky's Permanent Revolution" is the subject's stance.)
  const authorAfter = author?.t0 === anchor + 1;
  // "…, and by supporting NEP he could look moderate": a phrase of means opening a clause is its subject's,
  // named after it (an unresolved "he" there leaves the stance no one's).
  if (!bound && MEANS.has(toks[anchor - 1]?.n ?? '') && toks[anchor].n.endsWith('ing') && (anchor - 1 === sent.t0 || [',', 'and', 'but', ';'].includes(toks[anchor - 2]?.n ?? ''))) {
    const k = toks[t1]?.n === ',' ? t1 + 1 : t1;
    const p = ctx.persons.find((q) => q.t0 === k && !isPossessivePerson(ctx, q));
    if (p) bound = { persons: [p], bind: 'intro' };
    else if (EN.PRONOUNS.has(toks[k]?.n ?? '')) return;
  }
  bound ??= bindSubject(ctx, anchor, authorAfter ? anchor : anchor + 1, { allowPossessive: false });
  if (!bound) {
    // "Bukharin's plan was to end NEP": the owner of a plan, aim or view.
    const clause = clauseOf(ctx, anchor);
    const p = ctx.persons.find((q) => q.t1 < anchor && isPossessivePerson(ctx, q) && clauseOf(ctx, q.t0) === clause && VIEW_NOUNS.has(toks[q.pronoun ? q.t1 : q.t1 + 2]?.n ?? ''));
    if (p) bound = { persons: [p], bind: 'possessive' };
  }
  // "The right wing favoured rapid industrialisation": a wing's stance is its men's.
  bound ??= wingSubject(ctx, anchor, ent);
  if (!guard(ctx, bound, anchor, t1, 'stance')) return;
  push(ctx, { code: 'stance', rel: chosen.cue.polarity, subjects: bound.persons, target: ent, s: Math.min(chosen.s, toks[t0].s), e: Math.max(chosen.e, toks[t1 - 1].e), cue: chosen.cue, cueSpan: [chosen.s, chosen.e], policySpan: [toks[t0].s, toks[t1 - 1].e], bind: bound.bind, echoed: echoed(ctx, ent, chosen.cue.polarity) });
}

/** Adverbs between a wing and its stance: "The right wing strongly opposed …". */
/** One-word asides between a subject and its verb: "The right, however, …". */
const DISCOURSE_ASIDES = new Set(['however', 'though', 'therefore', 'moreover', 'meanwhile', 'instead', 'nevertheless', 'nonetheless', 'too', 'also', 'predictably', 'unsurprisingly', 'naturally']);
const WING_STANCE_GAP = new Set(['also', 'always', 'still', 'firmly', 'strongly', 'fiercely', 'bitterly', 'openly', 'consistently', 'initially', 'at', 'first', 'then', 'now', 'soon', 'had', 'have', 'has', 'generally', 'broadly', 'largely']);
/**
 * A wing (or opposition) that opens its clause as the subject of a stance ("The right wing favoured
 * rapid industrialisation", "The Left Opposition strongly opposed …"): the claim is about its men
 * of the sentence's years who held a view on the idea, when there are at least two of them; they
 * stand at the wing's words, so no man is put in its place.
 */
function wingSubject(ctx: Ctx, anchor: number, idea: Entity): Bound | undefined {
  const { toks, kb } = ctx;
  let k = anchor - 1;
  // (Past an aside of one word: "The right wing, however, wanted …".)
  const aside = (): boolean => toks[k]?.n === ',' && DISCOURSE_ASIDES.has(toks[k - 1]?.n ?? '') && toks[k - 2]?.n === ',';
  while (k > ctx.sent.t0 && (WING_STANCE_GAP.has(toks[k].n) || aside())) k -= aside() ? 3 : 1;
  if (k < ctx.sent.t0) return undefined;
  const mi = ctx.mentionAt[k];
  if (mi === undefined || mi < 0) return undefined;
  const m = ctx.mentions[mi];
  if (m.entity.kind !== 'faction' || m.t1 !== k + 1 || m.form === 'adjective' || isPossessiveAt(toks, m.t1)) return undefined;
  // The clause's subject: at its start, after "the" at most.
  let b = m.t0 - 1;
  if (toks[b]?.n === 'the') b--;
  if (b >= ctx.sent.t0 && clauseOf(ctx, b) === clauseOf(ctx, m.t0) && !(toks[b].n === ',' || toks[b].n === ':' || toks[b].n === ';')) return undefined;
  const span = spanOf(ctx.times) ?? ctx.frame ?? { from: kb.period[0], to: kb.period[1] };
  const members = new Map<string, Entity>();
  for (const f of kb.holding(undefined, 'member', m.entity.id, span.from, span.to)) {
    const who = kb.get(f.who);
    if (who && (kb.holding(f.who, 'supports', idea.id, span.from, span.to).length || kb.holding(f.who, 'opposes', idea.id, span.from, span.to).length)) members.set(who.id, who);
  }
  if (members.size < 2) return undefined;
  const text = toks.slice(m.t0, m.t1).map((t) => t.t).join(' ');
  return { persons: [...members.values()].map((ent) => ({ ent, s: m.s, e: m.e, t0: m.t0, t1: m.t1, pronoun: false, text })), bind: 'nearest' };
}

/** Prepositions of a phrase of means or time before an -ing stance: "by supporting NEP, he …". */
const MEANS = new Set(['by', 'through', 'in', 'while', 'after', 'before', 'when']);

/** Words after a stance that limit it to a while: "only until …", "for now", "as a temporary retreat". */
function limitedSupport(toks: Token[], k: number): boolean {
  const n = (i: number): string => toks[k + i]?.n ?? '';
  if (n(0) === 'only' && ['until', 'till', 'for', 'as', 'while', 'so'].includes(n(1))) return true;
  if (n(0) === 'temporarily' || n(0) === 'grudgingly' || n(0) === 'reluctantly') return true;
  if (n(0) === 'for' && (n(1) === 'now' || (n(1) === 'the' && n(2) === 'time' && n(3) === 'being') || (n(1) === 'a' && ['while', 'time'].includes(n(2))))) return true;
  return n(0) === 'as' && n(1) === 'a' && ['temporary', 'stopgap', 'short-term', 'tactical', 'necessary'].includes(n(2));
}

/** Stance cues that name people: "an opponent of", "supporters of", "the enemies of". */
const PEOPLE_CUE = /^(?:an? )?(?:supporters?|opponents?|critics?|champions?|advocates?|backers?|enem(?:y|ies)|foes?|believers?) (?:of|in)$/;
/** A verb's particles and prepositions before its object: "turned on", "broke with", "lost out to". */
const VERB_PARTICLES = new Set(['on', 'against', 'with', 'after', 'to', 'by', 'out', 'from', 'over', 'upon', 'off', 'down', 'at']);
/** What may stand between such a noun and the verb it is the object of: "attacked the fiercest critics of NEP". */
const PEOPLE_CUE_MODIFIERS = new Set([
  'the', 'a', 'an', 'its', 'their', 'his', 'her', 'all', 'many', 'some', 'other', 'these', 'those', 'such', 'few', 'several', 'fellow',
  'leading', 'chief', 'main', 'principal', 'prominent', 'fierce', 'fiercest', 'most', 'strongest', 'keenest', 'staunch', 'staunchest',
  'great', 'greatest', 'bitter', 'bitterest', 'loudest', 'vocal', 'outspoken', 'ardent', 'firm', 'committed', 'remaining', 'former', 'known',
]);

/** Nouns of making before "of" and the maker: "the brainchild of Bukharin". */
const MADE_OF_NOUNS = new Set(['idea', 'brainchild', 'creation', 'invention', 'work', 'theory', 'doctrine', 'slogan', 'concept', 'notion', 'thesis', 'scheme', 'initiative', 'proposal', 'plan', 'programme', 'program', 'motto', 'cry', 'watchword']);

/** A stance cue read the other way round (under a verb against what it names). */
function turned<T extends { cue: EN.StanceCue }>(c: T): T {
  return { ...c, cue: { ...c.cue, polarity: c.cue.polarity === 'opposes' ? 'supports' : 'opposes' } };
}

/** What a wing gives: "with the help of the right", "the votes of the left". */
const AID_NOUNS = new Set(['help', 'support', 'backing', 'aid', 'votes', 'assistance', 'alliance']);
/** Attacks whose target follows "on"/"against": "the attack on the left". */
const ASSAULT_NOUNS = new Set(['attack', 'attacks', 'assault', 'offensive', 'campaign', 'war', 'struggle', 'fight', 'drive', 'onslaught', 'crusade', 'purge', 'victory', 'triumph', 'move', 'moves', 'turn']);
/** The people someone has, as a group: "his allies on the right", "Stalin's men took Leningrad". */
const PEOPLE_OF = new Set(['allies', 'rivals', 'opponents', 'enemies', 'friends', 'colleagues', 'critics', 'supporters', 'men', 'comrades', 'people', 'followers', 'partners', 'foes']);

/** Verbs of taking a place over: what follows is the place taken, not anyone's base. */
/** Adverbs between a group and its verb of taking: "soon took over". */
const TAKE_ADVERBS = new Set(['soon', 'quickly', 'then', 'later', 'eventually', 'gradually', 'also', 'swiftly', 'rapidly', 'steadily']);
/** Verbs of putting men out of their places: "replaced his supporters in Moscow". */
const REPLACING = new Set(['replaced', 'replace', 'removed', 'remove', 'purged', 'purge', 'ousted', 'oust', 'sacked', 'dismissed', 'expelled', 'drove', 'weeded', 'swept']);
const TAKING = new Set(['took', 'take', 'taking', 'taken', 'seized', 'seize', 'captured', 'capture', 'won', 'win', 'purged', 'purge', 'gained', 'conquered', 'packed', 'swamped', 'overran', 'infiltrated', 'stormed', 'invaded', 'flooded', 'entered', 'moved']);

/** Verbs of resisting what happens to a policy: "opposed the end of NEP" is support for NEP. */
const RESISTING = new Set(['opposed', 'oppose', 'resisted', 'resist', 'fought', 'condemned', 'deplored', 'criticised', 'criticized', 'denounced', 'rejected', 'blocked', 'regretted']);
/** Actions on a policy, named by the verb (not the noun): "ending NEP", "to keep NEP". */
const ACTION_CUES = new Set(['ending', 'to end', 'end', 'abolishing', 'scrapping', 'abandoning', 'keeping', 'to keep', 'keep', 'continuing', 'to continue', 'preserving', 'to preserve', 'preserve', 'maintaining', 'maintain']);
/** A word after the policy at g0 that the policy describes: "the anti-NEP left" (not "anti-NEP and …", "anti-NEP in 1926"). */
function nounAfter(ctx: Ctx, g0: number): boolean {
  const mi = ctx.mentionAt[g0];
  const t = ctx.toks[mi >= 0 ? ctx.mentions[mi].t1 : g0 + 1];
  return !!t?.w && !EN.PREPOSITIONS.has(t.n) && !['and', 'or', 'in', 'until', 'from', 'by', 'but', 'after', 'before', 'during', 'throughout', 'since'].includes(t.n) && yearOf(t) === undefined;
}
/** Words before a noun, not a verb: "the demands of …", "his calls for …". */
const NOUN_BEFORE = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'these', 'those', 'such', 'of', 'to', 'new', 'many', 'several', 'all', 'whose', 's', "'"]);
/** Verbs after an action that make it a subject judged: "ending NEP was dangerous", "keeping NEP would ruin …". */
const JUDGED_BY = new Set(['was', 'is', 'were', 'are', 'would', 'will', 'could', 'might', 'must', 'seemed', 'seems', 'meant', 'means', 'remained', 'threatened', 'risked']);
/** Verbs against the action that follows them: "opposed ending NEP", "refused to end NEP". */
const AGAINST_ACTION = new Set(['opposed', 'oppose', 'opposes', 'opposing', 'objected', 'object', 'objecting', 'resisted', 'resist', 'resisting', 'refused', 'refuse', 'refusing', 'rejected', 'reject', 'blocked', 'block', 'fought', 'fight', 'condemned', 'denounced', 'criticised', 'criticized', 'attacked', 'feared', 'dreaded', 'enemy', 'enemies', 'opponent', 'opponents', 'critic', 'critics', 'foe', 'foes', 'hostile', 'averse']);
/** Verbs of striving: "fought to keep NEP" is for keeping it. */
const STRIVING = new Set(['fought', 'fight', 'struggled', 'battled']);
/** Stance cues that name what happens to a policy, not anyone's view of it. */
const EVENT_NOUN_CUES = new Set(['the end of', 'the ending of', 'the scrapping of', 'the abolition of', 'abolition of', 'an end to', 'the continuation of', 'a continuation of']);
const WANTING = new Set(['wanted', 'want', 'wants', 'wanting', 'sought', 'seek', 'seeking', 'demanded', 'demand', 'demanding', 'urged', 'urge', 'urging', 'favoured', 'favored', 'favour', 'favor', 'favouring', 'advocated', 'advocate', 'advocating', 'supported', 'support', 'supporting', 'backed', 'back', 'backing', 'proposed', 'propose', 'proposing', 'welcomed', 'welcome', 'engineered', 'forced', 'ordered', 'decreed', 'announced', 'expected', 'predicted', 'planned', 'supports', 'backs', 'proposes', 'demands', 'urges', 'favours', 'favors', 'advocates', 'welcomes', 'orders', 'announces', 'plans', 'seeks']);
const WANTING_FOR = new Set(['called', 'call', 'calling', 'pressed', 'press', 'pressing', 'pushed', 'push', 'pushing', 'argued', 'argue', 'arguing', 'campaigned', 'campaign', 'campaigning', 'agitated', 'hoped', 'longed', 'worked', 'calls', 'presses', 'pushes', 'argues', 'campaigns', 'hopes', 'works']);
/** Is the event noun at k what its subject wanted or brought about ("wanted the end of", "called for an end to", "brought about the end of")? */
function wantsEvent(toks: Token[], k: number, from: number): boolean {
  let v = k - 1;
  while (v > from && ['strongly', 'openly', 'also', 'now', 'soon', 'first', 'quickly', 'rapidly', 'in', 'effect'].includes(toks[v].n)) v--;
  const w = toks[v]?.n ?? '';
  if (WANTING.has(w)) return true;
  if ((w === 'for' || w === 'towards' || w === 'toward') && WANTING_FOR.has(toks[v - 1]?.n ?? '')) return true;
  if (w === 'on' && /^insist/.test(toks[v - 1]?.n ?? '')) return true;
  return w === 'about' && /^br(ought|ing)/.test(toks[v - 1]?.n ?? '');
}
/** Stance cues that are nouns ("attacks on NEP", "support for NEP"): a verb before them may hold them off. */
const NOUN_CUES = new Set(['attack', 'attacks', 'assault', 'assaults', 'criticism', 'criticisms', 'opposition', 'campaign', 'war', 'hostility', 'support', 'defence', 'defense', 'drive', 'retreat']);
/** Verbs that hold off or undo what follows them: "resisted attacks on NEP". */
const AGAINST_VERBS = new Set(['resisted', 'resist', 'resisting', 'deplored', 'condemned', 'opposed', 'fought', 'ended', 'stopped', 'criticised', 'criticized', 'denounced', 'rejected', 'blocked', 'defeated', 'survived', 'withstood', 'repelled', 'halted', 'feared', 'attacked', 'regretted', 'protested', 'warned', 'deplore', 'condemn', 'oppose', 'fight', 'end', 'stop', 'reject', 'block', 'halt', 'fear', 'mocked', 'ridiculed', 'undermined', 'sabotaged']);
const PASSIVE_ADVERBS = new Set(['strongly', 'fiercely', 'bitterly', 'openly', 'consistently', 'vigorously', 'always', 'also', 'firmly', 'loudly', 'publicly', 'repeatedly', 'first', 'later', 'soon']);
/** The passive: "NEP was attacked by Bukharin", "Socialism in One Country was championed by Stalin and Bukharin". */
function passiveStance(ctx: Ctx, ent: Entity, t0: number, t1: number): void {
  const { toks } = ctx;
  let k = t1;
  if (!['was', 'were', 'is', 'are', 'had', 'has'].includes(toks[k]?.n ?? '')) return;
  k++;
  if (toks[k]?.n === 'been') k++;
  if (PASSIVE_ADVERBS.has(toks[k]?.n ?? '')) k++;
  if (toks[k + 1]?.n !== 'by') return;
  // One-word participles only: "was supported by", "was attacked by" (not "was to keep by").
  const cue = (PRE_INDEX.get(toks[k]?.n ?? '') ?? []).find((c) => c.toks.length === 1 && /ed$/.test(c.toks[0]) && !c.cue.proposal)?.cue;
  if (!cue) return;
  const pi = ctx.persons.findIndex((p) => p.t0 === k + 2 && !p.pronoun && !isPossessiveAt(toks, p.t1));
  if (pi < 0) return;
  const bound: Bound = { persons: groupMembers(ctx, pi), bind: 'passive' };
  if (!guard(ctx, bound, k, k + 1, 'stance')) return;
  push(ctx, { code: 'stance', rel: cue.polarity, subjects: bound.persons, target: ent, s: toks[t0].s, e: toks[k].e, cue, cueSpan: [toks[k].s, toks[k].e], policySpan: [toks[t0].s, toks[t1 - 1].e], bind: 'passive' });
}

// ————— Markdown tables —————

type ColumnKind = 'faction' | 'power-base' | 'office';
/** Words a plain column name may have besides its kind ("Main power base", "Wing in June 1924"). */
const HEADER_WORDS = new Set(['main', 'chief', 'key', 'power', 'party', 'in', 'of', 'the', 'and', 'his', 'their', 'held', 'politburo', 'june', 'as', 'at']);
interface TableHeader {
  /** Per column (cells between pipes): what its cells say of the row's person. */
  columns: (ColumnKind | undefined)[];
  /** Columns of claims held up to be refuted: "| Myth | Fact |". */
  refuted: boolean[];
  /** A time the header gives a column: "Wing (June 1924)". */
  times: (TimeSpan | undefined)[];
  /** What parts the cells: "|" in Markdown, "&" in a LaTeX tabular. */
  sep: '|' | '&';
}
const COLUMN_WORDS: [ColumnKind, string[]][] = [
  ['faction', ['wing', 'faction', 'side', 'camp', 'bloc', 'group']],
  ['power-base', ['base', 'bases', 'powerbase', 'support']],
  ['office', ['office', 'offices', 'post', 'posts', 'position', 'positions', 'job', 'role', 'title']],
];

/** Words a base or office cell may hold besides its names: "the Red Army; younger members", "General Secretary (from 1922)". */
const CELL_FILLERS = new Set(['the', 'a', 'an', 'and', ',', ';', '/', '&', '(', ')', 'from', 'to', 'until', 'in', '–', '-', 'his', 'main', 'also', 'later', 'party', 'younger', 'members', 'students']);
/** Cells of a row: token ranges between its pipes. */
function cellsOf(toks: Token[], t0: number, t1: number, sep: '|' | '&'): [number, number][] {
  const cells: [number, number][] = [];
  let start = toks[t0]?.n === sep ? t0 + 1 : t0;
  for (let k = start; k < t1; k++) {
    if (toks[k].n !== sep) continue;
    cells.push([start, k]);
    start = k + 1;
  }
  if (start < t1) cells.push([start, t1]);
  return cells;
}

function tableHeader(kb: KnowledgeBase, toks: Token[], head: SentenceInfo, sep: '|' | '&'): TableHeader | undefined {
  const columns: (ColumnKind | undefined)[] = [];
  const times: (TimeSpan | undefined)[] = [];
  const refuted: boolean[] = [];
  for (const [a, b] of cellsOf(toks, head.t0, head.t1, sep)) {
    const words = toks.slice(a, b).map((t) => t.n);
    refuted.push(words.some((w) => ['myth', 'myths', 'misconception', 'misconceptions', 'mistake', 'mistakes', 'wrong', 'incorrect', 'false', 'error', 'errors'].includes(w)));
    // One meaning per column, and not a column of views or dates ("Views on the left", "Date of the base").
    const kinds = COLUMN_WORDS.filter(([, ws]) => ws.some((w) => words.includes(w))).map(([k]) => k);
    // A plain name for the column ("Wing (June 1924)", "Main power base"), not "Office they fought" or "Opponent's post".
    const year = (t: Token): boolean => /^\d{2,4}$/.test(t.n) || !!monthOf(t);
    const plain = toks.slice(a, b).every((t) => year(t) || (!t.w ? ['(', ')', '–', '-', ','].includes(t.n) : HEADER_WORDS.has(t.n) || COLUMN_WORDS.some(([, ws]) => ws.includes(t.n))));
    columns.push(kinds.length === 1 && plain ? kinds[0] : undefined);
    // A bracketed year reads as a citation in prose ("Deutscher (1959)"); in a header it dates the column.
    let time: TimeSpan | undefined = findTimes(toks, a, b, kb.period)[0];
    if (!time) {
      // "Office (1922–1929)": the column covers the whole span.
      const ys = toks.slice(a, b).filter((t) => /^\d{4}$/.test(t.n) && +t.n >= kb.period[0] - 10 && +t.n <= kb.period[1] + 10).map((t) => +t.n);
      if (ys.length) time = { from: Math.min(...ys), to: Math.max(...ys) };
    }
    times.push(time);
  }
  return columns.some((c) => c) || refuted.some((r) => r) ? { columns, times, refuted, sep } : undefined;
}

/** The faction a bare cell names ("left", "Right", "the centre"), by its forms. */
function factionNamed(kb: KnowledgeBase, words: string[]): { ent: Entity; form: FormKey; index: number } | undefined {
  const w = words[0] === 'the' ? words.slice(1) : words;
  const written = w.join(' ');
  if (!written) return undefined;
  for (const e of kb.entities.values()) {
    if (e.kind !== 'faction' || !e.group) continue;
    for (const form of ['short', 'noun', 'adjective'] as FormKey[]) {
      const i = (e.forms?.[form] ?? []).findIndex((f) => phraseTokens(f).filter((x) => x !== 'the').join(' ') === written);
      if (i >= 0) return { ent: e, form, index: i };
    }
  }
  return undefined;
}

function rowClaims(ctx: Ctx, table: TableHeader): void {
  const { toks, sent, mentions } = ctx;
  const cells = cellsOf(toks, sent.t0, sent.t1, table.sep);
  // The row's person: the first cell that is one name and nothing else.
  let who: PersonRef | undefined;
  let whoCell = -1;
  for (let c = 0; c < cells.length && !who; c++) {
    const [a, b] = cells[c];
    const p = ctx.persons.find((q) => !q.pronoun && q.t0 === a && q.t1 === b);
    if (p) {
      who = p;
      whoCell = c;
    }
  }
  if (!who) return;
  // Like an appositive: the cell describes the person, so a wrong cell is fixed in place.
  const bound: Bound = { persons: [who], bind: 'appositive' };
  cells.forEach(([a, b], c) => {
    const kind = c === whoCell ? undefined : table.columns[c];
    if (kind) cellClaims(ctx, bound, kind, a, b, table.times[c]);
  });
}

/**
 * Under a heading that names a man, a label line says what he was: "- Wing: right", "Power base: Moscow",
 * "**Office:** War Commissar". The label is a table's column name; the value, its cell.
 */
function labelClaims(ctx: Ctx, head: PersonRef): void {
  const { toks, sent } = ctx;
  let k = sent.t0;
  while (k < sent.t1 && (isItemMark(toks[k]) || toks[k].n === '*')) k++;
  const colon = toks.findIndex((t, i) => i >= k && i < sent.t1 && t.n === ':');
  if (colon <= k || colon - k > 4) return;
  const words = toks.slice(k, colon).map((t) => t.n);
  const kinds = COLUMN_WORDS.filter(([, ws]) => words.some((w) => ws.includes(w))).map(([kind]) => kind);
  if (kinds.length !== 1 || !words.every((w) => HEADER_WORDS.has(w) || COLUMN_WORDS.some(([, ws]) => ws.includes(w)))) return;
  let end = sent.t1;
  while (end > colon + 1 && ['.', '*'].includes(toks[end - 1].n)) end--;
  cellClaims(ctx, { persons: [head], bind: 'appositive' }, kinds[0], colon + 1, end, undefined);
}

/** What one cell says of the row's man: its wing, or the bases or offices it names and nothing else. */
function cellClaims(ctx: Ctx, bound: Bound, kind: ColumnKind, a: number, b: number, time: TimeSpan | undefined): void {
  const { toks, mentions } = ctx;
  {
    if (a >= b) return;
    if (kind === 'faction') {
      const mi = ctx.mentionAt[a];
      const m = mi >= 0 && mentions[mi].t0 === a && mentions[mi].t1 === b && mentions[mi].entity.kind === 'faction' ? mentions[mi] : undefined;
      const named = m ? { ent: m.entity, form: m.form ?? ('noun' as FormKey), index: formIndexOf(m.entity, m, toks) } : factionNamed(ctx.kb, toks.slice(a, b).map((t) => t.n));
      if (!named) return;
      const s = toks[toks[a].n === 'the' ? a + 1 : a].s;
      push(ctx, { code: 'faction', rel: 'member', subjects: bound.persons, target: named.ent, s, e: toks[b - 1].e, form: named.form, formIndex: named.index, bind: bound.bind, time });
      return;
    }
    // Bases and offices: every mention of the right kind in the cell ("Leningrad; the Comintern"),
    // when the cell only names them ("rival of the General Secretary" names someone else's office).
    for (let k = a; k < b; k++) {
      const mi = ctx.mentionAt[k];
      if (mi < 0 || mentions[mi].t0 !== k || mentions[mi].t1 > b) {
        if (mi < 0 && !CELL_FILLERS.has(toks[k].n)) return;
        continue;
      }
      const m = mentions[mi];
      if (kind === 'office' && m.entity.kind === 'office') {
        push(ctx, { code: 'office', rel: 'holds', subjects: bound.persons, target: m.entity, s: m.s, e: m.e, bind: bound.bind, time });
      } else if (kind === 'power-base' && (m.entity.kind === 'place' || (m.entity.kind === 'body' && ctx.kb.factsOn(m.entity.id).some((f) => f.rel === 'base')))) {
        push(ctx, { code: 'power-base', rel: 'base', subjects: bound.persons, target: m.entity, s: m.s, e: m.e, bind: bound.bind, time });
      }
    }
  }
}

/** Ideas stated without their name: all words of one signature in one clause. */
function signatureClaims(ctx: Ctx): void {
  const { toks, sent, kb } = ctx;
  const vocab = indexOf(kb).signatureWords;
  let anyWord = false;
  for (let k = sent.t0; k < sent.t1 && !anyWord; k++) anyWord = vocab.has(toks[k].n);
  if (!anyWord) return;
  const clauses = new Map<number, [number, number]>();
  for (let k = sent.t0; k < sent.t1; k++) {
    const c = clauseOf(ctx, k);
    const r = clauses.get(c);
    if (r) r[1] = k + 1;
    else clauses.set(c, [k, k + 1]);
  }
  for (const [, [a, b]] of clauses) {
    let any = false;
    for (let k = a; k < b && !any; k++) any = vocab.has(toks[k].n);
    if (!any) continue;
    const hits: { ent: Entity; t0: number; t1: number }[] = [];
    for (const ent of indexOf(kb).signed) {
      for (const sig of ent.signatures!) {
        let lo = Infinity;
        let hi = -1;
        let ok = true;
        for (const w of sig) {
          // The first place in the clause where the word (or phrase) stands.
          const wt = phraseTokens(w);
          let first = -1;
          for (let k = a; k < b && first < 0; k++) if (toks[k].n === wt[0] && matchTokensAt(toks, k, wt) > 0) first = k;
          if (first < 0) {
            ok = false;
            break;
          }
          lo = Math.min(lo, first);
          hi = Math.max(hi, first + wt.length);
        }
        if (ok && !(ctx.mentionAt[lo] >= 0 && ctx.mentions[ctx.mentionAt[lo]].entity.id === ent.id)) {
          hits.push({ ent, t0: lo, t1: hi });
          break;
        }
      }
    }
    // Two rival ideas stated in one clause: too uncertain to judge.
    const ids = new Set(hits.map((h) => h.ent.id));
    for (const h of hits) {
      if ((h.ent.rivals ?? []).some((r) => ids.has(r))) continue;
      if (ctx.mentions.some((m) => m.entity.id === h.ent.id && m.t0 >= a && m.t1 <= b)) continue;
      signatureStance(ctx, h.ent, h.t0, h.t1);
    }
  }
}

/**
 * Does the sentence state the same view again in other words: a mark of the idea itself, or of a
 * rival idea the other way round ("wanted to end NEP and militarise labour")? The view is then
 * what the writer meant, and a wrong one is the man's slip.
 */
function echoed(ctx: Ctx, ent: Entity, polarity: 'supports' | 'opposes'): boolean {
  const { toks, sent, kb } = ctx;
  if (!ctx.words) {
    ctx.words = new Set();
    for (let k = sent.t0; k < sent.t1; k++) ctx.words.add(toks[k].n);
  }
  const words = ctx.words;
  const vocab = indexOf(kb).signatureWords;
  let any = false;
  for (const w of vocab) if ((any = words.has(w))) break;
  if (!any) return false;
  for (const other of indexOf(kb).signed) {
    const implied = other.id === ent.id ? 'supports' : (ent.rivals ?? []).includes(other.id) || (other.rivals ?? []).includes(ent.id) ? 'opposes' : undefined;
    if (implied !== polarity) continue;
    for (const sig of other.signatures!) {
      // Every word's first token must be in the sentence before any phrase is matched in place.
      if (!sig.every((w) => words.has(phraseTokens(w)[0]))) continue;
      if (sig.every((w) => {
        const wt = phraseTokens(w);
        for (let k = sent.t0; k < sent.t1; k++) if (toks[k].n === wt[0] && matchTokensAt(toks, k, wt) > 0) return true;
        return false;
      })) return true;
    }
  }
  return false;
}

function signatureStance(ctx: Ctx, ent: Entity, t0: number, t1: number): void {
  const { toks } = ctx;
  // The person whose view this is: a view verb ("argued that"), "wanted", or the clause subject.
  let verb = -1;
  for (let k = t0 - 1; k >= Math.max(ctx.sent.t0, t0 - 12); k--) {
    const n = toks[k].n;
    if (EN.VIEW_VERBS.has(n) || ['wanted', 'believed', 'held', 'thought', 'convinced', 'insisted', 'proposed', 'said', 'called', 'demanded'].includes(n)) {
      verb = k;
      break;
    }
  }
  if (verb < 0) return;
  const neg = toks.slice(verb, t0).some((t, i) => isNegator(toks, verb + i));
  if (neg) return;
  const bound = bindSubject(ctx, verb, verb + 1, { allowPossessive: false });
  if (!bound) return;
  if (bound.persons.some((p) => personNegated(ctx, p))) return;
  if (hypothetical(ctx, verb, bound.persons)) return;
  // The view must be the person's own: nothing reported before it.
  const firstP = Math.min(...bound.persons.map((p) => p.t0));
  for (let k = ctx.sent.t0; k < firstP; k++) if (EN.REPORTING.has(toks[k].n) || (toks[k].n === 'according' && toks[k + 1]?.n === 'to')) return;
  if (negated(ctx, bound.persons, verb, verb + 1)) return;
  const cue: EN.StanceCue = { phrase: '', polarity: 'supports', antonym: '', preferSpan: false };
  push(ctx, { code: 'stance', rel: 'supports', subjects: bound.persons, target: ent, s: toks[t0].s, e: toks[t1 - 1].e, cue, bind: bound.bind });
}

/** Verbs any event can take before its date. */
const HAPPENED = [['took', 'place'], ['happened'], ['occurred'], ['was', 'held'], ['met'], ['was', 'convened'], ['opened'], ['came']];
/** An event named outright and dated: "Lenin's death in 1925", "the Tenth Congress of 1923". */
function eventNameClaim(ctx: Ctx, m: Mention): void {
  const { toks } = ctx;
  const ev = m.entity;
  if (!ev.date) return;
  let k = m.t1;
  // "The Lenin Enrolment took place in 1926", "The Tenth Congress met in 1923".
  for (const verb of HAPPENED) {
    if (verb.every((w, j) => toks[k + j]?.n === w)) {
      k += verb.length;
      break;
    }
  }
  // In brackets after the name: "Lenin's death (1925) changed everything".
  if (k === m.t1 && toks[k]?.n === '(' && toks[k + 2]?.n === ')' && yearOf(toks[k + 1]) !== undefined) {
    pushEventDate(ctx, m, k + 1);
    return;
  }
  // A note: "Fourteenth Congress - December 1926", "Lenin's death: 1925".
  const noted = k === m.t1 && [':', '-', '–', '—'].includes(toks[k]?.n ?? '') && (yearOf(toks[k + 1]) !== undefined || (monthOf(toks[k + 1]) && yearOf(toks[k + 2]) !== undefined));
  // "on" with a day: "Lenin's death on 21 January 1924" (and after a verb, "took place on …").
  const onDay = toks[k]?.n === 'on' && (k > m.t1 || isDay(toks[k + 1]) || !!monthOf(toks[k + 1]));
  if (!noted && toks[k]?.n !== 'in' && toks[k]?.n !== 'of' && !onDay) return;
  const y = singleYearAt(toks, k + 1, RANGE_DASHES);
  if (y >= 0) pushEventDate(ctx, m, y);
}

const RANGE_DASHES = ['–', '-', '—'];
/** The year of a single date written from k ("1924", "January 1924", "21 January 1924"), or -1 (none, or a range "1924–25"). */
function singleYearAt(toks: Token[], k: number, rangeMarks: readonly string[]): number {
  if (isDay(toks[k])) k++;
  if (monthOf(toks[k])) k++;
  if (yearOf(toks[k]) === undefined) return -1;
  return toks[k + 1] && rangeMarks.includes(toks[k + 1].n) && /^\d{2,4}$/.test(toks[k + 2]?.n ?? '') ? -1 : k;
}

/**
 * A thing whose whole life the pack records as one event from `date` to `until` (the Lenin Enrolment,
 * February to May 1924; the Testament, written December 1922 – January 1923), dated by its name:
 * "the Lenin Enrolment of 1927", "the 1927 Lenin Enrolment". (Not "in 1927": "the Testament in 1924
 * was kept from the delegates" is what befell it then. Nor a thing with no end in the pack: "NEP of 1925".)
 */
function lifetimeClaim(ctx: Ctx, m: Mention): void {
  const { toks } = ctx;
  // (Its only event: the triumvirate, formed over 1922–23, broke up in 1925, and "the triumvirate of 1924" is true.)
  const events = indexOf(ctx.kb).eventsBySubject.get(m.entity.id);
  const ev = events?.length === 1 && events[0].until ? events[0] : undefined;
  if (!ev) return;
  let k = -1;
  if (toks[m.t1]?.n === 'of') k = singleYearAt(toks, m.t1 + 1, [...RANGE_DASHES, '/']);
  else if (yearOf(toks[m.t0 - 1]) !== undefined && ['the', 'this', 'that', 'his', 'its', 'their', 's'].includes(toks[m.t0 - 2]?.n ?? '')) k = m.t0 - 1;
  if (k >= 0) pushEventDate(ctx, m, k, ev);
}

/** The month and day written before the year at `yearAt` ("21 January 1924", "January 1924"), and where that date starts. */
function writtenDate(ctx: Ctx, yearAt: number): { month?: number; day?: number; dateStart: number } {
  const { toks } = ctx;
  const ds = dateStart(toks, yearAt, ctx.sent.t0);
  let month: number | undefined;
  let day: number | undefined;
  for (let k = ds; k < yearAt; k++) {
    month ??= monthOf(toks[k]);
    if (isDay(toks[k])) day = parseInt(toks[k].n, 10);
  }
  // (A day needs its month: "on 21 January 1924". Nor is the month one of two, "in November and December 1927":
  // which is whose is not said.)
  const pair = ['and', 'or', '-', '\u2013', 'to'].includes(toks[ds - 1]?.n ?? '') && !!monthOf(toks[ds - 2]);
  return month && !pair ? { month, day, dateStart: toks[ds].s } : { dateStart: toks[yearAt].s };
}

/** The date claim of an event named outright, with its year at token k. */
function pushEventDate(ctx: Ctx, m: Mention, k: number, ev = m.entity): void {
  const { toks } = ctx;
  const year = yearOf(toks[k])!;
  const self: PersonRef = { ent: ev, s: m.s, e: m.e, t0: m.t0, t1: m.t1, pronoun: false, text: spanWords(toks, m.t0, m.t1) };
  if (negated(ctx, [self], m.t0, m.t1) || hypothetical(ctx, m.t0, []) || reported(ctx, [self], m.t0, 'date') || hedged(ctx, [self], m.t0)) return;
  if (ctx.claims.some((c) => c.code === 'date' && c.s === toks[k].s)) return;
  push(ctx, { code: 'date', rel: 'date', subjects: [self], target: ev, s: toks[k].s, e: toks[k].e, year, ...writtenDate(ctx, k), bind: 'nearest' });
}

/** Each man's death, the event that gives the year his entity records as his death. */
const deathEvents = new WeakMap<KnowledgeBase, Map<string, Entity>>();
function deathOf(kb: KnowledgeBase, person: Entity): Entity | undefined {
  let byPerson = deathEvents.get(kb);
  if (!byPerson) {
    byPerson = new Map();
    for (const e of kb.entities.values()) {
      const who = e.kind === 'event' && e.subject ? kb.get(e.subject) : undefined;
      if (who?.died && e.date && e.date.year === who.died.year) byPerson.set(who.id, e);
    }
    deathEvents.set(kb, byPerson);
  }
  return byPerson.get(person.id);
}

/** Life dates after a name: "Lenin (1870–1925)", "Lenin (d. 1925)" date his death (token k is its year). */
function deathDateClaim(ctx: Ctx, k: number): void {
  const { toks } = ctx;
  let open = k;
  while (open > ctx.sent.t0 && toks[open].n !== '(') open--;
  const p = ctx.persons.find((q) => q.t1 === open && !q.pronoun);
  const ev = p && deathOf(ctx.kb, p.ent);
  if (!p || !ev) return;
  if (reported(ctx, [p], p.t0, 'date') || hedged(ctx, [p], p.t0) || hypothetical(ctx, p.t0, [])) return;
  push(ctx, { code: 'date', rel: 'date', subjects: [p], target: ev, s: toks[k].s, e: toks[k].e, year: Number(toks[k].n), bind: 'nearest', time: { from: -Infinity, to: Infinity } });
}

/** Dates: "Lenin died in 1925", "the First Five-Year Plan, launched in 1925". */
const REPEAT_WORDS = new Set(['again', 'anew', 'twice', 'second', 'third', 're']);
/** Words between an event verb and its year (or just before the verb) that make it a later occurrence. */
function repeated(toks: Token[], k0: number, yearAt: number): boolean {
  const a = Math.max(0, Math.min(k0, yearAt) - 2);
  const b = Math.max(k0, yearAt);
  for (let k = a; k < b; k++) if (REPEAT_WORDS.has(toks[k].n)) return true;
  return false;
}

/** Words that set an event against another: what follows them is the other's. */
const RELATIVE_TO = new Set(['before', 'after', 'since', 'until', 'till', 'following', 'than', 'preceding', 'during']);

/** Words after "and" that go on with the same subject: "and then deported", "and was readmitted", "and in 1929 …". */
const SAME_SUBJECT_AFTER_AND = new Set(['then', 'later', 'soon', 'finally', 'eventually', 'afterwards', 'subsequently', 'also', 'was', 'were', 'had', 'has', 'in', 'on', 'by', 'after', 'before', 'at', 'during', 'within', 'not', 'never', 'thus', 'so', 'he', 'she', 'they', 'again']);
function newSubjectBetween(ctx: Ctx, from: number, to: number): boolean {
  const { toks } = ctx;
  for (let k = from; k < to - 1; k++) {
    if (toks[k].n !== 'and' || toks[k - 1]?.n !== ',') continue;
    const next = toks[k + 1];
    if (!next?.w || SAME_SUBJECT_AFTER_AND.has(next.n) || verbLike(next)) continue;
    return true;
  }
  return false;
}

/** Is the comma at k the start of a date that closes the sentence or an aside: ", in November 1926." */
function commaDate(ctx: Ctx, k: number): boolean {
  const { toks } = ctx;
  if (!['in', 'on'].includes(toks[k + 1]?.n ?? '')) return false;
  let j = k + 2;
  while (j < ctx.sent.t1 && j < k + 6 && yearOf(toks[j]) === undefined) j++;
  if (yearOf(toks[j]) === undefined || !toks.slice(k + 2, j).every((t) => monthOf(t) || isDay(t) || t.n === 'the' || t.n === 'of' || t.n === 'late' || t.n === 'early')) return false;
  return j + 1 >= ctx.sent.t1 || ['.', ',', ';', '!', ')'].includes(toks[j + 1]?.n ?? '');
}

/** The year that opens a later clause, before its verb at v: ", but in 1925 Trotsky was expelled" (-1 if none). */
function clauseOpeningYear(ctx: Ctx, years: number[], v: number): number {
  const { toks } = ctx;
  for (const y of years) {
    if (y >= v) break;
    const ds = dateStart(toks, y, ctx.sent.t0);
    const lead = ['in', 'on', 'by'].includes(toks[ds - 1]?.n ?? '') ? ds - 1 : -1;
    if (lead < 0) continue;
    const joiner = toks[lead - 1]?.n ?? '';
    const opensClause = joiner === ';' || ((joiner === 'and' || joiner === 'but' || joiner === 'yet' || joiner === 'then') && toks[lead - 2]?.n === ',');
    if (!opensClause) continue;
    // Only the clause's own words between the year and the verb: its subject, no other year, no comma.
    if (years.some((z) => z > y && z < v) || toks.slice(y + 1, v).some((t) => t.n === ',' || t.n === ';' || t.n === ':')) continue;
    if (v - y > 8) continue;
    return y;
  }
  return -1;
}

function dateClaims(ctx: Ctx): void {
  const { toks, sent, kb } = ctx;
  const { eventVerbs } = indexOf(kb);
  if (!eventVerbs.size) return;
  // A date claim needs a year written in the sentence.
  const years: number[] = [];
  for (let k = sent.t0; k < sent.t1; k++) if (yearOf(toks[k]) !== undefined) years.push(k);
  if (!years.length) return;
  // Every event verb in the sentence, longest first at each position.
  const found: { ev: Entity; k0: number; k1: number; obj?: PersonRef }[] = [];
  for (let k = sent.t0; k < sent.t1; k++) {
    const cands = eventVerbs.get(toks[k].n);
    if (!cands) continue;
    let best: { ev: Entity; k1: number }[] = [];
    let bestLen = 0;
    for (const { ev, toks: vt } of cands) {
      const end = matchTokensAt(toks, k, vt);
      if (end < 0) continue;
      if (end - k > bestLen) {
        best = [{ ev, k1: end }];
        bestLen = end - k;
      } else if (end - k === bestLen) best.push({ ev, k1: end });
    }
    for (const b of best) found.push({ ev: b.ev, k0: k, k1: b.k1 });
  }
  if (!found.length) return;
  // A verb split by its object: "Stalin expelled Trotsky from the USSR" is the longer "expelled from
  // the USSR" (his deportation), not the bare "expelled" (from the party).
  for (const f of found) {
    const obj = ctx.persons.find((p) => p.t0 === f.k1 && !p.pronoun);
    if (!obj) continue;
    let best: { ev: Entity; k1: number } | undefined;
    for (const { ev, toks: vt } of eventVerbs.get(toks[f.k0].n) ?? []) {
      if (vt.length <= f.k1 - f.k0 || vt.slice(0, f.k1 - f.k0).join(' ') !== toks.slice(f.k0, f.k1).map((t) => t.n).join(' ')) continue;
      const end = matchTokensAt(toks, obj.t1, vt.slice(f.k1 - f.k0));
      if (end >= 0 && (!best || end > best.k1)) best = { ev, k1: end };
    }
    if (best) {
      f.ev = best.ev;
      f.k1 = best.k1;
      f.obj = obj;
    }
  }
  const verbStarts = [...new Set(found.map((f) => f.k0))];
  // The years dated, with the verb that dated each and whose events: another man's event of the same verb may
  // take the same year ("Trotsky and Kamenev were expelled in November 1927": Kamenev's was December).
  const done = new Map<number, { k0: number; who: Set<string> }>();
  for (const f of found) {
    // The year: the first one after the verb, in its clause, with no other event verb between.
    let yearAt = -1;
    let rejected = false;
    for (let k = f.k1; k < Math.min(sent.t1, f.k1 + 9); k++) {
      if (verbStarts.some((v) => v > f.k0 && v <= k)) break;
      if (clauseOf(ctx, k) !== clauseOf(ctx, f.k0)) break;
      // (A date set off by a comma that ends the sentence or the aside: "expelled from the party, in November 1926.")
      if (toks[k].n === ',' && commaDate(ctx, k)) continue;
      if (toks[k].n === ',' || toks[k].n === ';') break;
      // "Lenin died and in 1929 Trotsky was deported": the year opens the next clause.
      if ((toks[k].n === 'and' || toks[k].n === 'but' || toks[k].n === 'then') && ['in', 'by', 'on', 'during'].includes(toks[k + 1]?.n ?? '')) break;
      // "Trotsky was expelled in November and Kamenev in December 1927": the year after another man is his.
      if ((toks[k].n === 'and' || toks[k].n === ',') && ctx.persons.some((p) => p.t0 === k + 1 && !p.pronoun)) break;
      // "Lenin died before the Fourteenth Congress in December 1925", "… after Stalin became General
      // Secretary in 1922": the year is the other event's, the one the verb is set against.
      if (RELATIVE_TO.has(toks[k].n) && yearOf(toks[k + 1]) === undefined && !monthOf(toks[k + 1]) && !isDay(toks[k + 1])) break;
      if (yearOf(toks[k]) !== undefined) {
        const prev = toks[k - 1]?.n;
        // "died not in 1925 but in 1924": the year set aside dates nothing; the one after "but" is the claim's.
        const ds = dateStart(toks, k, f.k1);
        const lead = ['in', 'on', 'by', 'during'].includes(toks[ds - 1]?.n ?? '') ? ds - 1 : ds;
        if (toks[lead - 1]?.n === 'not') {
          rejected = true;
          let j = k + 1;
          if (toks[j]?.n === ',') j++;
          if (toks[j]?.n === 'but') for (let y = j + 1; y < Math.min(sent.t1, j + 6) && yearAt < 0; y++) if (yearOf(toks[y]) !== undefined) yearAt = y;
          break;
        }
        // (Or alone in brackets: "Lenin died (1925)", "Stalin became General Secretary (1924)".)
        // (Or qualified: "died in late 1923", "in the autumn of 1927".)
        const qs = qualifiedStart(toks, ds, f.k1);
        if (['in', 'on', 'of'].includes(prev) || monthOf(toks[k - 1]) || /^\d{1,2}$/.test(prev ?? '') || (prev === '(' && toks[k + 1]?.n === ')') || (qs < ds && ['in', 'by', 'during'].includes(toks[qs - 1]?.n ?? ''))) yearAt = k;
        break;
      }
    }
    let openingYear = false;
    if (yearAt < 0 && !rejected) {
      // "In 1926 Kamenev was expelled": an opening year, when it is the sentence's only one.
      // A timeline entry: "1926: Lenin dies", "- 1926 — Lenin died".
      let lead = sent.t0;
      // (And a table's row: "| 1923 | Stalin becomes General Secretary |".)
      while (lead < years[0] && (isItemMark(toks[lead]) || toks[lead].n === '|')) lead++;
      // With its day and month: "In January 1925 …", "On 21 January 1925 …", "21 Jan 1925 - Lenin dies".
      const ds = qualifiedStart(toks, dateStart(toks, years[0], lead), lead);
      // (A LaTeX table's row: "1923 & Stalin becomes General Secretary \\".)
      // (Or a name right after the date, as a timeline without separators writes it: "Jan 1928 Trotsky exiled to Alma-Ata".)
      const named = ctx.mentionAt[years[0] + 1] >= 0 && isCapitalised(toks[years[0] + 1]);
      const timeline = lead === ds && (ENTRY_SEPS.has(toks[years[0] + 1]?.n ?? '') || named || (toks[years[0] + 1]?.n === '|' && toks[lead - 1]?.n === '|'));
      // (Not over a clause with a time of its own: "…; he had lost the War Commissariat the year before".)
      const ownTime = clauseBounds(ctx, f.k0).times.some((t) => t.t0 > years[0]);
      // (Nor over "later": "In 1924 Trotsky led the left wing; he was later expelled".)
      let after = false;
      for (let k = years[0] + 1; k < f.k0 && !after; k++) after = LATER_ON.has(toks[k].n);
      const opening = years.length === 1 && ds <= sent.t0 + 2 && (timeline || ['in', 'on', 'by'].includes(toks[ds - 1]?.n ?? '')) && years[0] < f.k0 && !ownTime && !after;
      // (Another event's verb over the same words is no other verb: "was launched" is the Lenin Enrolment's, "launched" the Plan's.)
      const otherVerb = (v: number): boolean => v !== f.k0 && found.some((x) => x.k0 === v && x.ev !== f.ev && !(x.k0 < f.k1 && f.k0 < x.k1));
      if (opening && !verbStarts.some(otherVerb)) {
        yearAt = years[0];
        openingYear = true;
      }
      // …or the year that opens the verb's own clause: "Stalin won, but in 1925 Trotsky was expelled", "…, and in 1927 Bukharin was removed".
      if (yearAt < 0) {
        const y = clauseOpeningYear(ctx, years, f.k0);
        if (y >= 0 && !verbStarts.some((v) => v !== f.k0 && v > y && v < f.k0 && otherVerb(v))) {
          yearAt = y;
          openingYear = true;
        }
      }
    }
    const prior = done.get(yearAt);
    if (yearAt < 0 || (prior && (prior.k0 !== f.k0 || prior.who.has(f.ev.subject ?? '') || kb.get(f.ev.subject ?? '')?.kind !== 'person'))) continue;
    // "By 1928 Trotsky had been expelled": at or before that year, true of 1927.
    {
      const prep = toks[dateStart(toks, yearAt, sent.t0) - 1]?.n;
      const evYear = f.ev.date?.year;
      const y = yearOf(toks[yearAt])!;
      // "In 1928 Trotsky had already been expelled": the pluperfect, like "by", is at or before that year.
      let had = false;
      for (let k = Math.max(yearAt + 1, f.k0 - 3); k < f.k0 && openingYear; k++) had ||= toks[k].n === 'had' || toks[k].n === "'d";
      if (evYear !== undefined && (((prep === 'by' || prep === 'before' || had) && evYear <= y) || ((prep === 'after' || prep === 'since') && evYear >= y))) continue;
    }
    // A second time ("expelled again in 1932", "re-expelled", "for the second time") is another event.
    if (repeated(toks, f.k0, yearAt)) continue;
    // Year ranges ("in 1928–29") are not a single date.
    const nx = toks[yearAt + 1];
    if (nx && (nx.n === '–' || nx.n === '-' || nx.n === '—') && /^\d{2,4}$/.test(toks[yearAt + 2]?.n ?? '')) continue;
    // The event's subject must be the one the sentence binds to the verb.
    // When the sentence names the event (or the thing it happens to), only the verb next to it dates it:
    // "launched the First Five-Year Plan in 1928 and began collectivisation in 1929".
    const isNamed = (x: Mention): boolean => (x.entity.id === f.ev.id || (x.entity.id === f.ev.subject && x.entity.kind !== 'person')) && x.t0 >= ctx.sent.t0 && x.t1 <= ctx.sent.t1;
    let named = ctx.mentions.findIndex(isNamed);
    // (Of several mentions, one right before or after the verb: "NEP (New Economic Policy) was introduced in 1923".
    // Only the few tokens around the verb are looked at: a sentence may be a whole 1 MB line.)
    if (named >= 0) {
      for (let k = f.k0 - 1; k >= Math.max(ctx.sent.t0, f.k0 - 4); k--) if (ctx.mentionAt[k] >= 0 && isNamed(ctx.mentions[ctx.mentionAt[k]])) {
        named = ctx.mentionAt[k];
        break;
      }
    }
    if (named >= 0) {
      const nm = ctx.mentions[named];
      const [a, b] = nm.t0 >= f.k1 ? [f.k1, nm.t0] : [nm.t1, f.k0];
      // Next to it: at most three words between, none of them a year, "and" or a comma (but "The Fifteenth Congress, held in …").
      // (Or its relative clause: "The Fifteenth Congress, which met in 1925", "…, which was formed in 1924".)
      const relative = nm.t1 === a && toks[a]?.n === ',' && toks[a + 1]?.n === 'which' && (b === a + 2 || (b === a + 3 && ['was', 'were', 'had'].includes(toks[a + 2].n)));
      // (Or past a relative clause of its own between commas, with no year: "The Fifteenth Congress, which expelled the opposition, met in …".)
      const aside = nm.t1 === a && toks[a]?.n === ',' && ['which', 'that'].includes(toks[a + 1]?.n ?? '') && toks[b - 1]?.n === ',' && b - a <= 14 && toks.slice(a + 1, b - 1).every((t) => t.n !== ',' && t.n !== ';' && yearOf(t) === undefined);
      let near = relative || aside || (b >= a && b - a <= 3);
      for (let k = a; k < b && near && !relative && !aside; k++) if (yearOf(toks[k]) !== undefined || toks[k].n === 'and' || ((toks[k].n === ',' || toks[k].n === ';') && b - a > 1)) near = false;
      if (!near) continue;
    }
    const subj = f.ev.subject!;
    const subjEnt = kb.get(subj);
    if (!subjEnt) continue;
    let persons: PersonRef[] | undefined;
    let bind: Binding = 'nearest';
    if (subjEnt.kind === 'person') {
      // "the death of Lenin in 1925": the person after "of" is the event's.
      const ofPerson = toks[f.k1]?.n === 'of' ? ctx.persons.findIndex((p) => p.t0 === f.k1 + 1 && !p.pronoun) : -1;
      const b = f.obj ? { persons: [f.obj], bind: 'title' as Binding } : ofPerson >= 0 ? { persons: [ctx.persons[ofPerson]], bind: 'possessive' as Binding } : bindSubject(ctx, f.k0, f.k1, { allowPossessive: true });
      if (!b || !b.persons.some((p) => p.ent.id === subj)) continue;
      // "In 1928 Bukharin visited the expelled Kamenev": a participle before the name describes him; the year is the visit's.
      if (b.bind === 'title' && EN.DETERMINERS.has(toks[f.k0 - 1]?.n ?? '')) continue;
      // ("…, by then expelled and readmitted", "already expelled": a state reached earlier, not dated here.)
      if ((toks[f.k0 - 1]?.n === 'then' && toks[f.k0 - 2]?.n === 'by') || toks[f.k0 - 1]?.n === 'already') continue;
      // "Kamenev was shot in 1936, and his wife was shot in 1941": a new subject after "and" that the
      // pack does not know takes the verb ("and then deported", "and in 1929 he was …" go on with him).
      if (b.bind === 'nearest' && newSubjectBetween(ctx, Math.max(...b.persons.map((p) => p.t1)), f.k0)) continue;
      if (!guard(ctx, b, f.k0, f.k1, 'date')) continue;
      persons = b.persons.filter((p) => p.ent.id === subj);
      bind = b.bind;
    } else {
      // A thing: its mention must be the nearest named thing before the verb.
      let found2: Mention | undefined;
      for (let k = f.k0 - 1; k >= sent.t0; k--) {
        const mi = ctx.mentionAt[k];
        if (mi >= 0 && ctx.mentions[mi].entity.kind !== 'person' && (ctx.mentions[mi].entity.kind !== 'event' || ctx.mentions[mi].entity.id === subj)) {
          found2 = ctx.mentions[mi];
          break;
        }
      }
      // Active voice: "Stalin launched the First Five-Year Plan in 1930" — the thing right after the verb.
      if (!found2 || found2.entity.id !== subj) {
        let k = f.k1;
        if (toks[k]?.n === 'the' || toks[k]?.n === 'his' || toks[k]?.n === 'a') k++;
        // (A quoted phrase: 'Bukharin coined "Enrich yourselves" in 1928'.)
        if (toks[k]?.n === '"' || toks[k]?.n === "'" || toks[k]?.t === '\u201c' || toks[k]?.t === '\u2018') k++;
        const mi = ctx.mentionAt[k];
        found2 = mi >= 0 && ctx.mentions[mi].t0 === k && ctx.mentions[mi].entity.id === subj ? ctx.mentions[mi] : undefined;
        if (found2) {
          // The year must come after the thing, not before the verb.
          // (An opening year dates the whole sentence: "In 1918 Lenin introduced NEP".)
          if (yearAt < found2.t1 && !openingYear) continue;
        }
      }
      if (!found2 || found2.entity.id !== subj) continue;
      // "Stalin ended NEP, began collectivisation and …": a verb after the thing's comma that goes on
      // from a person's clause is the person's next verb, not something done to the thing.
      const subjectBefore = (k: number): boolean => (toks[k].n === 'he' || toks[k].n === 'she' || ctx.persons.some((p) => p.t0 === k && !isPossessiveAt(toks, p.t1))) && clauseOf(ctx, k) === clauseOf(ctx, found2!.t0);
      let hasSubject = false;
      for (let k = found2.t0 - 1; k >= Math.max(sent.t0, found2.t0 - 40) && !hasSubject; k--) hasSubject = subjectBefore(k);
      if (toks[found2.t1]?.n === ',' && f.k0 === found2.t1 + 1 && hasSubject && !['in', 'by', 'on'].includes(toks[f.k1]?.n ?? '')) continue;
      // Negation, reports ("You wrote that NEP began in 1925"), hypotheticals: as for a person.
      const thing: PersonRef = { ent: subjEnt, s: found2.s, e: found2.e, t0: found2.t0, t1: found2.t1, pronoun: false, text: '' };
      // (Nor words quoted: '"The Right Opposition was formed in 1925." It was formed in 1928.')
      // ("Lenin wrote his Testament in 1926": the writing verb is the event's own, with the thing its object, not a report.)
      const writes = WRITING.has(toks[f.k0].n) && found2.t0 >= f.k1;
      if (ctx.quoted[f.k0] || negated(ctx, [thing], f.k0, f.k1) || reported(ctx, [thing], f.k0, writes ? 'authorship' : 'date') || hedged(ctx, [thing], f.k0)) continue;
      if (hypothetical(ctx, f.k0, [])) continue;
      persons = [{ ent: subjEnt, s: found2.s, e: found2.e, t0: found2.t0, t1: found2.t1, pronoun: false, text: toks.slice(found2.t0, found2.t1).map((t) => t.t).join(' ') }];
    }
    // (The date is the other man's too: each claim knows the other's event, whose date a fix must not wrong.)
    const alongside: Entity[] = [];
    if (prior) {
      prior.who.add(subj);
      for (const c of ctx.claims) {
        if (c.code !== 'date' || c.s !== toks[yearAt].s) continue;
        (c.alongside ??= []).push(f.ev);
        alongside.push(c.target);
      }
    } else done.set(yearAt, { k0: f.k0, who: new Set([subj]) });
    const year = yearOf(toks[yearAt])!;
    // A verb two events share ("Trotsky was exiled": to Alma-Ata in 1928, abroad in 1929) is right in either's year.
    if (found.some((x) => x.k0 === f.k0 && x.k1 === f.k1 && x.ev !== f.ev && x.ev.subject === f.ev.subject && x.ev.date?.year === year)) continue;
    // "In January 1927 the opposition regrouped, and in November Zinoviev was expelled": a month of its own
    // nearer the verb is the event's, in that year (so the year alone is checked).
    const laterMonth = yearAt < f.k0 && toks.slice(yearAt + 1, f.k0).some((t, j) => monthOf(t) !== undefined && isCapitalised(t) && yearOf(toks[yearAt + 2 + j]) === undefined);
    push(ctx, { code: 'date', rel: 'date', subjects: persons, target: f.ev, s: toks[yearAt].s, e: toks[yearAt].e, year, ...(laterMonth ? { dateStart: toks[yearAt].s } : writtenDate(ctx, yearAt)), bind, ...(alongside.length ? { alongside } : {}) });
  }
}
