/**
 * Citations. The year in "(Cohen, 1973)", "(Cohen 1973, p. 12)", "Deutscher (1959) argues" or a
 * numbered note "[12]" says when a book appeared, not when anything in the sentence happened:
 * read as a time, it would date the claim to 1973 and hide the error, or put 1973 in the message.
 * Nor are a person's life dates, "Trotsky (1879–1940)", the time of what the sentence says he did.
 * Their digits are marked as not words, so no time expression or date claim reads them.
 */
import type { Mention } from './lexicon';
import { isCapitalised, type Token } from './tokens';
import { monthOf } from './time';

/** Capitalised words that name events and bodies, not authors: "the Scissors Crisis (1923)". */
const NOT_AUTHORS = new Set(['congress', 'conference', 'plenum', 'crisis', 'revolution', 'war', 'treaty', 'purge', 'purges', 'rising', 'uprising', 'plan', 'trial', 'trials', 'party', 'committee', 'soviet', 'opposition', 'testament', 'constitution', 'decree', 'affair', 'mutiny', 'famine', 'collectivisation', 'collectivization', 'i', 'he', 'she', 'it', 'they', 'we']);
/** Words before a name that make it a thing written about, not an author: "the Kronstadt Rising". */
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'his', 'her', 'their', 'of']);
/** Page and volume marks after a year: "1973, p. 12", "1973, ch. 4". */
const PAGE_MARKS = new Set(['p', 'pp', 'ch', 'chap', 'vol', 'page', 'pages', 'n', 'fn']);

const isDigits = (t: Token | undefined): boolean => !!t && t.w && t.n.charCodeAt(0) >= 0x30 && t.n.charCodeAt(0) <= 0x39;

/** A capitalised word the knowledge base does not know, at i: an author's surname. */
function author(toks: readonly Token[], mentionAt: Int32Array, i: number): boolean {
  const t = toks[i];
  return !!t && t.w && isCapitalised(t) && mentionAt[i] < 0 && monthOf(t) === undefined && !NOT_AUTHORS.has(t.n) && !isDigits(t);
}

/** The author's name ends just before `k` (a year): "Cohen, 1973", "Carr and Davies 1969", "Daniels et al. 1960". */
function authorBefore(toks: readonly Token[], mentionAt: Int32Array, k: number): boolean {
  let p = k - 1;
  if (toks[p]?.n === ',') p--;
  if (toks[p]?.n === '.' && toks[p - 1]?.n === 'al' && toks[p - 2]?.n === 'et') return true;
  if (toks[p]?.n === 's' && toks[p - 1]?.n === "'") p -= 2;
  return author(toks, mentionAt, p);
}

/** Pages after the year at k: "1973: 200", "1973, p. 12". */
function pagesAfter(toks: readonly Token[], k: number): boolean {
  const next = toks[k + 1];
  if (next?.n === ':' && isDigits(toks[k + 2])) return true;
  return next?.n === ',' && PAGE_MARKS.has(toks[k + 2]?.n ?? '');
}

const LIFE_WORDS = new Set(['-', '–', '—', 'b', 'd', 'born', 'died', 'c', 'ca', '.', ',', '?']);

/**
 * Life dates just after a person's name: "(1879–1940)", "(b. 1888)", "(d. 1924)". Returns whether the
 * group is one, and the token of the year of death it gives, if it gives one for certain (-1 otherwise:
 * "(b. 1888)", "(c. 1870–1924)", "(1870–1924?)").
 */
function lifeDates(toks: readonly Token[], mentionAt: Int32Array, mentions: readonly Mention[], i: number, j: number): { life: boolean; death: number } {
  const none = { life: false, death: -1 };
  const before = mentionAt[i - 1];
  if (toks[i].n !== '(' || before === undefined || before < 0 || mentions[before].entity.kind !== 'person') return none;
  let year = false;
  let uncertain = false;
  let death = -1;
  const born = mentions[before].entity.born?.year;
  for (let k = i + 1; k < j; k++) {
    if (isDigits(toks[k])) {
      year ||= toks[k].n.length === 4;
      const prev = toks[k - 1].n;
      const dash = prev === '-' || prev === '–' || prev === '—';
      const died = prev === 'died' || (prev === '.' && toks[k - 2]?.n === 'd') || (prev === 'd' && k - 1 > i);
      // (A span after a name is his life only when it starts at his birth: "Lenin (1923–1929)" is a period.)
      const first = dash ? toks[k - 2] : undefined;
      const fromBirth = !!first && isDigits(first) && (born !== undefined ? Math.abs(Number(first.n) - born) <= 3 : Number(toks[k].n) - Number(first.n) >= 20);
      if (toks[k].n.length === 4 && (died || (dash && fromBirth))) death = k;
    } else if (!LIFE_WORDS.has(toks[k].n)) return none;
    else if (['c', 'ca', '?'].includes(toks[k].n)) uncertain = true;
  }
  return { life: year, death: year && !uncertain ? death : -1 };
}

