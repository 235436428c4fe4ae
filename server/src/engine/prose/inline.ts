/**
 * A fast path for the commonest Markdown paragraph: one paragraph whose only syntax is inline
 * emphasis, code spans and inline links. It masks exactly what the CommonMark parser's tree
 * leaves out of its text nodes (delimiters, code spans, link brackets and destinations), and
 * declines (returns undefined) anything else, which then goes to the real parser. A property
 * test checks it against mdast-util-from-markdown on random input and on every essay we have.
 */

const ASCII_PUNCT = /[!-/:-@[-`{-~]/;
const UNICODE_PUNCT = /[\p{P}\p{S}]/u;
const isPunct = (c: string | undefined): boolean => !!c && (ASCII_PUNCT.test(c) || UNICODE_PUNCT.test(c));
const isSpace = (c: string | undefined): boolean => c === undefined || /\s/u.test(c);

/** Block syntax, HTML, escapes, images, references or autolinks: the real parser decides. */
const DECLINE = new RegExp(
  [
    '[<\\\\]', // HTML, autolinks, escapes
    '!\\[', // images
    '\\]:', // reference definitions
    '\\[\\]',
    '(^|\\n)( {4}|\\t)', // indented code
    '(^|\\n) {0,3}[-+*](\\s|$)', // bullet lists
    '(^|\\n) {0,3}\\d{1,9}[.)](\\s|$)', // ordered lists
    '(^|\\n) {0,3}#{1,6}(\\s|$)', // headings
    '(^|\\n) {0,3}>', // block quotes
    '(^|\\n) {0,3}(```|~~~)', // fences
    '(^|\\n) {0,3}(?<tb>[-*_])( *\\k<tb>){2,} *\\r?($|\\n)', // thematic breaks
    '\\n[ \\t\\r]*\\n', // more than one paragraph
    '[*_]{3}|\\*_|_\\*', // long or mixed delimiter runs: the parser's rules are subtle there
    '[\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f]',
  ].join('|'),
);

interface Delim {
  ch: '*' | '_';
  start: number;
  len: number;
  orig: number;
  open: boolean;
  close: boolean;
  /** Characters already used from the start (closer side) of the run. */
  usedStart: number;
  /** 0 outside links, else which link's text the run is in: emphasis never crosses a link's text. */
  region: number;
}

export function inlineOnlyMask(chunk: string): string | undefined {
  const mask = inlineMask(chunk);
  return mask && applyMask(chunk, mask);
}

/** The text with every position the mask marks (1) replaced by a space; line breaks are kept. */
export function applyMask(text: string, mask: Uint8Array): string {
  let out = '';
  let i = 0;
  const n = text.length;
  while (i < n) {
    let j = i;
    while (j < n && !mask[j]) j++;
    out += text.slice(i, j);
    if (j >= n) break;
    let k = j;
    while (k < n && mask[k]) {
      const c = text.charCodeAt(k);
      if (c === 10 || c === 13) break;
      k++;
    }
    if (k > j) out += ' '.repeat(k - j);
    else out += text[k++];
    i = k;
  }
  return out;
}

