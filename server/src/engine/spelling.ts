/**
 * Misspelled names of known figures and bodies ("Bukarin", "Polituburo"). Quiet on real names,
 * aliases, derived words ("Trotskyist", "Stalingrad") and look-alikes that differ where
 * misspellings rarely do ("Tomsk", "Bukhara").
 */
import type { Entity } from '../knowledge/model';
import type { Lexicon } from './lexicon';
import type { Finding } from './judge';
import { isCapitalised, type Token } from './tokens';

interface Candidate {
  word: string;
  ent: Entity;
  /** The spelling a fix writes (as the pack spells it). */
  written: string;
  /** The name the figure goes by (his label), not one of his other names ("Ulyanov", "Bronstein"). */
  primary: boolean;
}

const cache = new WeakMap<Lexicon, Candidate[]>();

function candidates(lex: Lexicon): Candidate[] {
  let list = cache.get(lex);
  if (list) return list;
  const seen = new Map<string, Candidate>();
  for (const ent of lex.kb.entities.values()) {
    if (ent.kind !== 'person' && ent.kind !== 'body') continue;
    for (const name of new Set([ent.label, ent.name, ...ent.aliases])) {
      // Single-word names, and a person's surname; not every word of a body's name ("Central").
      const words = name.split(/\s+/);
      const usable = words.length === 1 ? words : ent.kind === 'person' ? [words[words.length - 1]] : [];
      for (const w of usable) {
        if (!/^[\p{Lu}][\p{L}]{4,}$/u.test(w)) continue;
        const key = w.toLowerCase();
        if (!seen.has(key)) seen.set(key, { word: key, ent, written: w, primary: name === ent.label });
      }
    }
  }
  list = [...seen.values()];
  cache.set(lex, list);
  return list;
}

/** Optimal string alignment distance (adjacent transpositions count once), capped. */
export function editDistance(a: string, b: string, cap = 3): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  const m = a.length;
  const n = b.length;
  let prev2 = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i++) {
    const cur = new Array<number>(n + 1);
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) cur[j] = Math.min(cur[j], prev2[j - 2] + 1);
      rowMin = Math.min(rowMin, cur[j]);
    }
    if (rowMin > cap) return cap + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[n];
}

/**
 * Countries, cities and peoples an essay on the period names, which lie two letters from a figure's
 * name ("France" / Frunze): a word this well known is itself, not a misspelling.
 */
const WELL_KNOWN = new Set(
  (
    'france french germany german britain british england english america american russia russian prussia poland polish ' +
    'finland ukraine georgia turkey mexico norway spain italy china chinese japan austria hungary europe european ' +
    'paris berlin london vienna geneva prague warsaw kiev kyiv tiflis tbilisi baku odessa kazan samara siberia crimea ' +
    'petrograd stalingrad kronstadt brest genoa locarno rapallo munich zurich boston chicago moscow leningrad ' +
    'marxist marxism leninist leninism bolshevik bolsheviks menshevik mensheviks soviet soviets kulak kulaks nepmen ' +
    'january february march april june july august september october november december monday friday sunday ' +
    'christian church orthodox jewish tsarist tsarism'
  ).split(' '),
);

/** The closest name to a word (or null), by word: essays repeat their capitalised words. */
const closest = new WeakMap<Lexicon, Map<string, { c: Candidate; d: number } | null>>();

function closestName(lex: Lexicon, n: string): { c: Candidate; d: number } | null {
  let memo = closest.get(lex);
  if (!memo) closest.set(lex, (memo = new Map()));
  const known = memo.get(n);
  if (known !== undefined) return known;
  let best: { c: Candidate; d: number } | undefined;
  let tie = false;
  for (const c of candidates(lex)) {
    const w = c.word;
    if (w[0] !== n[0]) continue;
    // Derived words and truncations: "Trotskyist", "Stalingrad", "Tomsk".
    if (n.startsWith(w) || w.startsWith(n)) {
      best = undefined;
      tie = true;
      break;
    }
    const d = editDistance(n, w, 2);
    // (Two letters off only the name a figure goes by: "Uglanov", a real man, is not "Ulyanov", Lenin's birth name.)
    const ok = d === 1 || (d === 2 && c.primary && !WELL_KNOWN.has(n) && w.length >= 5 && Math.max(n.length, w.length) >= 6 && n[n.length - 1] === w[w.length - 1] && Math.abs(n.length - w.length) <= 1);
    if (!ok) continue;
    if (!best || d < best.d) {
      best = { c, d };
      tie = false;
    } else if (d === best.d && best.c.ent.id !== c.ent.id) tie = true;
  }
  const result = best && !tie ? best : null;
  if (memo.size >= 20000) memo.clear();
  memo.set(n, result);
  return result;
}

