/**
 * Claims against the knowledge base: true, false (with the truth and its source) or unknown.
 * Only false becomes a finding; unknown is silence. Fixes are data on the finding.
 */
import type { KnowledgeBase } from '../knowledge/build';
import type { CheckCode, Entity, Fact, FormKey, KDate } from '../knowledge/model';
import type { Claim, PersonRef } from './claims';
import { formatYears, type TimeSpan } from './time';
import { factYears, formatDate } from './cards';
import * as EN from './english';

const UPPER_LETTER = /\p{Lu}/u;

/** Exclusive offices by the body they belong to (computed once per knowledge base). */
const officesByBody = new WeakMap<KnowledgeBase, Map<string, Entity[]>>();
function exclusiveOfficesOf(kb: KnowledgeBase, body: string): Entity[] {
  let m = officesByBody.get(kb);
  if (!m) {
    m = new Map();
    for (const e of kb.entities.values()) {
      if (e.kind !== 'office' || !e.body || !e.exclusive) continue;
      const list = m.get(e.body) ?? [];
      list.push(e);
      m.set(e.body, list);
    }
    officesByBody.set(kb, m);
  }
  return m.get(body) ?? [];
}

export interface Edit {
  start: number;
  end: number;
  text: string;
}

export interface Fix {
  title: string;
  edits: Edit[];
  preferred: boolean;
  /** What the fix replaces: the wrong words, or the person. */
  replaces?: 'words' | 'person';
  /** For a person fix: who is put in. */
  person?: string;
  /** For a words fix: the thing (office, base, wing) the words put in, if one. */
  entity?: string;
}

export interface Finding {
  code: CheckCode | 'name-spelling';
  start: number;
  end: number;
  message: string;
  fixes: Fix[];
  /** The fact that shows the truth, for "see source" links. */
  evidence?: { file: string; line: number; source?: string };
  severity?: 'information';
}

interface Verdict {
  message: string;
  /** Where the truth is written: a fact, or for a date the event itself. */
  evidence?: Pick<Fact, 'origin' | 'source'>;
  /** Replace the claim's words with this (same word form); `also` changes other words with them (a swap). */
  spanFix?: { text: string; s?: number; e?: number; entity?: string; also?: { start: number; end: number; text: string }; swap?: boolean };
  /** Replace the person with this entity. */
  subjectFix?: Entity;
  preferSubject: boolean;
  /** Persons the claim is wrong about, when only some of a list are. */
  wrongPersons: PersonRef[];
}

export function judge(kb: KnowledgeBase, claim: Claim, text: string): Finding | undefined {
  const span: TimeSpan = claim.time ?? { from: kb.period[0], to: kb.period[1] };
  let v: Verdict | undefined;
  switch (claim.code) {
    case 'faction':
      v = judgeFaction(kb, claim, span);
      break;
    case 'office':
      v = judgeOffice(kb, claim, span, text);
      break;
    case 'power-base':
      v = judgeBase(kb, claim, span, text);
      break;
    case 'stance':
      v = judgeStance(kb, claim, span, text);
      break;
    case 'authorship':
      v = judgeAuthorship(kb, claim, text);
      break;
    case 'date':
      v = judgeDate(kb, claim);
      break;
    case 'alliance':
      v = judgeAlliance(kb, claim, span, text);
      break;
    case 'fate':
      v = judgeFate(kb, claim, text);
      break;
  }
  if (!v || trueOfAnother(kb, claim)) return undefined;
  const fixes: Fix[] = [];
  const allWrong = v.wrongPersons.length === claim.subjects.length;
  if (v.spanFix && allWrong) {
    const s = v.spanFix.s ?? claim.s;
    const e = v.spanFix.e ?? claim.e;
    // The start of a sentence, or of a table cell the writer capitalised ("| Right |" → "| Left |", but "| Moscow |" → "| the Red Army |").
    const before = text.slice(Math.max(0, s - 4), s);
    const capitalisedCell = /\|\s*$/.test(before) && /^[a-z]/.test(claim.target.name) && /^\p{Lu}/u.test(text.slice(s, s + 1));
    const atStart = /(^|[.!?]["')\]]?\s+)$/.test(before) || s === 0 || capitalisedCell;
    const written = text.slice(s, e);
    // Words that run across markup ("editor of *Pravda*", "\emph{Pravda}": masked to spaces) cannot
    // be replaced without breaking it; the person fix, if any, still can.
    if (!/\s\s/.test(written)) {
      const shouting = written.length > 1 && written !== written.toLowerCase() && written === written.toUpperCase() && UPPER_LETTER.test(written);
      // A capital the writer gave a term the pack writes in lower case ("- **Right wing**: Kamenev") stays
      // on its replacement ("Left wing"); a proper name's capital ("Red Army") does not carry over.
      const label = UPPER_LETTER.test(written.charAt(0)) && /^\p{Ll}/u.test(v.spanFix.text) && !/^(the|a|an|his|her|their)\s/i.test(v.spanFix.text) && lowerCaseForm(claim.target, written);
      const replacement = matchWordCase(written, atStart || shouting || label ? matchCase(written, v.spanFix.text) : v.spanFix.text);
      // "Lenin died in 1923, not 1924", "led not the right but the left": the true words already stand across the "not".
      const swap = swapAcrossNot(text, s, e, replacement, true);
      // "sat on the left" → "sat in the middle", "stood in the centre" → "stood on the right".
      // (Only between the wings: one is "in the United Opposition" as in the Left Opposition.)
      const place = claim.code === 'faction' && /^(left|right|middle|centre|center)$/i.test(replacement) ? /\b(on|in) the\s+$/i.exec(text.slice(Math.max(0, s - 8), s)) : null;
      const inWord = /^(middle|centre|center)$/i.test(replacement) ? 'in' : 'on';
      if (swap) fixes.push({ ...swap, preferred: false, replaces: 'words' });
      // (Not across markup: "in the *middle*" keeps its emphasis; only the word changes.)
      else if (place && place[1].toLowerCase() !== inWord && !/\s\s/.test(text.slice(s - place[0].length, e))) {
        const from = s - place[0].length;
        const fixedText = `${matchCase(place[1], inWord)} the ${replacement}`;
        fixes.push({ title: `Replace “${text.slice(from, e)}” with “${fixedText}”`, edits: [{ start: from, end: e, text: fixedText }], preferred: false, replaces: 'words' });
      } else if (v.spanFix.also) {
        // A swap: "sided with Trotsky against Stalin" → "sided with Stalin against Trotsky".
        const also = v.spanFix.also;
        const title = v.spanFix.swap ? `Swap “${written}” and “${text.slice(also.start, also.end)}”` : `Replace “${written}” with “${replacement}” and “${text.slice(also.start, also.end)}” with “${also.text}”`;
        fixes.push({ title, edits: [{ start: s, end: e, text: replacement }, also], preferred: false, replaces: 'words', entity: v.spanFix.entity });
      } else fixes.push({ title: `Replace “${written}” with “${replacement}”`, edits: [{ start: s, end: e, text: replacement }], preferred: false, replaces: 'words', entity: v.spanFix.entity });
    }
  }
  const named = v.wrongPersons.length === 1 ? (v.wrongPersons[0].pronoun ? v.wrongPersons[0].antecedent : v.wrongPersons[0]) : undefined;
  // A person the sentence already names (or means by "his") makes a poor fix: "Trotsky was replaced as
  // General Secretary by Stalin" → not "Stalin was replaced … by Stalin"; "His rival Trotsky" → not "His rival Stalin".
  const duplicate = !!v.subjectFix && claim.others.some((o) => o.id === v!.subjectFix!.id);
  // "Not Bukharin but Trotsky coined …": the right man is the one after "not" — swap the two.
  const swapPerson = v.subjectFix && named ? swapAcrossNot(text, named.s, named.e, v.subjectFix.label, false) : undefined;
  // Through "he" to a name in an earlier sentence: that sentence may well be right ("Kamenev was
  // Zinoviev's ally. He chaired the Leningrad Soviet" must not become "Zinoviev was Zinoviev's ally").
  const via = v.wrongPersons.length === 1 && v.wrongPersons[0].pronoun ? v.wrongPersons[0] : undefined;
  const earlierSentence = !!via && !!named && named.e <= via.s && /[.!?]["')\]]?\s/.test(text.slice(named.e, via.s));
  // The one the sentence compares him with: "Unlike Stalin, Trotsky controlled the Orgburo" is not "Unlike Stalin, Stalin …".
  const compared = !!v.subjectFix && (claim.contrasted.includes(v.subjectFix.id) || claim.likened.includes(v.subjectFix.id));
  if (swapPerson && v.subjectFix) {
    fixes.push({ ...swapPerson, preferred: false, replaces: 'person', person: v.subjectFix.id });
  } else if (v.subjectFix && named && !duplicate && !earlierSentence && !compared) {
    const fix = personFix(text, named, v.subjectFix);
    if (fix) fixes.push(fix);
  }
  // A quiz's answer is what is wrong, not its question.
  if (claim.answer) {
    const [a0, a1] = claim.answer;
    for (let i = fixes.length - 1; i >= 0; i--) if (!fixes[i].edits.every((x) => x.start >= a0 && x.end <= a1)) fixes.splice(i, 1);
  }
  if (fixes.length) {
    // Through "he", the name to replace sits in another sentence that may be right: fix the words here.
    const viaPronoun = v.wrongPersons.length === 1 && v.wrongPersons[0].pronoun && fixes[0].replaces === 'words';
    let pick = v.preferSubject && !viaPronoun ? fixes.length - 1 : 0;
    // What else the sentence names decides between the man and the words when it belongs to one of them.
    // (Not for a way of dying: the places and bodies of a sentence say nothing of it.)
    const byThings = fixes.length > 1 && fixes[0].replaces === 'words' && fixes[fixes.length - 1].replaces === 'person' && claim.code !== 'fate' ? thingsSide(kb, claim, v) : undefined;
    if (byThings) pick = byThings === 'person' ? fixes.length - 1 : 0;
    // Stronger than what else the sentence names: which fix is true through all the years it gives
    // ("From 1922 to 1929 Tomsky headed the Red Army": Tomsky headed the trade unions all that time,
    // Trotsky the army only to 1925); the focus of a cleft ("It was Bukharin who pressed for …"),
    // which is the man; and a successor's office ("Frunze, Trotsky's successor as General Secretary"),
    // which is the words (the successor is named too).
    const side = fixes.length > 1 && fixes[0].replaces === 'words' && fixes[fixes.length - 1].replaces === 'person' ? fixSide(kb, claim, v, fixes[0], fixes[fixes.length - 1], text, span) : undefined;
    if (side) pick = side === 'person' ? fixes.length - 1 : 0;
    // "his ally Tomsky commanded the Red Army": the man is named by who he was to another; another name breaks that.
    if (fixes[pick].replaces === 'person' && fixes[0].replaces === 'words' && named && named.s >= 0 && RELATION_BEFORE.test(text.slice(Math.max(0, named.s - 40), named.s))) pick = 0;
    fixes[pick].preferred = true;
  }
  // The range: the wrong words, or the person when only some names of a list are wrong.
  let start = claim.s;
  let end = claim.e;
  if (!allWrong && v.wrongPersons.length === 1) {
    start = v.wrongPersons[0].s;
    end = v.wrongPersons[0].e;
  }
  // A quiz's claim is marked on its answer.
  if (claim.answer && !(start >= claim.answer[0] && end <= claim.answer[1])) [start, end] = claim.answer;
  return {
    code: claim.code,
    start,
    end,
    // A message is a sentence: "Introduction of NEP: March 1921, not 1918."
    message: v.message.charAt(0).toUpperCase() + v.message.slice(1),
    fixes,
    evidence: v.evidence ? { file: v.evidence.origin.file, line: v.evidence.origin.line, source: kb.sourceTitle(v.evidence.source) } : undefined,
  };
}

/** The relation a claim's fix would put in place, for checking it against the years given. */
function fixRelation(c: Claim): Fact['rel'] | undefined {
  switch (c.code) {
    case 'office':
      return c.rel === 'holds' ? 'holds' : 'controls';
    case 'power-base':
      return 'base';
    case 'faction':
      return 'member';
    case 'stance':
      return c.rel === 'opposes' ? 'opposes' : 'supports';
    default:
      return undefined;
  }
}

/** See the caller: the side of a claim that the years, a cleft or a successor show to be the slip. */
function fixSide(kb: KnowledgeBase, c: Claim, v: Verdict, words: Fix, person: Fix, text: string, span: TimeSpan): 'words' | 'person' | undefined {
  const p = v.wrongPersons.length === 1 ? v.wrongPersons[0] : undefined;
  if (!p || p.pronoun) return undefined;
  if (/\bit (?:was|is)\s+$/i.test(text.slice(Math.max(0, p.s - 8), p.s)) && /^\s+who\b/i.test(text.slice(p.e, p.e + 5))) return 'person';
  if (/\b(?:successor|predecessor)\s+as\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, c.s - 24), c.s))) return 'words';
  const rel = fixRelation(c);
  const dated = !!c.time && Number.isFinite(span.from) && Number.isFinite(span.to) && span.to > span.from && !(span.from <= kb.period[0] && span.to >= kb.period[1]);
  if (!rel || !dated || !words.entity || !person.person || c.code === 'stance') return undefined;
  const through = (who: string, what: string): boolean => covers(overlapping(kb, who, rel, what, span), span);
  const byWords = through(p.ent.id, words.entity);
  const byPerson = through(person.person, c.target.id);
  return byWords === byPerson ? undefined : byWords ? 'words' : 'person';
}

