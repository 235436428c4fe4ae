/**
 * A fast path for the common block syntax of essays: ATX headings and simple lists (one level,
 * one kind of marker), each heading and item holding one paragraph of inline-only text. It masks
 * the markers and runs the inline fast path on each paragraph; anything else (block quotes,
 * nesting, indented code, setext headings, lists interrupting a paragraph, tabs, HTML) is
 * declined (undefined) and goes to the CommonMark parser. A property test holds it to the parser.
 */
import { inlineMask } from './inline';
import { pushBlock, type Block } from './types';

const HEADING = /^( {0,3})(#{1,6})(?:[ ]+|$)/;
/** A list marker at the very start of a line, then spaces, then content. */
const ITEM = /^([-+*]|\d{1,9}[.)])( +)(?=\S)/;
/** Anything that looks like a list marker (possibly indented, possibly empty): only ITEM is taken. */
const ITEMISH = /^ {0,3}([-+*]|\d{1,9}[.)])( |$)/;
const OTHER_BLOCK = /^ {0,3}(>|```|~~~|(=+|-+) *$)|^ {0,3}([-*_])( *\3){2,} *$/;

interface Para {
  from: number;
  to: number;
  /** Where the block starts (a heading's block starts at its first '#'). */
  blockFrom: number;
  /** Where the block ends (a heading's block takes in its closing '#'s). */
  blockTo: number;
}

export function simpleBlocksMask(chunk: string): { mask: Uint8Array; blocks: Block[] } | undefined {
  // eslint-disable-next-line no-control-regex
  if (/[<\\\t]|[\u0000-\u0008\u000b\u000c\u000e-\u001f]|\r(?!\n)/.test(chunk)) return undefined;
  const n = chunk.length;
  const mask = new Uint8Array(n);
  const paras: Para[] = [];
  let cur: (Para & { item: boolean }) | null = null;
  let marker = '';
  let seenContent = false;
  let afterBlank = false;
  for (let ls = 0; ls < n; ) {
    const nl = chunk.indexOf('\n', ls);
    const next = nl < 0 ? n : nl + 1;
    let le = nl < 0 ? n : nl;
    if (le > ls && chunk.charCodeAt(le - 1) === 13) le--;
    const line = chunk.slice(ls, le);
    if (!line.trim()) {
      // Blank lines only before or after the content: one chunk is one run of lines.
      if (seenContent) afterBlank = true;
      ls = next;
      continue;
    }
    if (afterBlank) return undefined;
    seenContent = true;
    if (OTHER_BLOCK.test(line)) return undefined;
    const h = HEADING.exec(line);
    if (h) {
      let end = line.length;
      while (end > 0 && line[end - 1] === ' ') end--;
      // An optional closing sequence of '#'s after a space.
      let k = end;
      while (k > 0 && line[k - 1] === '#') k--;
      if (k < end && (k === 0 || line[k - 1] === ' ')) {
        end = k;
        while (end > 0 && line[end - 1] === ' ') end--;
      }
      const from = h[0].length;
      if (end <= from) return undefined;
      paras.push({ from: ls + from, to: ls + end, blockFrom: ls + h[1].length, blockTo: le });
      mask.fill(1, ls, ls + from);
      mask.fill(1, ls + end, le);
      if (cur) paras.push(cur);
      cur = null;
      ls = next;
      continue;
    }
    const it = ITEM.exec(line);
    if (it) {
      // An item after a plain paragraph may be its continuation: the parser's rules decide.
      if (cur && !cur.item) return undefined;
      if (it[2].length > 4) return undefined; // indented code inside the item
      const kind = /\d/.test(it[1][0]) ? it[1].slice(-1) : it[1];
      if (marker && kind !== marker) return undefined;
      marker = kind;
      const from = it[0].length;
      mask.fill(1, ls, ls + from);
      if (cur) paras.push(cur);
      cur = { from: ls + from, to: le, blockFrom: ls + from, blockTo: -1, item: true };
      ls = next;
      continue;
    }
    if (ITEMISH.test(line)) return undefined;
    if (cur) cur.to = le;
    else {
      const indent = line.length - line.trimStart().length;
      if (indent > 3) return undefined;
      cur = { from: ls + indent, to: le, blockFrom: ls + indent, blockTo: -1, item: false };
    }
    ls = next;
  }
  if (cur) paras.push(cur);
  paras.sort((a, b) => a.from - b.from);
  const blocks: Block[] = [];
  for (const p of paras) {
    const local = inlineMask(chunk.slice(p.from, p.to));
    if (!local) return undefined;
    for (let i = 0; i < local.length; i++) if (local[i]) mask[p.from + i] = 1;
    pushBlock(blocks, chunk, p.blockFrom, p.blockTo < 0 ? p.to : p.blockTo);
  }
  return { mask, blocks };
}