/** Tokens (i, j) are capitalised words, an optional comma, a year and optional pages. */
function simpleCitation(toks: readonly Token[], i: number, j: number): boolean {
  let k = i + 1;
  const first = k;
  while (k < j && toks[k].w && isCapitalised(toks[k]) && !isDigits(toks[k]) && monthOf(toks[k]) === undefined) k++;
  if (k === first) return false;
  if (toks[k]?.n === ',') k++;
  if (!(k < j && isDigits(toks[k]) && toks[k].n.length === 4)) return false;
  k++;
  if (k === j) return true;
  if (toks[k].n === ':' && isDigits(toks[k + 1])) return true;
  return toks[k].n === ',' && PAGE_MARKS.has(toks[k + 1]?.n ?? '');
}

/** The group opened at i and closed at j is a citation. */
function isCitation(toks: readonly Token[], mentionAt: Int32Array, i: number, j: number): boolean {
  // A numbered note: "[12]", "[3, 4]", "[12–14]".
  if (toks[i].n === '[') {
    let digits = false;
    let only = true;
    for (let k = i + 1; k < j && only; k++) {
      if (isDigits(toks[k])) digits = true;
      else if (!(toks[k].n === ',' || toks[k].n === ';' || toks[k].n === '-' || toks[k].n === '–')) only = false;
    }
    if (digits && only) return true;
  }
  // Name and year and nothing else, at the end of a clause: "(Pravda, 1927)", "(Stalin 1927, p. 4)".
  // Even a name the knowledge base knows: it is who wrote, when they wrote.
  if (simpleCitation(toks, i, j) && [undefined, '.', ',', ';', ':', '!', '?'].includes(toks[j + 1]?.n)) return true;
  // Author and year inside: "(Cohen, 1973)", "(see Cohen 1973, p. 12)", "(1973: 200)".
  for (let k = i + 1; k < j; k++) {
    if (!isDigits(toks[k]) || toks[k].n.length !== 4) continue;
    if (authorBefore(toks, mentionAt, k) || pagesAfter(toks, k)) return true;
  }
  // A year just after an author's name: "Deutscher (1959) argues", "Cohen's (1973) study". Not
  // after a name the knowledge base knows ("Stalin (1878–1953)") or a named thing ("the Tenth Congress (1921)").
  if (toks[i].n === '(' && isDigits(toks[i + 1]) && toks[i + 1].n.length === 4) {
    let p = i - 1;
    if (toks[p]?.n === 's' && toks[p - 1]?.n === "'") p -= 2;
    // The whole capitalised run before the bracket: "Robert Service (2005)".
    let q = p;
    while (q > 0 && author(toks, mentionAt, q - 1)) q--;
    if (author(toks, mentionAt, p) && !DETERMINERS.has(toks[q - 1]?.n ?? '')) return true;
  }
  return false;
}

/**
 * Marks the digits of citations and life dates in a block's tokens as not words (replacing those tokens):
 * they date nothing in the sentence. `mentionAt` tells a name the knowledge base knows ("(Stalin, 1924)":
 * Stalin's, in 1924) from an author's. The years of death that life dates give are added to `deaths`
 * (token indices), to be checked.
 */
export function markCitations(toks: Token[], mentionAt: Int32Array, mentions: readonly Mention[], deaths?: number[]): void {
  for (let i = 0; i < toks.length; i++) {
    const open = toks[i].n;
    if (open !== '(' && open !== '[') continue;
    const close = open === '(' ? ')' : ']';
    let j = i + 1;
    while (j < toks.length && j - i <= 30 && toks[j].n !== close && toks[j].n !== '(' && toks[j].n !== '[') j++;
    if (toks[j]?.n !== close) continue;
    const life = isCitation(toks, mentionAt, i, j) ? undefined : lifeDates(toks, mentionAt, mentions, i, j);
    if (life?.death !== undefined && life.death >= 0) deaths?.push(life.death);
    if (!life || life.life) {
      for (let k = i + 1; k < j; k++) if (isDigits(toks[k])) toks[k] = { s: toks[k].s, e: toks[k].e, t: toks[k].t, n: toks[k].n, w: false };
    }
    i = j;
  }
}