/** A man named by who he was to another, right before his name: "his ally Tomsky", "Stalin's old rival Trotsky". */
const RELATION_BEFORE = /\b(?:his|her|their|\p{Lu}\p{Ll}+'s|\p{Lu}\p{Ll}+’s)\s+(?:(?:close|closest|old|chief|main|new|former|great|loyal|bitter|young|younger)\s+)?(?:ally|rival|friend|enemy|protégé|protege|colleague|comrade|partner|patron|opponent|deputy|successor|predecessor)\s*,?\s*$/u;

/** The fix that puts another man in a name's place ("Leon Trotsky" → "Joseph Stalin", "TROTSKY" → "STALIN"). */
export function personFix(text: string, p: PersonRef, put: Entity): Fix | undefined {
  // (Not the man a heading names: his name is outside the block.)
  if (p.s < 0) return undefined;
  // (Not a name that markup runs through, "_Leon_ Trotsky": the new name would break it.)
  if (/\s\s/.test(text.slice(p.s, p.e))) return undefined;
  const plain = p.text.trim().split(/\s+/).length > 1 ? put.name : put.label;
  const name = p.text.length > 1 && p.text === p.text.toUpperCase() ? plain.toUpperCase() : plain;
  return { title: `Replace “${p.text}” with “${name}”`, edits: [{ start: p.s, end: p.e, text: name }], preferred: false, replaces: 'person', person: put.id };
}

/**
 * Which fix the rest of the sentence bears out. "Bukharin, the War Commissar, built up the Red Army":
 * the Red Army is the true War Commissar's, so the man is the slip ('person'). "Lev Bronstein, better
 * known as Trotsky, was editor of Pravda": the man is named twice over, so the words are ('words').
 * Undefined when the sentence says nothing either way.
 */
function thingsSide(kb: KnowledgeBase, c: Claim, v: Verdict): 'person' | 'words' | undefined {
  if (v.wrongPersons.length !== 1 || !v.subjectFix) return undefined;
  if (c.namedTwice) return 'words';
  const linked = (who: string, thing: string): boolean => kb.factsAbout(who).some((f) => f.what === thing || (f.rel === 'holds' && kb.get(f.what)?.body === thing));
  const was = v.wrongPersons[0].ent.id;
  const put = v.subjectFix.id;
  const forPut = (c.things ?? []).filter((t) => linked(put, t) && !linked(was, t)).length;
  const forWas = (c.things ?? []).filter((t) => linked(was, t) && !linked(put, t)).length;
  return forPut > forWas ? 'person' : forWas > forPut ? 'words' : undefined;
}

/**
 * When the true words already stand across a "not" from the wrong ones at [s, e) — before them
 * ("not the right but the left") or, if `after`, after them ("in 1923, not 1924") — the fix that
 * swaps the two: replacing the wrong words alone would read "in 1924, not 1924".
 */
const BUT_BEFORE = /\bbut\s+(?:the\s+|his\s+)?$/i;
const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function swapAcrossNot(text: string, s: number, e: number, right: string, after: boolean): Pick<Fix, 'title' | 'edits'> | undefined {
  const written = text.slice(s, e);
  const before = text.slice(Math.max(0, s - 80), s);
  // The pattern names the right answer, so it is built per finding: only when "… but" comes just before.
  const notBut = BUT_BEFORE.test(before) && new RegExp(`\\bnot\\s+(?:the\\s+|his\\s+)?(${escapeRegExp(right)})\\s+but\\s+(?:the\\s+|his\\s+)?$`, 'i').exec(before);
  if (notBut) {
    const xStart = s - before.length + notBut.index + notBut[0].indexOf(notBut[1]);
    const between = text.slice(xStart + notBut[1].length, s);
    return { title: `Swap “${notBut[1]}” and “${written}”`, edits: [{ start: xStart, end: e, text: `${written}${between}${notBut[1]}` }] };
  }
  if (!after) return undefined;
  const rest = text.slice(e, e + 80);
  const not = /^,?\s+(?:and\s+|but\s+)?not\s+(?:the\s+|his\s+)?/i.exec(rest);
  if (!not || rest.slice(not[0].length, not[0].length + right.length).toLowerCase() !== right.toLowerCase()) return undefined;
  return { title: `Swap “${written}” and “${right}”`, edits: [{ start: s, end: e + not[0].length + right.length, text: `${right}${not[0]}${written}` }] };
}

/** Does the pack write these words, as a name or form of the entity, in lower case ("right wing", not "Cavalier")? */
function lowerCaseForm(e: Entity, written: string): boolean {
  const w = written.toLowerCase();
  const forms = [e.name, e.label, ...e.aliases, ...Object.values(e.forms ?? {}).flat()];
  return forms.some((f) => typeof f === 'string' && f.toLowerCase() === w && /^\p{Ll}/u.test(f));
}

/** Keep the writer's capitalisation: "Left wing" → "Right wing", "LEFT" → "RIGHT". */
export function matchCase(written: string, replacement: string): string {
  if (written.length > 1 && written === written.toUpperCase() && /[A-Z]/.test(written)) return replacement.toUpperCase();
  const w0 = written[0];
  const r0 = replacement[0];
  if (w0 && r0 && w0 === w0.toUpperCase() && w0 !== w0.toLowerCase() && r0 === r0.toLowerCase()) return r0.toUpperCase() + replacement.slice(1);
  return replacement;
}

/** A word written in capitals stays in capitals: "RIGHT wing" → "LEFT wing" (word by word, the last one for any extra). */
function matchWordCase(written: string, replacement: string): string {
  const ws = written.split(/\s+/).filter(Boolean);
  if (!ws.some((w) => w.length > 1 && w === w.toUpperCase() && /[A-Z]/.test(w))) return replacement;
  const rs = replacement.split(' ');
  return rs.map((r, i) => {
    const w = ws[Math.min(i, ws.length - 1)];
    return w.length > 1 && w === w.toUpperCase() && /[A-Z]/.test(w) ? r.toUpperCase() : r;
  }).join(' ');
}

function names(ps: readonly { label: string }[]): string {
  const l = ps.map((p) => p.label);
  return l.length <= 1 ? l.join('') : `${l.slice(0, -1).join(', ')} and ${l[l.length - 1]}`;
}

function when(span: TimeSpan, kb: KnowledgeBase): string {
  if (span.from === kb.period[0] && span.to === kb.period[1]) return '';
  // "had once commanded": a time open to the past says nothing worth repeating; the fact's own years do.
  if (!Number.isFinite(span.from)) return '';
  // "after 1925" runs to the end of the period: the fact's own years say more than "in 1926–1929".
  if (span.to === kb.period[1] && span.from > kb.period[0]) return '';
  const y = formatYears(span);
  return y ? ` ${/^(in|from|until) /.test(y) ? y : `in ${y}`}` : '';
}

/**
 * When a true fact held, for a message about a claim at `span`: the years the two share, so that a
 * claim "in the 1920s" is answered with the wing's own 1923–1929, not "in 1920–1929"; the fact's own
 * years when the claim gave none worth repeating.
 */
function whenTrue(span: TimeSpan, truth: Fact, kb: KnowledgeBase): string {
  if (!when(span, kb)) return factYears(truth);
  const shared: TimeSpan = span.month ? span : { from: Math.max(span.from, truth.from), to: Math.min(span.to, truth.to) };
  return (shared.from <= shared.to ? when(shared, kb) : '') || factYears(truth);
}

/** Facts holding at some year of the span, those covering more of it first. */
function overlapping(kb: KnowledgeBase, who: string | undefined, rel: Fact['rel'], what: string | undefined, span: TimeSpan): Fact[] {
  const cover = (f: Fact): number => Math.min(f.to, span.to) - Math.max(f.from, span.from);
  let facts = kb.holding(who, rel, what, span.from, span.to);
  if (span.month) facts = facts.filter((f) => heldInMonth(f, span.from, span.month!));
  // Most cover first; a stable insertion sort (a handful of facts).
  for (let i = 1; i < facts.length; i++) {
    const f = facts[i];
    let k = i - 1;
    while (k >= 0 && cover(facts[k]) < cover(f)) {
      facts[k + 1] = facts[k];
      k--;
    }
    facts[k + 1] = f;
  }
  return facts;
}

/** Did a fact hold in that month of that year? Its own months where it has them (a year alone is all of that year). */
function heldInMonth(f: Fact, year: number, month: number): boolean {
  const at = year * 12 + month;
  if (f.fromDate && f.fromDate.year * 12 + (f.fromDate.month ?? 1) > at) return false;
  return !(f.toDate && f.toDate.year * 12 + (f.toDate.month ?? 12) < at);
}

/** The most prominent person among facts: who held it longest in the span, then its first author, then leaders. */
function prominent(kb: KnowledgeBase, facts: Fact[], what?: string, span?: TimeSpan): Entity | undefined {
  // "After Lenin's death Stalin commanded the Red Army": who held it right after the event (Trotsky, to January 1925).
  const then = span?.since ? facts.find((f) => f.from <= span.from && span.from <= f.to) : undefined;
  if (then) return kb.get(then.who);
  const cover = (id: string): number => (span ? Math.max(0, ...facts.filter((f) => f.who === id).map((f) => Math.min(f.to, span.to) - Math.max(f.from, span.from) + 1)) : 0);
  const who = [...new Set(facts.map((f) => f.who))];
  const firstAuthor = what ? kb.factsOn(what).filter((f) => f.rel === 'authored').sort((a, b) => a.from - b.from)[0]?.who : undefined;
  // A dated claim: who held it then; an undated one: who is best known for it.
  const dated = !!span && !(span.from === kb.period[0] && span.to === kb.period[1]);
  const score = (id: string): number => {
    const leads = kb.factsAbout(id).some((f) => f.rel === 'leads');
    let s = dated ? cover(id) * 64 : cover(id);
    if (!dated && leads) s += 16;
    // An author counts as best known only while alive in the span ("Lenin's NEP" is not a 1926 view).
    const died = kb.get(id)?.died?.year;
    // (Alive for nearly all of the span: Lenin, dead in 1924, is not who kept NEP going in 1922–1929.)
    if (id === firstAuthor && (died === undefined || !span || died > span.to)) s += 40;
    // Dead before the span: no one to name for it ("in 1924" is after Lenin's January death for most of it).
    if (span && died !== undefined && died <= span.from) s -= 32;
    if (what && kb.factsOn(what).some((f) => f.who === id && f.rel === 'authored')) s += 4;
    if (leads) s += 2;
    if (facts.some((f) => f.who === id && f.primary)) s += 1;
    return s;
  };
  // Each score once, then a stable sort on them.
  const scores = new Map(who.map((id) => [id, score(id)]));
  if (who.length > 1) who.sort((a, b) => scores.get(b)! - scores.get(a)!);
  return who.length ? kb.get(who[0]) : undefined;
}

// ————— faction —————

function judgeFaction(kb: KnowledgeBase, c: Claim, span: TimeSpan): Verdict | undefined {
  const faction = c.target;
  // "Bukharin was once on the far left", "began on the left": a time reaching back before the pack's
  // years, where it knows no wings (Bukharin was a Left Communist in 1918).
  if (c.earlier && span.from === -Infinity && span.to >= kb.period[0]) return undefined;
  const wrong: { p: PersonRef; truth: Fact }[] = [];
  const absent: PersonRef[] = [];
  for (const p of c.subjects) {
    const inIt = overlapping(kb, p.ent.id, 'member', faction.id, span);
    if (inIt.length) {
      if (c.rel === 'leads') {
        // A member said to lead: wrong only if someone else led it then and the person led nothing.
        continue;
      }
      continue;
    }
    let sibling = overlapping(kb, p.ent.id, 'member', undefined, span).filter((f) => f.what !== faction.id && kb.get(f.what)?.group === faction.group);
    // In none of the faction's kind then: his wing, when it is not the wing of those who made up
    // the faction ("Bukharin led the Left Opposition in 1926": he was on the right, Trotsky on the left).
    if (!sibling.length) sibling = otherWing(kb, p.ent.id, faction, span);
    if (!sibling.length) {
      // In no faction of its kind then, having left the last of them before this one was formed, while
      // its own men are known for those years: not one of them ("In 1929 Trotsky led the Right
      // Opposition", formed in 1928, after his United Opposition of 1926–1927).
      const hisEnd = Math.max(...kb.factsAbout(p.ent.id).filter((f) => f.rel === 'member' && kb.get(f.what)?.group === faction.group).map((f) => f.to));
      const formed = Math.min(...kb.factsOn(faction.id).filter((f) => f.rel === 'member' || f.rel === 'leads').map((f) => f.from));
      if (c.time && Number.isFinite(span.from) && Number.isFinite(span.to) && Number.isFinite(hisEnd) && hisEnd < formed) absent.push(p);
      continue; // else nothing known at that time: silence
    }
    // "In 1926 Zinoviev joined the Left Opposition", "In 1925 Stalin sat with the right": joining a faction, or sitting
    // with it, as the ally then of its leader or a man of it is joining forces with it.
    if (c.joins && [...overlapping(kb, undefined, 'leads', faction.id, span), ...overlapping(kb, undefined, 'member', faction.id, span)].some((f) => allies(kb, p.ent.id, f.who, span))) continue;
    wrong.push({ p, truth: sibling[0] });
  }
  if (!wrong.length && absent.length === c.subjects.length) return notAmongThem(kb, c, span, absent);
  if (!wrong.length) return undefined;
  const truthFaction = kb.get(wrong[0].truth.what)!;
  const sameTruth = wrong.every((w) => w.truth.what === truthFaction.id);
  const allWrong = wrong.length === c.subjects.length;
  const leaderFacts = overlapping(kb, undefined, 'leads', faction.id, span);
  const leader = leaderFacts.length ? kb.get(leaderFacts[0].who) : undefined;
  const who = names(wrong.map((w) => w.p.ent));
  // Each man his own wing when they differ: "Stalin was in the middle and Trotsky in the left wing in 1924, not the right wing".
  const wings = sameTruth ? `${who} ${wrong.length > 1 ? 'were' : 'was'} in the ${formName(truthFaction, 'noun')}` : names(wrong.map((w, i) => ({ label: `${w.p.ent.label}${i === 0 ? ' was' : ''} in the ${formName(kb.get(w.truth.what)!, 'noun')}` })));
  let message = `${wings}${whenTrue(span, wrong[0].truth, kb)}, not the ${formName(faction, 'noun')}`;
  if (c.rel === 'leads' && leader) message += `; the ${formName(faction, 'noun')} was led by ${leader.label}`;
  message += '.';
  const form = c.form ?? 'noun';
  const replacement = sameTruth ? formOf(truthFaction, form, 0) : undefined;
  // Replacing the person makes sense only for a leading role.
  // In a list ("Rykov, Tomsky and Trotsky made up the right wing"), the odd one out is replaced by a member not yet named.
  const named = new Set(c.subjects.map((p) => p.ent.id));
  const unnamed = overlapping(kb, undefined, 'member', faction.id, span).filter((f) => !named.has(f.who));
  const listFix = !allWrong && wrong.length === 1 && unnamed.length ? prominent(kb, unnamed, undefined, span) : undefined;
  // "Rykov sat on the left, alongside Trotsky", "Kamenev, like Rykov and Tomsky, was on the right": the
  // wing fits the company, so the person is the slip (another member not named), and changing the
  // wing would make the comparison false.
  const likeMember = c.rel === 'member' && wrong.length === 1 && allWrong && c.likened.some((id) => overlapping(kb, id, 'member', faction.id, span).length > 0);
  const companyFix = likeMember ? prominent(kb, unnamed.filter((f) => !c.others.some((o) => o.id === f.who)), undefined, span) : undefined;
  const subjectFix = c.rel === 'leads' && leader && wrong.length === 1 && allWrong ? leader : (listFix ?? companyFix);
  // Which fix? If the person led another wing and nobody else in the sentence belongs to this one, the wing is wrong.
  const ledOther = overlapping(kb, wrong[0].p.ent.id, 'leads', undefined, span).some((f) => kb.get(f.what)?.group === faction.group);
  const othersInFaction = c.others.some((o) => overlapping(kb, o.id, 'member', faction.id, span).length > 0);
  // "Stalin, the leader of the right wing, …": the description is what is wrong; the sentence goes on about him.
  // A dated claim whose start the true wing does not reach ("led the Left Opposition from 1923": the Right
  // Opposition began in 1928): the words fix would be false too, so the person is the better fix.
  const truthLate = !!c.time && Number.isFinite(span.from) && wrong[0].truth.from > span.from;
  const preferSubject = !!subjectFix && (likeMember || truthLate || c.bind === 'relative' || ((!ledOther || othersInFaction || !replacement) && !(c.bind === 'appositive' && replacement)));
  return { message, evidence: wrong[0].truth, spanFix: replacement && !likeMember ? { text: replacement } : undefined, subjectFix, preferSubject, wrongPersons: wrong.map((w) => w.p) };
}

/** Were the two allies at some time of the span (the pack states an alliance either way round)? */
function allies(kb: KnowledgeBase, a: string, b: string, span: TimeSpan): boolean {
  return overlapping(kb, a, 'allied', b, span).length > 0 || overlapping(kb, b, 'allied', a, span).length > 0;
}

/** A faction said to hold men who were in none of its kind then, while its own men are known: "In 1929 Trotsky led the Right Opposition" (Bukharin did). */
function notAmongThem(kb: KnowledgeBase, c: Claim, span: TimeSpan, absent: PersonRef[]): Verdict | undefined {
  const faction = c.target;
  const leaders = overlapping(kb, undefined, 'leads', faction.id, span);
  const members = overlapping(kb, undefined, 'member', faction.id, span);
  const core = c.rel === 'leads' && leaders.length ? leaders : members;
  if (!core.length) return undefined;
  const them = [...new Set(core.map((f) => f.who))].map((id) => kb.get(id)!).filter(Boolean);
  const years = when(span, kb) || factYears(core[0]);
  const who = names(absent.map((p) => p.ent));
  const message = c.rel === 'leads' && leaders.length
    ? `The ${formName(faction, 'noun')} was led by ${names(them)}${years}, not by ${who}.`
    : `The ${formName(faction, 'noun')}${years} was ${names(them)}, not ${who}.`;
  const subjectFix = absent.length === 1 ? prominent(kb, core, undefined, span) : undefined;
  return { message, evidence: core[0], subjectFix, preferSubject: !!subjectFix, wrongPersons: absent };
}

/**
 * The person's memberships at the time in factions of another kind (the wings) than `faction`,
 * when none of them is shared with the faction's leaders and members then; otherwise none.
 */
function otherWing(kb: KnowledgeBase, who: string, faction: Entity, span: TimeSpan): Fact[] {
  const core = [...overlapping(kb, undefined, 'leads', faction.id, span), ...overlapping(kb, undefined, 'member', faction.id, span)];
  if (!core.length) return [];
  const wingsOf = (id: string): Fact[] => overlapping(kb, id, 'member', undefined, span).filter((f) => kb.get(f.what)?.group !== faction.group);
  const his = wingsOf(who);
  if (!his.length) return [];
  const theirs = new Set(core.flatMap((f) => wingsOf(f.who)).map((f) => f.what));
  if (!theirs.size) return [];
  // Only wings of the same kind as theirs count, and none of his may be one of theirs.
  const groups = new Set([...theirs].map((id) => kb.get(id)?.group));
  const mine = his.filter((f) => groups.has(kb.get(f.what)?.group));
  return mine.length && !mine.some((f) => theirs.has(f.what)) ? mine : [];
}

function formName(f: Entity, key: FormKey): string {
  return f.forms?.[key]?.[0] ?? f.name;
}

function formOf(f: Entity, key: FormKey, index: number): string | undefined {
  const list = f.forms?.[key];
  if (list?.length) return list[Math.min(index, list.length - 1)];
  return key === 'noun' ? f.name : undefined;
}

// ————— office —————

function holdersOf(kb: KnowledgeBase, office: Entity, span: TimeSpan): Fact[] {
  return overlapping(kb, undefined, 'holds', office.id, span);
}

/** Of the holders, the first to take the office up once one of the people succeeded left it. */
function nextHolder(kb: KnowledgeBase, office: string, succeeded: string[], holders: Fact[]): Fact | undefined {
  const key = (d: KDate | undefined, year: number): number => (d ? d.year * 12 + (d.month ?? 1) - 1 : year * 12);
  const left = kb.factsOn(office).filter((f) => f.rel === 'holds' && succeeded.includes(f.who) && Number.isFinite(f.to));
  if (!left.length) return undefined;
  const end = Math.max(...left.map((f) => key(f.toDate, f.to)));
  const after = holders.filter((f) => Number.isFinite(f.from) && key(f.fromDate, f.from) >= end).sort((a, b) => key(a.fromDate, a.from) - key(b.fromDate, b.from));
  return after[0];
}

/** The facts whose term began within the span. */
function startedWithin(facts: Fact[], span: TimeSpan): Fact[] {
  return facts.filter((f) => f.from >= span.from && f.from <= span.to);
}

function judgeOffice(kb: KnowledgeBase, c: Claim, span: TimeSpan, text: string): Verdict | undefined {
  const target = c.target;
  if (c.subjects.length !== 1) return undefined;
  const p = c.subjects[0];
  // Undated, a post the man held before the pack's years is his: "Trotsky was chairman of the Petrograd
  // Soviet" (1905, and the autumn of 1917), a past an essay on the struggle recounts. One he took up only
  // after them is judged in them, as every undated claim is: "Stalin was chairman of Sovnarkom" (1941) is Rykov's post.
  if (!c.time && kb.holding(p.ent.id, 'holds', undefined, -Infinity, Infinity).some((f) => (f.what === target.id || kb.get(f.what)?.body === target.id) && f.from < kb.period[0])) return undefined;
  if (c.rel === 'holds') {
    if (!target.exclusive) return undefined;
    if (overlapping(kb, p.ent.id, 'holds', target.id, span).length) return undefined;
    let holders = holdersOf(kb, target, span).filter((f) => f.who !== p.ent.id);
    if (!holders.length) return undefined;
    // "In 1926 Rykov became head of the Comintern": the one who took it up then (Bukharin), not the one leaving.
    if (c.starts) {
      const starting = startedWithin(holders, span);
      // No one took it up then, but he did at another time: the year is what is wrong (a date finding says so).
      // (A term only outside the pack's years is no such slip: "Stalin was Chairman of Sovnarkom from April 1922" is Lenin's post, not his 1941.)
      if (!starting.length && kb.holding(p.ent.id, 'holds', target.id, kb.period[0], kb.period[1]).length) return undefined;
      if (starting.length) holders = starting;
    }
    // "Tomsky succeeded Zinoviev as head of the Comintern in 1926": the successor was someone else than the one succeeded.
    if (c.bind === 'succession') {
      const named = new Set(c.others.map((o) => o.id));
      const successors = holders.filter((f) => !named.has(f.who));
      if (!successors.length) return undefined;
      holders = successors;
    }
    // "Frunze replaced Stalin as War Commissar": the one whose term ended as the successor's began (Trotsky).
    // One the sentence names already is no fix ("Stalin succeeded Lenin as General Secretary").
    if (c.bind === 'predecessor') {
      const named = new Set(c.others.map((o) => o.id));
      const starts = c.others.flatMap((o) => kb.factsAbout(o.id).filter((f) => f.rel === 'holds' && f.what === target.id).map((f) => f.from));
      const begun = starts.length ? Math.min(...starts) : Infinity;
      const before = holders.filter((f) => f.to <= begun + 1 && !named.has(f.who)).sort((a, b) => b.to - a.to);
      const prev = before[0] ? kb.get(before[0].who) : undefined;
      const message = prev
        ? `${prev.label} was ${target.name}${factYears(before[0])} before ${[...named].map((id) => kb.get(id)?.label).filter(Boolean).join(' and ') || 'that'}, not ${p.ent.label}.`
        : `${p.ent.label} was never ${target.name}.`;
      return { message, evidence: before[0] ?? holders[0], subjectFix: prev, preferSubject: true, wrongPersons: [p] };
    }
    // "Kamenev replaced Trotsky as War Commissar": the one who took over when he left (Frunze), not the best known.
    const next = c.bind === 'succession' ? nextHolder(kb, target.id, c.others.map((o) => o.id), holders) : undefined;
    // Taken up then: the first to take it up ("In 1925 Kamenev became War Commissar": Frunze, in January).
    const first = c.starts && !next ? [...holders].sort((a, b) => a.from - b.from || (a.fromDate?.month ?? 1) - (b.fromDate?.month ?? 1))[0] : undefined;
    const holder = next ? kb.get(next.who)! : first ? kb.get(first.who)! : prominent(kb, holders, undefined, span)!;
    const held = holders.find((f) => f.who === holder.id)!;
    const own = overlapping(kb, p.ent.id, 'holds', undefined, span).filter((f) => kb.get(f.what)?.exclusive);
    const ownOffice = own.length ? kb.get(own[0].what) : undefined;
    const message = `${holder.label} was ${target.name}${whenTrue(span, held, kb)}, not ${p.ent.label}${ownOffice ? ` (${p.ent.label} was ${ownOffice.name})` : ''}.`;
    // "Trotsky lost the General Secretaryship": giving the loss to the holder would be as false. Only
    // "remove Trotsky as General Secretary" has a true rewrite: his own office.
    if (c.bind === 'left') {
      // The office he did leave then, if any: "Trotsky lost the General Secretaryship in 1925" →
      // "Trotsky lost his post as People's Commissar for War in 1925".
      const undated = span.to === kb.period[1];
      const leftThen = own.find((f) => Number.isFinite(f.to) && (undated || f.to === span.to));
      const leftOffice = leftThen ? kb.get(leftThen.what) : undefined;
      let spanFix: Verdict['spanFix'];
      const before = text.slice(Math.max(0, c.s - 6), c.s);
      const article = /\b(the|his)\s+$/i.exec(before);
      if (leftOffice && /\bas\s+$/.test(before)) spanFix = { text: leftOffice.name };
      else if (leftOffice && article) spanFix = { text: `his post as ${leftOffice.name}`, s: c.s - article[0].length, e: c.e };
      return { message, evidence: held, spanFix, preferSubject: false, wrongPersons: [p] };
    }
    return {
      message,
      evidence: held,
      // "Tomsky succeeded Zinoviev as head of the Comintern": his own office there would still be false.
      // Nor "In 1926 Rykov became Chairman of Sovnarkom": he became it in 1924.
      spanFix: ownOffice && c.bind !== 'succession' && (!c.starts || startedWithin([own[0]], span).length) ? { text: ownOffice.name, entity: ownOffice.id } : undefined,
      subjectFix: holder,
      // ("Stalin was Chairman of Sovnarkom from April 1922": no one took that post up then, but his own
      // began then, so the post is the slip: "General Secretary from April 1922".)
      preferSubject: !(c.bind === 'appositive' && ownOffice) && !(c.starts && ownOffice && c.bind !== 'succession' && startedWithin([own[0]], span).length && !startedWithin([held], span).length),
      wrongPersons: [p],
    };
  }
  // controls: a body held through an office or controlled directly.
  const body = target;
  const controls = (who?: string): Fact[] => [
    ...overlapping(kb, who, 'controls', body.id, span),
    ...overlapping(kb, who, 'holds', undefined, span).filter((f) => kb.get(f.what)?.body === body.id && kb.get(f.what)?.exclusive),
  ];
  if (controls(p.ent.id).length) return undefined;
  const viaOffice = exclusiveOfficesOf(kb, body.id);
  const others = [...overlapping(kb, undefined, 'controls', body.id, span).filter(() => body.exclusive !== false), ...viaOffice.flatMap((o) => holdersOf(kb, o, span))].filter((f) => f.who !== p.ent.id);
  if (!others.length) return undefined;
  if (!body.exclusive && !viaOffice.length) return undefined;
  // A time that ends as the first control the pack knows begins may be before it: "Before Stalin became
  // General Secretary (April 1922), Molotov ran the Secretariat" reaches back into 1921. ("Throughout
  // the 1920s", which runs on into others' years, is judged.)
  if (Number.isFinite(span.from)) {
    const first = firstControl(kb, body.id, viaOffice);
    if (span.from < first && span.to <= first) return undefined;
  }
  // "In 1926 Tomsky took over the Comintern": the one who took it over then.
  const starting = c.starts ? startedWithin(others, span) : [];
  const holder = prominent(kb, starting.length ? starting : others, undefined, span)!;
  const ev = others.find((f) => f.who === holder.id)!;
  const via = ev.rel === 'holds' ? kb.get(ev.what) : undefined;
  return {
    message: via ? `${holder.label} was ${via.name}${whenTrue(span, ev, kb)}, not ${p.ent.label}.` : `${holder.label} controlled ${withArticle(body)}${whenTrue(span, ev, kb)}, not ${p.ent.label}.`,
    evidence: ev,
    subjectFix: holder,
    preferSubject: true,
    wrongPersons: [p],
  };
}

/** The first year the pack knows anyone controlled a body (directly or through its exclusive office). */
function firstControl(kb: KnowledgeBase, body: string, viaOffice: readonly Entity[]): number {
  let first = Infinity;
  for (const f of kb.factsOn(body)) if (f.rel === 'controls') first = Math.min(first, f.from);
  for (const o of viaOffice) for (const f of kb.factsOn(o.id)) if (f.rel === 'holds') first = Math.min(first, f.from);
  return first;
}

// ————— power base —————

function judgeBase(kb: KnowledgeBase, c: Claim, span: TimeSpan, text: string): Verdict | undefined {
  if (c.subjects.length !== 1) return undefined;
  const p = c.subjects[0];
  const base = c.target;
  if (overlapping(kb, p.ent.id, 'base', base.id, span).length) return undefined;
  const owners = overlapping(kb, undefined, 'base', base.id, span).filter((f) => f.who !== p.ent.id);
  if (!owners.length) return undefined;
  const primary = owners.filter((f) => f.primary);
  const owner = prominent(kb, primary.length ? primary : owners)!;
  const ownFacts = overlapping(kb, p.ent.id, 'base', undefined, span).filter((f) => f.primary);
  // Prefer a base of the same kind (a city for a city).
  const sameKind = ownFacts.filter((f) => kb.get(f.what)?.kind === base.kind);
  const own = (sameKind.length ? sameKind : ownFacts)[0];
  const ownBase = own ? kb.get(own.what) : undefined;
  const baseName = withArticle(base);
  const verb = /[^su]s$/i.test(base.name) ? 'were' : 'was';
  const ownerFact = owners.find((f) => f.who === owner.id) ?? owners[0];
  const message = `${baseName[0].toUpperCase()}${baseName.slice(1)} ${verb} ${owner.label}'s power base${whenTrue(span, ownerFact, kb)}, not ${p.ent.label}'s${ownBase ? `; ${p.ent.label}'s base was ${withArticle(ownBase)}` : ''}.`;
  // Bodies take "the", places none: "in Leningrad" → "in the Red Army", "on the Red Army" → "on Moscow".
  let spanFix: Verdict['spanFix'];
  // A place used as a word before a noun ("the Leningrad party") can only become another place.
  const adjectival = ORG_NOUNS.has(/^\s*([A-Za-z]+)/.exec(text.slice(c.e, c.e + 20))?.[1]?.toLowerCase() ?? '');
  if (ownBase && !(adjectival && ownBase.kind !== 'place')) {
    const before = text.slice(Math.max(0, c.s - 30), c.s);
    const the = /\bthe\s+$/i.exec(before);
    const spanThe = /^the\s+/i.exec(text.slice(c.s, c.e));
    const wantsThe = !adjectival && ownBase.kind === 'body' && !/^the /i.test(ownBase.name);
    if (adjectival && spanThe) spanFix = { text: ownBase.name, s: c.s + spanThe[0].length, e: c.e };
    else if (wantsThe) spanFix = { text: the ? ownBase.name : `the ${ownBase.name}` };
    else if (the && /^the\s+$/i.test(text.slice(c.s - the[0].length, c.s)) && !adjectival) spanFix = { text: ownBase.name, s: c.s - the[0].length, e: c.e };
    else spanFix = { text: ownBase.name };
    spanFix.entity = ownBase.id;
  }
  return {
    message,
    evidence: ownerFact,
    spanFix,
    subjectFix: owner,
    preferSubject: !ownBase,
    wrongPersons: [p],
  };
}

const ORG_NOUNS = new Set(['boss', 'chief', 'leader', 'head', 'strongman', 'grandee', 'chairman', 'party', 'organisation', 'organization', 'organisations', 'organizations', 'soviet', 'machine', 'delegation', 'delegates', 'apparatus', 'workers', 'committee', 'comrades', 'group', 'branch', 'press', 'leadership', 'opposition', 'garrison', 'stronghold', 'fiefdom', 'base', 'bases', 'one', 'power', 'powerbase', 'support', 'following', 'heartland', 'fortress', 'citadel']);

function withArticle(e: Entity): string {
  return e.kind === 'body' && e.article !== false && !/^the /i.test(e.name) ? `the ${e.name}` : e.name;
}

// ————— stance —————

function judgeStance(kb: KnowledgeBase, c: Claim, span: TimeSpan, text: string): Verdict | undefined {
  const pol = c.rel as 'supports' | 'opposes';
  const opposite = pol === 'supports' ? 'opposes' : 'supports';
  const idea = c.target;
  const wrong: { p: PersonRef; truth: Fact }[] = [];
  for (const p of c.subjects) {
    if (overlapping(kb, p.ent.id, pol, idea.id, span).length) continue;
    const opp = overlapping(kb, p.ent.id, opposite, idea.id, span);
    if (!opp.length) continue;
    wrong.push({ p, truth: opp[0] });
  }
  if (!wrong.length) return undefined;
  const who = names(wrong.map((w) => w.p.ent));
  const verb = (x: string, n: number): string => (x === 'supports' ? (n > 1 ? 'supported' : 'supported') : 'opposed');
  let message = `${who} ${verb(opposite, wrong.length)} ${idea.name}${whenTrue(span, wrong[0].truth, kb)}; ${wrong.length > 1 ? 'they' : 'he'} did not ${pol === 'supports' ? 'support' : 'oppose'} it.`;
  // The replacement is someone not already named in the sentence ("Tomsky, like Trotsky, …" is not fixed to "Trotsky, like Trotsky").
  const inSentence = new Set([...c.subjects.map((p) => p.ent.id), ...c.others.map((o) => o.id)]);
  const holders = overlapping(kb, undefined, pol, idea.id, span).filter((f) => !inSentence.has(f.who));
  const swap = prominent(kb, holders, idea.id, span);
  // "X, like Y, supported …" where Y did: the view is right and X is the slip.
  const likeHolder = c.likened.some((id) => overlapping(kb, id, pol, idea.id, span).length > 0);
  if (swap) message = message.replace(/\.$/, `; ${swap.label} did.`);
  const cue = c.cue;
  // The rival idea the person did hold ("proposed Permanent Revolution" → "Socialism in One Country").
  let rivalFix: { text: string; s: number; e: number } | undefined;
  const policySpan = c.policySpan;
  // (Not for a pronoun: "supported it" does not become "supported Permanent Revolution".)
  if (pol === 'supports' && policySpan && wrong.length === 1 && !/^(it|this|that)$/i.test(text.slice(policySpan[0], policySpan[1]))) {
    for (const r of idea.rivals ?? []) {
      if (overlapping(kb, wrong[0].p.ent.id, 'supports', r, span).length) {
        rivalFix = { text: kb.get(r)!.name, s: policySpan[0], e: policySpan[1] };
        break;
      }
    }
  }
  let antonym = cue && cue.antonym && c.cueSpan ? { text: cue.antonym, s: c.cueSpan[0], e: c.cueSpan[1] } : undefined;
  // "wanted to keep NEP going" → "wanted to end NEP": the word that kept it going goes too.
  const keptOn = policySpan && antonym && antonym.e <= policySpan[0] ? /^\s+(going|alive|running|in place|intact)\b/i.exec(text.slice(policySpan[1], policySpan[1] + 12)) : null;
  // And "wanted to end NEP at once" → "wanted to keep NEP": a policy is not kept at once.
  const keeping = !!antonym && /\b(keep|keeps|kept|keeping|maintain|preserve|continue)\b/i.test(antonym.text);
  const hurried = policySpan && antonym && keeping && antonym.e <= policySpan[0] ? /^\s+(at once|immediately|quickly|as quickly as possible|as soon as possible|straight away|right away|outright)\b/i.exec(text.slice(policySpan[1], policySpan[1] + 30)) : null;
  const dropped = keeping ? hurried : keptOn;
  if (antonym && policySpan && dropped) {
    antonym = { text: `${antonym.text}${text.slice(antonym.e, policySpan[1])}`, s: antonym.s, e: policySpan[1] + dropped[0].length };
  }
  let spanFix = antonym;
  let preferSubject = !(cue?.preferSpan ?? false) || wrong.length > 1 || c.subjects.length > 1;
  if (rivalFix && (cue?.proposal || !antonym)) {
    spanFix = rivalFix;
    preferSubject = false;
  }
  if (c.subjects.length > 1) preferSubject = false;
  // "X, unlike Y, defended NEP" where Y opposed it: turning the verb would make the contrast false too.
  const unlikeOpposite = c.contrasted.some((id) => overlapping(kb, id, opposite, idea.id, span).length > 0);
  if ((likeHolder || unlikeOpposite) && swap && c.subjects.length === 1) preferSubject = true;
  // "Tomsky wanted to end NEP and militarise labour": the view is said twice over, so the man is the slip.
  if (c.echoed && swap && c.subjects.length === 1 && (!rivalFix || spanFix !== rivalFix)) preferSubject = true;
  // "Stalin, together with Bukharin, championed Permanent Revolution", where Bukharin opposed it:
  // the company says the view is what is wrong.
  const likeOpposite = c.likened.some((id) => overlapping(kb, id, opposite, idea.id, span).length > 0);
  if (likeOpposite && !likeHolder && spanFix) preferSubject = false;
  if (!spanFix && swap) preferSubject = true;
  return { message, evidence: wrong[0].truth, spanFix, subjectFix: swap, preferSubject: preferSubject && !!swap, wrongPersons: wrong.map((w) => w.p) };
}

// ————— authorship —————

/**
 * "the theory of ", "the theorist of the ", "theoretical case for ", "developed ", "developed the theory of ": words
 * right before an idea that make it its theory, or its working out, which its supporters did.
 */
const THEORY_BEFORE = /\b(?:theor(?:y|ies|ists?|eticians?|etical(?: \w+)?)(?: (?:of|for|behind)(?: the)?)?|develop(?:ed|s|ing)?(?: (?:the|its|his) theory of)?) $/i;

function judgeAuthorship(kb: KnowledgeBase, c: Claim, text: string): Verdict | undefined {
  if (c.subjects.length !== 1) return undefined;
  const p = c.subjects[0];
  const authors = kb.factsOn(c.target.id).filter((f) => f.rel === 'authored');
  if (!authors.length || authors.some((f) => f.who === p.ent.id)) return undefined;
  // "Bukharin's theory of Socialism in One Country", "the theory of Socialism in One Country was Bukharin's work",
  // "Bukharin developed Socialism in One Country": a supporter's own version of an idea, its theory or its working
  // out is not a misattribution (Stalin's policy, Bukharin's theory).
  const supporter = kb.factsAbout(p.ent.id).some((f) => f.rel === 'supports' && f.what === c.target.id);
  if (supporter && (c.bind === 'possessive' || THEORY_BEFORE.test(text.slice(Math.max(0, c.s - 40), c.s)))) return undefined;
  const author = kb.get(authors[0].who)!;
  const y = factYears(authors[0]);
  return {
    message: `${c.target.name} was ${author.label}'s${y}, not ${p.ent.label}'s.`,
    evidence: authors[0],
    subjectFix: author,
    preferSubject: true,
    wrongPersons: [p],
  };
}

// ————— dates —————

/** "X succeeded Y as OFFICE in YEAR": YEAR must be when Y's tenure ended. */
function judgeSuccession(kb: KnowledgeBase, c: Claim): Verdict | undefined {
  const pred = c.subjects[0];
  const tenure = kb.factsAbout(pred.ent.id).filter((f) => f.rel === 'holds' && f.what === c.target.id && Number.isFinite(f.to));
  if (tenure.length !== 1 || c.year === undefined) return undefined;
  const end = tenure[0].to;
  if (c.year === end) return undefined;
  return {
    message: `${pred.ent.label}'s time as ${c.target.name} ended in ${end}, not ${c.year}.`,
    evidence: tenure[0],
    spanFix: { text: String(end) },
    preferSubject: false,
    wrongPersons: c.subjects,
  };
}

/** "X was General Secretary from 1924": the year his own term began, if he held the office and it began in another year. */
function judgeStarted(kb: KnowledgeBase, c: Claim): Verdict | undefined {
  const p = c.subjects[0];
  const body = c.target.kind === 'body';
  const terms = kb.factsAbout(p.ent.id).filter((f) => f.rel === (body ? 'controls' : 'holds') && f.what === c.target.id && Number.isFinite(f.from));
  if (!terms.length || c.year === undefined || terms.some((f) => f.from === c.year)) return undefined;
  const y = c.year;
  // A body's start is wrong only when another man led it in that year ("Bukharin led the Comintern from 1923":
  // Zinoviev's): a hold on a body has looser starts than a post's ("edited Pravda from 1917").
  const other = body ? kb.factsOn(c.target.id).find((f) => f.rel === 'controls' && f.who !== p.ent.id && f.from <= y && y < f.to) : undefined;
  if (body && !other) return undefined;
  // A man whose own term lies outside the years of the struggle, said to hold the office in another
  // man's year ("Stalin, Chairman of Sovnarkom from 1924": Rykov's; Stalin's came in 1941), has the office wrong, not the date.
  if (!terms.some((f) => f.from <= kb.period[1] && f.to >= kb.period[0]) && kb.factsOn(c.target.id).some((f) => f.rel === 'holds' && f.who !== p.ent.id && f.from <= y && y <= f.to)) return undefined;
  // The term the year falls in, else the nearest one.
  const term = terms.find((f) => f.from <= c.year! && c.year! <= f.to) ?? terms.reduce((a, b) => (Math.abs(b.from - c.year!) < Math.abs(a.from - c.year!) ? b : a));
  const began = term.fromDate ? formatDate(term.fromDate) : term.from;
  return {
    message: other ? `${p.ent.label}'s hold on ${c.target.article === false ? '' : 'the '}${c.target.name} began in ${began}, not ${c.year}: ${kb.get(other.who)?.label ?? other.who} led it then.` : `${p.ent.label} became ${c.target.name} in ${began}, not ${c.year}.`,
    evidence: term,
    spanFix: { text: String(term.from) },
    preferSubject: false,
    wrongPersons: c.subjects,
  };
}

/**
 * "Trotsky was War Commissar until 1928": the year his own term ended, if he held the office and
 * every term of it ended in another year. A term that ended in the first months of a year also
 * allows the year before ("until 1924" for January 1925).
 */
function judgeEnded(kb: KnowledgeBase, c: Claim): Verdict | undefined {
  const p = c.subjects[0];
  // (An office held, or a body led: "led the Comintern until 1932".)
  const terms = kb.factsAbout(p.ent.id).filter((f) => (f.rel === 'holds' || f.rel === 'controls') && f.what === c.target.id);
  const y = c.year;
  if (!terms.length || y === undefined || terms.some((f) => !Number.isFinite(f.to) || f.to === y || (f.to === y + 1 && (f.toDate?.month ?? 12) <= 3))) return undefined;
  // The term that was running in that year or before it, else the nearest one.
  const term = terms.filter((f) => f.from <= y).sort((a, b) => b.from - a.from)[0] ?? terms[0];
  return {
    message: `${p.ent.label}'s ${c.target.kind === 'office' ? `time as ${c.target.name}` : `hold on ${c.target.article === false ? '' : 'the '}${c.target.name}`} ended in ${term.toDate ? formatDate(term.toDate) : term.to}, not ${y}.`,
    evidence: term,
    spanFix: { text: String(term.to) },
    preferSubject: false,
    wrongPersons: c.subjects,
  };
}

function judgeDate(kb: KnowledgeBase, c: Claim): Verdict | undefined {
  if (c.rel === 'succession') return judgeSuccession(kb, c);
  if (c.rel === 'ended') return judgeEnded(kb, c);
  if (c.rel === 'started') return judgeStarted(kb, c);
  const ev = c.target;
  if (!ev.date || c.year === undefined) return undefined;
  const d = ev.date;
  if (ev.until) return judgeLasting(ev, d, ev.until, c);
  if (c.year === d.year) {
    // The year is right: the month and day are checked where the pack records them ("on 24 January 1924").
    const wrongMonth = !!d.month && !!c.month && c.month !== d.month;
    const wrongDay = !wrongMonth && !!d.day && !!c.day && c.month === d.month && c.day !== d.day;
    if (!wrongMonth && !wrongDay) return undefined;
    const written = { year: c.year, month: c.month, day: c.day };
    // The fix keeps what the writer gave: a day and month, or a month alone.
    const truth = { year: d.year, month: d.month, day: c.day ? d.day : undefined };
    return {
      message: `${ev.name}: ${formatDate(d)}, not ${formatDate(written)}.`,
      evidence: ev,
      // (Not when it would wrong another man's event the date is said of: "Trotsky and Kamenev were expelled in November 1927".)
      spanFix: c.dateStart !== undefined && (c.day === undefined || truth.day !== undefined) && fitsAlongside(c, truth) ? { text: formatDate(truth), s: c.dateStart, e: c.e } : undefined,
      preferSubject: false,
      wrongPersons: c.subjects,
    };
  }
  // A meeting of a numbered series named outright ("the Thirteenth Congress in December 1925") whose
  // written date is another's of the series ("Fourteenth Congress", December 1925): the number may be the
  // slip. It is the fix preferred when the month written is that other one's and not this one's.
  const named = c.subjects.length === 1 && c.subjects[0].ent.id === ev.id ? c.subjects[0] : undefined;
  const other = named ? sameSeriesAt(kb, ev, c.year, c.month) : undefined;
  return {
    message: `${ev.name}: ${formatDate(d)}, not ${c.year}${other ? ` (the ${other.name} was in ${formatDate(other.date!)})` : ''}.`,
    evidence: ev,
    spanFix: fitsAlongside(c, { year: d.year }) ? { text: String(d.year) } : undefined,
    subjectFix: other,
    preferSubject: !!other && !!c.month && c.month === other.date?.month && c.month !== d.month,
    wrongPersons: c.subjects,
  };
}

/** Is a date fix (as precise as written) true of every other event the claim's date is said of too? */
function fitsAlongside(c: Claim, fix: KDate): boolean {
  return (c.alongside ?? []).every((ev) => ev.date?.year === fix.year && (!fix.month || ev.date.month === fix.month) && (!fix.day || ev.date.day === fix.day));
}

/**
 * An event that took a while ("Lenin's Testament", December 1922 – January 1923): any date within it is
 * right; one outside it is put to the nearer end, as precise as the writer was.
 */
function judgeLasting(ev: Entity, d: KDate, u: KDate, c: Claim): Verdict | undefined {
  const y = c.year!;
  const m = c.month;
  const before = y < d.year || (y === d.year && !!m && !!d.month && m < d.month);
  const after = y > u.year || (y === u.year && !!m && !!u.month && m > u.month);
  if (!before && !after) return undefined;
  const end = before ? d : u;
  const truth = { year: end.year, month: m ? end.month : undefined };
  return {
    message: `${ev.name}: ${formatDate(d)} – ${formatDate(u)}, not ${formatDate({ year: y, month: m, day: c.day })}.`,
    evidence: ev,
    spanFix: c.dateStart !== undefined ? { text: formatDate(truth), s: c.dateStart, e: c.e } : { text: String(end.year) },
    preferSubject: false,
    wrongPersons: c.subjects,
  };
}

/** The one other event of the same series (its name's last word: "… Congress") held in that year (and month, if given). */
function sameSeriesAt(kb: KnowledgeBase, ev: Entity, year: number, month: number | undefined): Entity | undefined {
  const words = ev.name.split(/\s+/);
  if (words.length < 2) return undefined;
  const series = words[words.length - 1];
  const found = [...kb.entities.values()].filter((e) => e.kind === 'event' && e.id !== ev.id && e.subject === e.id && e.name.split(/\s+/).pop() === series && e.date?.year === year && (!month || !e.date.month || e.date.month === month));
  return found.length === 1 ? found[0] : undefined;
}

// ————— alliance —————

/** Do the facts cover every year of the span between them? */
function covers(facts: Fact[], span: TimeSpan): boolean {
  let upTo = span.from - 1;
  for (const f of [...facts].sort((a, b) => a.from - b.from)) if (f.from <= upTo + 1) upTo = Math.max(upTo, f.to);
  return upTo >= span.to;
}

/**
 * "In 1924 Zinoviev sided with Trotsky": wrong when, through all of the claim's years, the two were
 * rivals and never allies (a year they changed sides is either); "In 1923 Kamenev broke with Stalin"
 * the other way round. An undated claim is not judged: most pairs were allies at one time and rivals
 * at another.
 */
function judgeAlliance(kb: KnowledgeBase, c: Claim, span: TimeSpan, text: string): Verdict | undefined {
  if (!c.time || !Number.isFinite(span.from) || !Number.isFinite(span.to) || (span.from <= kb.period[0] && span.to >= kb.period[1])) return undefined;
  const said = c.rel === 'rivals' ? 'rivals' : 'allied';
  const truly = said === 'rivals' ? 'allied' : 'rivals';
  const partner = c.target;
  const wrong: { p: PersonRef; truth: Fact }[] = [];
  for (const p of c.subjects) {
    if (p.ent.id === partner.id || overlapping(kb, p.ent.id, said, partner.id, span).length) continue;
    const facts = overlapping(kb, p.ent.id, truly, partner.id, span);
    if (facts.length && covers(facts, span)) wrong.push({ p, truth: facts[0] });
  }
  if (!wrong.length) return undefined;
  const { p, truth } = wrong[0];
  const who = names(wrong.map((w) => w.p.ent));
  const were = wrong.length > 1 ? 'were' : 'was';
  const many = wrong.length > 1;
  const what = said === 'allied' ? (many ? 'rivals' : 'rival') : many ? 'allies' : 'ally';
  const not = said === 'allied' ? (many ? 'allies' : 'an ally') : many ? 'rivals' : 'a rival';
  const base = `${who} ${were} ${partner.label}'s ${what}${whenTrue(span, truth, kb)}, not ${not}`;
  // The years they were what the sentence says: its one year is the slip ("joined Trotsky in 1924" → 1926).
  // (Unless the sentence names the true ally as the enemy: "joined Trotsky against Stalin in 1923" swaps the two.)
  const right = kb.holding(p.ent.id, said, partner.id, -Infinity, Infinity).sort((a, b) => a.from - b.from);
  // The other men the sentence sets beside the partner ("against Zinoviev and Kamenev", "made peace with
  // Stalin and turned on Trotsky"): when they are what the partner is said to be, the two swap.
  const counter = c.against ?? [];
  const swappable = counter.length > 0 && counter.every((q) => covers(overlapping(kb, p.ent.id, said, q.ent.id, span), span));
  // The group they are said to be in names the partner meant: "joined Stalin in the United Opposition" in 1926 → Trotsky.
  // (Before a swap with the one other man named: "joined Stalin in the United Opposition, and Kamenev too".)
  const inGroup = c.inGroup && said === 'allied' ? groupAlly(kb, c, c.inGroup, span) : undefined;
  if (inGroup) {
    return {
      message: `${base}; ${inGroup.label} was ${who}'s ally in the ${c.inGroup!.label.replace(/^the /i, '')}.`,
      evidence: truth,
      spanFix: { text: inGroup.label, entity: inGroup.id },
      preferSubject: false,
      wrongPersons: wrong.map((w) => w.p),
    };
  }
  if (right.length && c.yearSpan && span.from === span.to && !swappable) {
    const y = span.from;
    let best = right[0].from;
    for (const f of right) for (const cand of [f.from, f.to]) if (Math.abs(cand - y) < Math.abs(best - y)) best = cand;
    return {
      message: `${base}; ${said === 'allied' ? 'they were allies' : 'they were rivals'} in ${formatYears(right[0])}.`,
      evidence: truth,
      spanFix: { text: String(best), s: c.yearSpan[0], e: c.yearSpan[1] },
      preferSubject: false,
      wrongPersons: wrong.map((w) => w.p),
    };
  }
  // Else the man's true allies (or rivals) of those years, best known first, for the message and the fix.
  const sideFacts = overlapping(kb, p.ent.id, said, undefined, span).filter((f) => covers([f], span) && f.what !== partner.id && !c.subjects.some((q) => q.ent.id === f.what));
  const others = [...new Set(sideFacts.map((f) => f.what))].map((id) => kb.get(id)!).filter(Boolean);
  // The fix: a swap with those men; else one the sentence does not name.
  const swapText = swappable ? text.slice(counter[0].s, counter[counter.length - 1].e) : undefined;
  const put = swapText ? undefined : others.find((a) => !c.others.some((o) => o.id === a.id));
  const side = others.length ? `: ${who} ${said === 'allied' ? 'sided with' : 'stood against'} ${names(others.slice(0, 3))}` : '';
  const swap = swapText ? { text: swapText, also: { start: counter[0].s, end: counter[counter.length - 1].e, text: text.slice(c.s, c.e) }, swap: true } : undefined;
  return {
    message: `${base}${side}.`,
    evidence: truth,
    spanFix: swap ?? (put ? { text: put.label, entity: put.id } : undefined),
    preferSubject: false,
    wrongPersons: wrong.map((w) => w.p),
  };
}

/** The one man of a faction, in the claim's years, allied with every subject then (and not named in the sentence). */
function groupAlly(kb: KnowledgeBase, c: Claim, group: Entity, span: TimeSpan): Entity | undefined {
  const found = new Set<string>();
  for (const rel of ['leads', 'member'] as const) {
    for (const f of kb.factsOn(group.id)) {
      if (f.rel !== rel || f.from > span.to || f.to < span.from || c.subjects.some((p) => p.ent.id === f.who) || c.others.some((o) => o.id === f.who)) continue;
      if (c.subjects.every((p) => covers(overlapping(kb, p.ent.id, 'allied', f.who, span), span))) found.add(f.who);
    }
    // The group's leader first: "joined … in the United Opposition" is Trotsky before any other member.
    if (found.size) break;
  }
  return found.size === 1 ? kb.get([...found][0]) : undefined;
}

// ————— fate —————

/**
 * "Trotsky was executed in 1936": the man's own death (the claim's target) against the way of dying
 * written. The fix writes his own ("was murdered", "committed suicide"), and his year with it.
 */
function judgeFate(kb: KnowledgeBase, c: Claim, text: string): Verdict | undefined {
  const death = c.target;
  const p = c.subjects[0];
  const written = text.slice(c.s, c.e).toLowerCase().replace(/\s+/g, ' ');
  if (!death.date || !death.verbs?.length || !p || EN.isVerbOf(death, written)) return undefined;
  const right = death.verbs[0];
  const rightActive = EN.DYING.has(right.toLowerCase()) || !/ed$/.test(right);
  const passive = !!c.cueSpan && c.cueSpan[0] < c.s;
  // "was executed" → "was murdered" / "committed suicide"; "committed suicide" → "was executed".
  const spanFix = passive === !rightActive ? { text: right } : passive ? { text: right, s: c.cueSpan![0] } : { text: `was ${right}` };
  const year = death.date.year;
  const also = c.yearSpan && c.year !== year ? { start: c.yearSpan[0], end: c.yearSpan[1], text: String(year) } : undefined;
  // Whose death the words are: "executed in 1936" was Zinoviev's and Kamenev's.
  const said = c.year ?? (c.time && c.time.from === c.time.to ? c.time.from : undefined);
  let whose: Entity | undefined;
  let sameYear = 0;
  for (const e of kb.entities.values()) {
    if (e.kind !== 'event' || !e.subject || e.subject === p.ent.id || !EN.isVerbOf(e, written)) continue;
    const who = kb.get(e.subject);
    if (who?.kind !== 'person' || who.died?.year !== e.date?.year) continue;
    if (said !== undefined && e.date?.year === said) sameYear++;
    if (!whose || (said !== undefined && e.date?.year === said)) whose = who;
  }
  // "In 1936 Rykov took his own life": the year and the way of dying are one other man's (Tomsky's), so he is meant.
  // (Not when they are several men's: "Trotsky was executed in 1936" could be Zinoviev or Kamenev, or a slip of the verb.)
  const meant = !!whose && said !== undefined && said !== year && whose.died?.year === said && sameYear === 1;
  // Said of a list, the words are the others' too: changing them would wrong the rest ("Zinoviev, Kamenev
  // and Tomsky were shot"); only the man the year and way of dying name may be put in his place.
  const message = `${death.name} (${formatDate(death.date)}), not “${written}”.`;
  if (c.shared && !meant) return { message, evidence: death, preferSubject: false, wrongPersons: [p] };
  return {
    message,
    evidence: death,
    spanFix: c.shared ? undefined : { ...spanFix, also },
    subjectFix: whose,
    preferSubject: meant,
    wrongPersons: [p],
  };
}

/**
 * A "he" that may as well stand for another man of the sentences before, of whom the claim is true,
 * is read as the writer meant it (and so is a list of names paired with things in order): "Kamenev relied on Moscow. He thought it enough to resist Stalin.
 * Until 1926 he chaired the Moscow Soviet."
 */
function trueOfAnother(kb: KnowledgeBase, c: Claim): boolean {
  if (c.pairedWith && claimHolds(kb, { ...c, subjects: [c.pairedWith] })) return true;
  const p = c.subjects.length === 1 ? c.subjects[0] : undefined;
  const others = [...(p?.others ?? []), ...(c.readings ?? [])];
  return !!p && others.some((ent) => claimHolds(kb, { ...c, subjects: [{ ...p, ent }] }));
}

/** Whether the knowledge base confirms a claim (true at some time of its span). */
export function claimHolds(kb: KnowledgeBase, c: Claim): boolean {
  const span: TimeSpan = c.time ?? { from: kb.period[0], to: kb.period[1] };
  const all = (f: (id: string) => boolean): boolean => c.subjects.length > 0 && c.subjects.every((p) => f(p.ent.id));
  switch (c.code) {
    case 'faction':
      return all((id) => overlapping(kb, id, c.rel === 'leads' ? 'leads' : 'member', c.target.id, span).length > 0);
    case 'office':
      if (c.rel === 'holds') return all((id) => overlapping(kb, id, 'holds', c.target.id, span).length > 0);
      return all((id) => overlapping(kb, id, 'controls', c.target.id, span).length > 0 || overlapping(kb, id, 'holds', undefined, span).some((f) => kb.get(f.what)?.body === c.target.id));
    case 'power-base':
      return all((id) => overlapping(kb, id, 'base', c.target.id, span).length > 0);
    case 'stance':
      return all((id) => overlapping(kb, id, c.rel as 'supports' | 'opposes', c.target.id, span).length > 0);
    case 'authorship':
      return all((id) => kb.factsOn(c.target.id).some((f) => f.rel === 'authored' && f.who === id));
    case 'alliance':
      return all((id) => overlapping(kb, id, c.rel === 'rivals' ? 'rivals' : 'allied', c.target.id, span).length > 0);
    case 'fate':
      return all((id) => id === c.target.subject);
    case 'date':
      if (c.rel === 'succession' || c.rel === 'started' || c.rel === 'ended') return kb.factsAbout(c.subjects[0]?.ent.id ?? '').some((f) => (f.rel === 'holds' || (c.rel !== 'succession' && f.rel === 'controls')) && f.what === c.target.id && (c.rel === 'started' ? f.from : f.to) === c.year);
      return c.year === c.target.date?.year || (!!c.target.date && !!c.target.until && c.year !== undefined && c.year >= c.target.date.year && c.year <= c.target.until.year);
  }
}