/** Which positions of one paragraph's text are syntax, not prose (1); undefined: let the parser decide. */
export function inlineMask(chunk: string): Uint8Array | undefined {
  const body = chunk.replace(/\r?\n$/, '').replace(/\n$/, '');
  if (DECLINE.test(body) || /[^\n]\n[ \t]*[-=]+[ \t]*\r?$/m.test(body)) return undefined;
  const n = chunk.length;
  const mask = new Uint8Array(n); // 1 = not prose
  const code = new Uint8Array(n); // inside a code span
  // 1. Code spans: a run of n backticks up to the next run of exactly n.
  for (let i = 0; i < n; ) {
    if (chunk[i] !== '`') {
      i++;
      continue;
    }
    let j = i;
    while (chunk[j] === '`') j++;
    const len = j - i;
    let k = j;
    let close = -1;
    while (k < n) {
      if (chunk[k] === '`') {
        let m = k;
        while (chunk[m] === '`') m++;
        if (m - k === len) {
          close = k;
          break;
        }
        k = m;
      } else k++;
    }
    if (close < 0) {
      i = j;
      continue;
    }
    mask.fill(1, i, close + len);
    code.fill(1, i, close + len);
    i = close + len;
  }
  // 2. Inline links [text](destination "title"): brackets and destination are not prose.
  const openers: number[] = [];
  const linkText = new Uint16Array(n);
  let links = 0;
  for (let i = 0; i < n; i++) {
    if (code[i]) continue;
    const c = chunk[i];
    if (c === '[') openers.push(i);
    else if (c === ']' && openers.length) {
      const o = openers.pop()!;
      if (chunk[i + 1] !== '(') {
        // A bracket pair that is not a link: nothing to mask; nested brackets are too uncertain.
        if (openers.length) return undefined;
        continue;
      }
      const end = linkTail(chunk, i + 2);
      if (end < 0) return undefined;
      if (openers.length) return undefined; // a link inside brackets: leave it to the parser
      for (let k = i; k < end; k++) if (code[k]) return undefined; // a code span in the destination
      for (let k = o + 1; k < i; k++) if (linkText[k]) return undefined;
      mask[o] = 1;
      mask.fill(1, i, end);
      linkText.fill(++links, o + 1, i);
      i = end - 1;
    }
  }
  if (openers.length && openers.some((o) => chunk.indexOf(']', o) > o)) return undefined;
  // 3. Emphasis: CommonMark delimiter runs, matched with the standard algorithm.
  const delims: Delim[] = [];
  for (let i = 0; i < n; ) {
    const c = chunk[i];
    if ((c !== '*' && c !== '_') || code[i] || mask[i]) {
      i++;
      continue;
    }
    let j = i;
    while (chunk[j] === c && !code[j] && !mask[j]) j++;
    const before = i > 0 ? chunk[i - 1] : undefined;
    const after = j < n ? chunk[j] : undefined;
    const left = !isSpace(after) && (!isPunct(after) || isSpace(before) || isPunct(before));
    const right = !isSpace(before) && (!isPunct(before) || isSpace(after) || isPunct(after));
    const open = c === '*' ? left : left && (!right || isPunct(before));
    const close = c === '*' ? right : right && (!left || isPunct(after));
    delims.push({ ch: c as '*' | '_', start: i, len: j - i, orig: j - i, open, close, usedStart: 0, region: linkText[i] });
    i = j;
  }
  // Very many delimiters: the parser's linear algorithm is the better bet.
  if (delims.length > 200) return undefined;
  processEmphasis(delims, mask);
  return mask;
}

/** After "](": the destination, optional title and ")"; the index after ")" or -1. */
function linkTail(s: string, i: number): number {
  const n = s.length;
  while (i < n && (s[i] === ' ' || s[i] === '\n')) i++;
  if (s[i] === '<') return -1;
  let depth = 0;
  while (i < n) {
    const c = s[i];
    if (c === '(') depth++;
    else if (c === ')') {
      if (depth === 0) break;
      depth--;
    } else if (/\s/.test(c)) break;
    i++;
  }
  if (depth !== 0) return -1;
  while (i < n && (s[i] === ' ' || s[i] === '\n')) i++;
  if (s[i] === '"' || s[i] === "'") {
    const q = s[i];
    const end = s.indexOf(q, i + 1);
    if (end < 0) return -1;
    i = end + 1;
    while (i < n && (s[i] === ' ' || s[i] === '\n')) i++;
  }
  return s[i] === ')' ? i + 1 : -1;
}

function processEmphasis(delims: Delim[], mask: Uint8Array): void {
  let c = 0;
  while (c < delims.length) {
    const closer = delims[c];
    if (!closer.close || closer.len === 0) {
      c++;
      continue;
    }
    let o = c - 1;
    for (; o >= 0; o--) {
      const op = delims[o];
      if (op.ch !== closer.ch || !op.open || op.len === 0 || op.region !== closer.region) continue;
      // The "multiple of 3" rule, on the sizes left (as micromark applies it).
      const oddMatch = (op.close || closer.open) && (op.len + closer.len) % 3 === 0 && !(op.len % 3 === 0 && closer.len % 3 === 0);
      if (!oddMatch) break;
    }
    if (o >= 0) {
      const op = delims[o];
      const use = op.len >= 2 && closer.len >= 2 ? 2 : 1;
      // The opener gives up its innermost characters, the closer its first ones.
      mask.fill(1, op.start + op.len - use, op.start + op.len);
      mask.fill(1, closer.start + closer.usedStart, closer.start + closer.usedStart + use);
      op.len -= use;
      closer.len -= use;
      closer.usedStart += use;
      // Delimiters between them can no longer match anything.
      delims.splice(o + 1, c - o - 1);
      c = o + 1;
      if (op.len === 0) {
        delims.splice(o, 1);
        c = o;
      }
      if (closer.len === 0) {
        delims.splice(c, 1);
      }
    } else {
      if (!closer.open) delims.splice(c, 1);
      else c++;
    }
  }
}
