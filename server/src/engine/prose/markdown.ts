/**
 * Markdown → prose. The document is cut at blank lines outside fenced code and HTML blocks.
 * Each chunk takes a fast path (plain paragraphs; inline emphasis, code and links; headings and
 * simple lists), held to the real CommonMark parser (mdast-util-from-markdown) by property tests,
 * or is parsed by it and memoised by its text. An edit re-reads only the chunks it touched: the
 * rest are taken over from the previous version. Only text nodes are prose: code, inline code,
 * HTML, link destinations, images, bare URLs and ~~struck-out~~ text are masked.
 */
import type { Nodes, Parents } from 'mdast';
import { BLANK_LINE, countNewlines, parseDirective, pushBlock, type Block, type ChunkAt, type ChunkProse, type Directive, type EditRegion, type Prose } from './types';
import { maskControl } from './plaintext';
import { Memo } from '../memo';
import { lastAtOrBefore } from '../sorted';
import { applyMask } from './inline';
import { simpleBlocksMask } from './mdblocks';

const chunkMemo = new Memo<string, ChunkProse>(4000, 2_000_000, (k) => k.length);

/** Forget every memoised chunk (the server calls this when no document is open). */
export function clearMarkdownCache(): void {
  chunkMemo.clear();
}

/** Chunks memoised now (for tests and the server's stats). */
export function markdownCacheSize(): number {
  return chunkMemo.size;
}
const URL_RE = /\b(?:https?:\/\/|www\.)[^\s<>()]+/g;

function chunkAt(text: string, start: number, end: number): ChunkAt {
  const chunkText = text.slice(start, end);
  const cp = parseChunk(chunkText);
  return { length: end - start, cp: chunkText.includes('[[') ? { ...cp, masked: maskWikiLinks(cp.masked) } : cp, lines: countNewlines(chunkText) };
}

/**
 * The prose of a Markdown document. With the previous version's prose and the edited region,
 * the chunks before and after the edit are taken over without reading them again.
 */
export function markdownProse(text: string, previous?: { prose: Prose; region: EditRegion }): Prose {
  const chunks: ChunkAt[] = [];
  const old = previous?.prose.chunks;
  const oldStarts = previous?.prose.chunkStarts;
  if (old && oldStarts && previous) {
    const { prefix, suffix, delta } = previous.region;
    // Chunks are contiguous: chunk i ends where chunk i + 1 starts.
    const oldEnd = (i: number): number => (i + 1 < oldStarts.length ? oldStarts[i + 1] : oldStarts[i] + old[i].length);
    let k = 0;
    while (k < old.length && oldEnd(k) <= prefix) chunks.push(old[k++]);
    // Split again from the last chunk taken over, until a boundary meets an old one in the unchanged tail.
    const tailFrom = text.length - suffix;
    let resync = -1;
    let j = k;
    for (const [start, end] of splitChunks(text, k ? oldEnd(k - 1) : 0)) {
      chunks.push(chunkAt(text, start, end));
      if (end >= tailFrom && end < text.length) {
        while (j < old.length && oldStarts[j] < end - delta) j++;
        if (j < old.length && oldStarts[j] === end - delta) {
          resync = j;
          break;
        }
      }
    }
    // The chunks after the edit are the old ones (they carry no offsets, so nothing to shift).
    if (resync >= 0) for (let i = resync; i < old.length; i++) chunks.push(old[i]);
  } else {
    for (const [start, end] of splitChunks(text)) chunks.push(chunkAt(text, start, end));
  }
  const blocks: Block[] = [];
  const directives: Directive[] = [];
  const chunkStarts: number[] = new Array(chunks.length);
  let line = 0;
  let start = 0;
  for (let i = 0; i < chunks.length; i++) {
    const c = chunks[i];
    const cp = c.cp;
    chunkStarts[i] = start;
    for (const b of cp.blocks) blocks.push(b.quoted ? { start: b.start + start, end: b.end + start, quoted: true } : { start: b.start + start, end: b.end + start });
    for (const d of cp.directives) directives.push({ ...d, line: d.line + line });
    line += c.lines;
    start += c.length;
  }
  let masked: string | undefined;
  return {
    // Text between chunks (blank lines) is masked as is: it is only white space. Joined on first use.
    get masked(): string {
      return (masked ??= chunks.map((c) => c.cp.masked).join(''));
    },
    maskedSlice(from: number, to: number): string {
      // A block lies within one chunk: the last chunk starting at or before it.
      const lo = lastAtOrBefore(chunkStarts, from);
      const at = chunkStarts[lo];
      return to - at <= chunks[lo].length ? chunks[lo].cp.masked.slice(from - at, to - at) : this.masked.slice(from, to);
    },
    blocks,
    directives,
    chunks,
    chunkStarts,
  };
}