/**
 * The known name a capitalised word misspells ("Bukarin" → Bukharin), or null: real names,
 * aliases, words with digits and parts of hyphenated words are left alone.
 */
function misspeltAt(lex: Lexicon, tokens: readonly Token[], i: number): { c: Candidate; d: number } | null {
  const t = tokens[i];
  if (!t.w || t.t.length < 4 || !isCapitalised(t) || lex.nameWords.has(t.n) || lex.historianWords.has(t.n) || /\d/.test(t.n)) return null;
  // Part of a hyphenated word: leave it.
  if (tokens[i + 1]?.n === '-' && tokens[i + 1].s === t.e) return null;
  if (tokens[i - 1]?.n === '-' && tokens[i - 1].e === t.s) return null;
  const best = closestName(lex, t.n);
  return best && citedAuthor(lex, tokens, i) ? null : best;
}

const isYear = (t: Token | undefined): boolean => !!t && /^\d{4}$/.test(t.n);

/**
 * A historian's name, not a misspelled figure's: "Lewin (1968)", "(Lewin, 1968)", "Lewin et al.",
 * a bibliography's "Lewin, Moshe", or a full name "Moshe Lewin" (a capitalised first name the
 * packs do not know, inside a sentence).
 */
function citedAuthor(lex: Lexicon, tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (next?.n === '(' && isYear(tokens[i + 2])) return true;
  if (next?.n === ',' && (isYear(tokens[i + 2]) || (tokens[i + 2] && isCapitalised(tokens[i + 2]) && !lex.nameWords.has(tokens[i + 2].n) && tokens[i + 3]?.n === '.'))) return true;
  if (next?.n === 'et' && tokens[i + 2]?.n === 'al') return true;
  const prev = tokens[i - 1];
  const before = tokens[i - 2];
  if (!prev || !prev.w || !isCapitalised(prev) || lex.nameWords.has(prev.n)) return false;
  if (before && before.w && !/^[.!?]$/.test(before.n)) return true;
  // Opening a sentence too ("Moshe Lewin studied Lenin"), unless the word before is one that opens sentences ("Young Trotksy …").
  return prev.n.length >= 3 && !SENTENCE_OPENERS.has(prev.n);
}

/** Capitalised words that open sentences and are no one's first name. */
const SENTENCE_OPENERS = new Set(
  (
    'the and but for from with after before when while early young later then even only both comrade poor old general mr mrs dr ' +
    'this that these those his her their our its not yet how why what where who whom whose which did does was were are had has have ' +
    'unlike like although though because since until once however meanwhile thus hence indeed clearly finally first second third next last ' +
    'all many some most few several each every such same other another today here there now soon still also always never often perhaps ' +
    'eventually gradually nevertheless nonetheless furthermore moreover besides instead rather certainly surely just against despite during ' +
    'under over into onto upon between among without within through throughout toward towards about above below behind beyond ' +
    'dear brave clever brilliant great little wise mighty ailing dying dead exiled defeated victorious proud arrogant ruthless cunning ' +
    'let see note compare unlike whereas could would should might must will shall can may'
  ).split(' '),
);

/**
 * The person a misspelled capitalised word stands for ("Bukarin", "Trotski"), so that what the
 * sentence says of him is still checked; undefined for anything else.
 */
export function misspelledPerson(lex: Lexicon, tokens: readonly Token[], i: number): Entity | undefined {
  const best = misspeltAt(lex, tokens, i);
  // Two letters off a short name may be another man ("Uglanov" is not "Ulyanov"): a note, but no claims.
  if (best && best.d === 2 && tokens[i].n.length < 8) return undefined;
  return best && best.c.ent.kind === 'person' ? best.c.ent : undefined;
}

/** Misspelled names among the tokens; `mentions` (sorted, token ranges) are names already known. */
export function spellingFindings(lex: Lexicon, tokens: readonly Token[], mentions: readonly { t0: number; t1: number }[]): Finding[] {
  const out: Finding[] = [];
  let mi = 0;
  const mentionAt = (i: number): boolean => {
    while (mi < mentions.length && mentions[mi].t1 <= i) mi++;
    return mi < mentions.length && mentions[mi].t0 <= i;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (mentionAt(i)) continue;
    const best = misspeltAt(lex, tokens, i);
    if (!best) continue;
    const fix = best.c.written;
    out.push({
      code: 'name-spelling',
      start: t.s,
      end: t.e,
      message: `“${t.t}” looks like a misspelling of ${fix} (${best.c.ent.name}).`,
      severity: 'information',
      fixes: [{ title: `Change to “${fix}”`, edits: [{ start: t.s, end: t.e, text: fix }], preferred: true }],
    });
  }
  return out;
}
