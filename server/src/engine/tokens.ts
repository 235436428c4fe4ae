/** Words and punctuation of a piece of masked prose, with offsets into the original text. */
export interface Token {
  /** Start and end offsets (UTF-16), end exclusive. */
  s: number;
  e: number;
  /** The text as written. */
  t: string;
  /** Normalised: lower case, diacritics folded, curly quotes straightened. */
  n: string;
  /** A word (letters or digits), as opposed to punctuation. */
  w: boolean;
}

/** Letters, marks and digits make words (by code point, so astral letters count). */
const WORD_CP = /^[\p{L}\p{M}\p{N}]$/u;
const SPACE_CP = /^\s$/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}

export function normaliseToken(t: string): string {
  let n = t.toLowerCase();
  if (!isAscii(n)) {
    n = n.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
    n = n.replace(/[\u2018\u2019`\u00b4]/g, "'").replace(/[\u201c\u201d\u201e\u00ab\u00bb]/g, '"').replace(/[\u2014\u2015]/g, '\u2014').replace(/[\u2010\u2011]/g, '-');
  }
  return n;
}

/** 0: white space, 1: part of a word, 2: a character of its own (punctuation, symbols). */
function classOf(text: string, i: number, c: number): number {
  if (c < 0x80) {
    if ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) return 1;
    return c === 0x20 || (c >= 0x09 && c <= 0x0d) ? 0 : 2;
  }
  const ch = String.fromCodePoint(text.codePointAt(i)!);
  return WORD_CP.test(ch) ? 1 : SPACE_CP.test(ch) ? 0 : 2;
}

/** Single-character tokens (punctuation) and their normal forms are shared, not made afresh for every occurrence. */
const punct = new Map<string, { t: string; n: string }>();

/** UTF-16 units of the code point at i (2 for a surrogate pair that ends before `to`). */
function cpWidth(text: string, i: number, c: number, to: number): number {
  return c >= 0xd800 && c <= 0xdbff && i + 1 < to && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
}

/**
 * Words (runs of letters, marks and digits) and single other characters, with offsets; the same
 * tokens as the pattern /[\p{L}\p{M}\p{N}]+|[^\s]/gu, in one pass without a regular expression.
 */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    const width = cpWidth(text, i, c, to);
    const k = classOf(text, i, c);
    if (k === 0) {
      i += width;
      continue;
    }
    if (k === 2) {
      const raw = text.slice(i, i + width);
      let p = punct.get(raw);
      if (p === undefined) {
        p = { t: raw, n: normaliseToken(raw) };
        if (punct.size < 1000) punct.set(raw, p);
      }
      out.push({ s: i, e: i + width, t: p.t, n: p.n, w: false });
      i += width;
      continue;
    }
    const s = i;
    let ascii = c < 0x80;
    let upper = c >= 0x41 && c <= 0x5a;
    i += width;
    while (i < to) {
      const d = text.charCodeAt(i);
      if (d < 0x80) {
        if ((d >= 0x61 && d <= 0x7a) || (d >= 0x30 && d <= 0x39)) i++;
        else if (d >= 0x41 && d <= 0x5a) {
          upper = true;
          i++;
        } else break;
      } else {
        const w = cpWidth(text, i, d, to);
        if (classOf(text, i, d) !== 1) break;
        ascii = false;
        i += w;
      }
    }
    const t = text.slice(s, i);
    const n = ascii ? (upper ? t.toLowerCase() : t) : normaliseToken(t);
    // ASCII letters and digits decide at once; a word of marks alone is not a word.
    const w = c < 0x80 || LETTER_OR_DIGIT.test(t);
    out.push({ s, e: i, t, n, w });
  }
  return out;
}

const phraseCache = new Map<string, string[]>();
/** Tokens of a phrase from a pack, normalised, for matching (memoised: phrases come from a fixed vocabulary). */
export function phraseTokens(phrase: string): string[] {
  let toks = phraseCache.get(phrase);
  if (!toks) {
    toks = tokenize(phrase).map((t) => t.n);
    if (phraseCache.size > 50000) phraseCache.clear();
    phraseCache.set(phrase, toks);
  }
  return toks;
}

export function isCapitalised(t: Token): boolean {
  const c = t.t[0];
  return c !== c.toLowerCase() && c === c.toUpperCase();
}
