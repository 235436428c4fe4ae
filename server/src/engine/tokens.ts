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

const TOKEN_RE = /[\p{L}\p{M}\p{N}]+|[^\s]/gu;

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}

export function normaliseToken(t: string): string {
  let n = t.toLowerCase();
  if (!isAscii(n)) {
    n = n.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
    n = n.replace(/[’‘`´]/g, "'").replace(/[“”„«»]/g, '"').replace(/[—―]/g, '—').replace(/[‐‑]/g, '-');
  }
  return n;
}

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  TOKEN_RE.lastIndex = from;
  const slice = from === 0 && to === text.length ? text : text.slice(0, to);
  for (let m = TOKEN_RE.exec(slice); m; m = TOKEN_RE.exec(slice)) {
    const t = m[0];
    const c = t.charCodeAt(0);
    // ASCII letters and digits decide at once; lone surrogates never make a word.
    const w = (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c > 0x7f && !(c >= 0xd800 && c <= 0xdfff && t.length === 1) && /[\p{L}\p{N}]/u.test(t));
    out.push({ s: m.index, e: m.index + t.length, t, n: normaliseToken(t), w });
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
