/** What a format masker hands to the checker. */
export interface Block {
  /** Offsets into the original text (UTF-16 code units), end exclusive. */
  start: number;
  end: number;
  /** Inside a block quotation: someone else's words, so it makes no claims (names still get cards). */
  quoted?: boolean;
}

/** A `clio-disable…` / `clio-enable` comment found in the document. */
export interface Directive {
  kind: 'disable-next-line' | 'disable' | 'enable';
  /** Codes named; empty means every code. */
  codes: string[];
  /** 0-based line the comment sits on. */
  line: number;
}

export interface Prose {
  /**
   * The original text with everything that is not prose replaced by spaces (line breaks kept),
   * so offsets into it are offsets into the original.
   */
  masked: string;
  /** Paragraph-like units: sentences never cross a block. */
  blocks: Block[];
  directives: Directive[];
  /** The masked text of [from, to) (a block's text): without joining the whole document where the format can. */
  maskedSlice?(from: number, to: number): string;
  /** Markdown: the chunks the document was read in, so the next version can take them over, and where each starts. */
  chunks?: ChunkAt[];
  chunkStarts?: number[];
}

/** The prose of one Markdown chunk (a run of lines up to a blank line), offsets relative to it. */
export interface ChunkProse {
  masked: string;
  blocks: Block[];
  /** Directives with lines relative to the chunk. */
  directives: Directive[];
}

/** A chunk of a document and its prose (no offsets: the same object serves every version that has it). */
export interface ChunkAt {
  length: number;
  cp: ChunkProse;
  /** Line breaks in the chunk. */
  lines: number;
}

/** What an edit left alone: the common prefix and suffix of two versions, and the change in length. */
export interface EditRegion {
  prefix: number;
  suffix: number;
  delta: number;
}

const DIRECTIVE = /^\s*clio-(disable-next-line|disable|enable)\b([^\n]*)$/;

export function parseDirective(comment: string, line: number): Directive | undefined {
  const m = DIRECTIVE.exec(comment.trim());
  if (!m) return undefined;
  const codes = m[2]
    .trim()
    .split(/[\s,]+/)
    .filter((c) => /^[a-z][a-z-]*$/.test(c));
  return { kind: m[1] as Directive['kind'], codes, line };
}

/** A blank line (CRLF too) between two lines: where blocks of prose end. */
export const BLANK_LINE = /\n[ \t\r]*\n/;

/**
 * Blocks of a text: the runs of `masked` between blank lines. The blank lines are looked for in
 * `source` when given (LaTeX, whose paragraphs end at a blank line of the source: a line of "\hline"
 * or a comment, blank once masked, ends none).
 */
export function blocksByBlankLines(masked: string, from = 0, to = masked.length, source = masked): Block[] {
  const blocks: Block[] = [];
  const re = new RegExp(BLANK_LINE.source, 'g');
  re.lastIndex = from;
  let start = from;
  for (let m = re.exec(source); m && m.index < to; m = re.exec(source)) {
    pushBlock(blocks, masked, start, m.index);
    start = m.index + m[0].length;
  }
  pushBlock(blocks, masked, start, to);
  return blocks;
}

export function pushBlock(blocks: Block[], masked: string, start: number, end: number): void {
  while (start < end && /\s/.test(masked[start])) start++;
  while (end > start && /\s/.test(masked[end - 1])) end--;
  if (end > start) blocks.push({ start, end });
}

/** Line breaks in text[from, to). */
export function countNewlines(text: string, from = 0, to = text.length): number {
  let k = 0;
  for (let j = text.indexOf('\n', from); j !== -1 && j < to; j = text.indexOf('\n', j + 1)) k++;
  return k;
}