/**
 * Chunks cover the whole text; each ends after a blank line that is outside code fences and HTML
 * comments. Splitting starts at `from`: 0, or the end of a chunk, where its state is always clean.
 */
function* splitChunks(text: string, from = 0): Generator<[number, number]> {
  let start = from;
  let fence: string | null = null;
  let inComment = false;
  let pos = from;
  // At the end of a chunk the line before was blank.
  let prevBlank = from > 0;
  let any = false;
  // Front matter (a leading --- … --- block) is a run of lines like any other; parseChunkWithParser masks it.
  while (pos <= text.length) {
    const nl = text.indexOf('\n', pos);
    const lineEnd = nl === -1 ? text.length : nl;
    const lineText = text.slice(pos, lineEnd);
    const next = nl === -1 ? text.length : nl + 1;
    if (fence) {
      if (new RegExp('^ {0,3}' + fence[0] + '{' + fence.length + ',}\\s*$').test(lineText)) fence = null;
    } else if (inComment) {
      if (lineText.includes('-->')) inComment = false;
    } else {
      const f = /^ {0,3}(`{3,}|~{3,})/.exec(lineText);
      if (f) fence = f[1];
      else if (lineText.includes('<!--') && !lineText.slice(lineText.lastIndexOf('<!--')).includes('-->')) inComment = true;
      const blank = lineText.trim() === '';
      if (blank && !prevBlank && pos > start) {
        any = true;
        yield [start, next];
        start = next;
      }
      prevBlank = blank;
    }
    if (nl === -1) break;
    pos = next;
  }
  if (start < text.length || (!any && from === 0)) yield [start, text.length];
}

/**
 * A chunk with nothing a Markdown parser would change (no emphasis, code, links, HTML,
 * escapes, entities, and no block markers at line starts) is one paragraph of plain prose.
 * Most essay paragraphs are like that; they skip the parser.
 */
const INLINE_SYNTAX = /[`*_<>\\&~|!]|\]\(|\]\[|\]:|https?:|www\./;
const BLOCK_START = /(^|\n)( {4}|\t| {0,3}([-+*>#=|]|\d+[.)]))/;
function isPlainParagraph(chunk: string): boolean {
  return !INLINE_SYNTAX.test(chunk) && !BLOCK_START.test(chunk) && !BLANK_LINE.test(chunk.trim());
}

/**
 * Wiki links (Obsidian, Foam, many wikis) are not CommonMark: the parser leaves "[[Bukharin]]" as
 * text, and its brackets would read as a parenthesis. Their brackets, and the target before an
 * alias's "|", are masked; the words shown stay.
 */
const WIKI_LINK = /\[\[([^[\]\n|]+\|)?[^[\]\n|]+\]\]/g;
function maskWikiLinks(masked: string): string {
  return masked.replace(WIKI_LINK, (m, target: string | undefined) => `  ${' '.repeat(target?.length ?? 0)}${m.slice(2 + (target?.length ?? 0), -2)}  `);
}

/**
 * A chunk's prose: the fast paths, else the parser (whose results are memoised: it is slow).
 * (Wiki links are read by the caller, on either path: this is what the property test holds to the parser.)
 */
export function parseChunk(chunk: string): ChunkProse {
  if (isPlainParagraph(chunk)) {
    const blocks: Block[] = [];
    pushBlock(blocks, chunk, 0, chunk.length);
    return { masked: maskControl(chunk), blocks, directives: [] };
  }
  const simple = simpleBlocksMask(chunk);
  if (simple) return { masked: maskedText(chunk, simple.mask), blocks: simple.blocks, directives: [] };
  let cp = chunkMemo.get(chunk);
  if (!cp) {
    cp = parseChunkWithParser(chunk);
    chunkMemo.set(chunk, cp);
  }
  return cp;
}

const CALLOUT = /^>\s*\[![\w-]+\]/;
/**
 * A box the writer labels as their own words ("> **Fact:** …", "> **Model answer:** …", "> **Myth:** …"):
 * a teacher's or reviser's panel, not a quotation. A source's label ("> **Source A:**") is not among them.
 */
const OWN_BOX =
  /^(?:>\s*)*(?:\*\*|__|\*|_)?(?:(?:key |the |quick |fun )?facts?|myths?|(?:common )?misconceptions?|reality|(?:the )?truth|corrections?|correct(?:ed)?(?: version)?|(?:model|sample|example|suggested|possible|short|my) answer|answer|mark scheme|key points?|remember|nb|n\.b\.|note|tip|(?:exam|top|revision) tip|summary|in summary|definition|key (?:terms?|idea|ideas)|did you know\??|takeaway|verdict|conclusion|in fact|actually|explanation|why it matters)\s*(?::|(?:\*\*|__|\*|_)\s*[:\u2013\u2014-])/i;
/** A bold line alone that heads such a box: "> **KEY FACTS BOX**", "> **Key dates to memorise**". */
const OWN_BOX_HEAD = /^(?:>\s*)*(\*\*|__)([^*_\n]+)\1\s*(?:\n|$)/;
const OWN_BOX_WORDS = /\b(?:key (?:facts?|dates?|points?|terms?|ideas?|people|events)|facts?|myths?|misconceptions?|(?:model|sample) answer|remember|(?:exam|top|revision) tips?|summary|did you know|takeaways?|must know)\b/i;
function ownBox(text: string): boolean {
  if (OWN_BOX.test(text)) return true;
  const head = OWN_BOX_HEAD.exec(text);
  return !!head && OWN_BOX_WORDS.test(head[2]);
}

/** The real CommonMark parser; exported for the test that holds the fast paths to it. */
export function parseChunkWithParser(chunk: string): ChunkProse {
  const mask = new Uint8Array(chunk.length).fill(1); // 1 = not prose: text nodes clear it
  const blocks: Block[] = [];
  const directives: Directive[] = [];
  if (/^---\r?\n/.test(chunk) && /\n---\s*$/.test(chunk.trimEnd() + '\n')) {
    // YAML front matter: not prose.
    return { masked: chunk.replace(/[^\n]/g, ' '), blocks: [], directives: [] };
  }
  let tree: Nodes;
  try {
    // The parser loads on the first paragraph that needs it.
    tree = (require('mdast-util-from-markdown') as typeof import('mdast-util-from-markdown')).fromMarkdown(chunk);
  } catch {
    // The parser never should throw; if it does, treat the chunk as plain prose.
    return { masked: maskControl(chunk), blocks: [{ start: 0, end: chunk.length }], directives: [] };
  }
  const lineOf = (offset: number): number => countNewlines(chunk, 0, offset);
  let quoteDepth = 0;
  const walk = (node: Nodes): void => {
    const p = node.position;
    switch (node.type) {
      case 'text':
        if (p?.start.offset !== undefined && p.end.offset !== undefined) mask.fill(0, p.start.offset, p.end.offset);
        return;
      case 'html': {
        const re = /<!--([\s\S]*?)-->/g;
        for (let m = re.exec(node.value); m; m = re.exec(node.value)) {
          const d = parseDirective(m[1], lineOf((p?.start.offset ?? 0) + m.index));
          if (d) directives.push(d);
        }
        return;
      }
      case 'code':
      case 'inlineCode':
      case 'image':
      case 'imageReference':
      case 'definition':
      case 'thematicBreak':
        return;
      case 'paragraph':
      case 'heading':
        if (p?.start.offset !== undefined && p.end.offset !== undefined) {
          const before = blocks.length;
          pushBlock(blocks, chunk, p.start.offset, p.end.offset);
          if (quoteDepth > 0 && blocks.length > before && !(node.type === 'paragraph' && ownBox(chunk.slice(p.start.offset, p.end.offset))))
            blocks[blocks.length - 1].quoted = true;
        }
        break;
      case 'blockquote': {
        // A callout ("> [!note] …", Obsidian and GitHub) is the writer's own note, not a quotation.
        const text = p?.start.offset !== undefined ? chunk.slice(p.start.offset, p.end.offset) : '';
        const callout = CALLOUT.test(text) || ownBox(text);
        if (!callout) quoteDepth++;
        for (const c of node.children) walk(c as Nodes);
        if (!callout) quoteDepth--;
        return;
      }
      default:
        break;
    }
    if ('children' in node) for (const c of (node as Parents).children) walk(c as Nodes);
  };
  walk(tree);
  return { masked: maskedText(chunk, mask), blocks, directives };
}

/** GFM strikethrough: struck-out words are withdrawn, not claimed ("Trotsky was ~~General Secretary~~ War Commissar"). */
const STRUCK_RE = /~~(?=[^\s~])[^\n]*?[^\s~]~~/g;

/** The chunk with what the mask marks (1: not prose), control characters, bare URLs and struck-out text blanked. */
function maskedText(chunk: string, mask: Uint8Array): string {
  const blank = (u: string): string => ' '.repeat(u.length);
  return maskControl(applyMask(chunk, mask)).replace(URL_RE, blank).replace(STRUCK_RE, blank);
}
