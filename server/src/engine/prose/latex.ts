/**
 * LaTeX → prose. A small scanner: comments, math, verbatim-like environments and the
 * arguments of non-prose commands (\cite, \ref, \label, \url, \includegraphics, …) are masked;
 * the arguments of prose commands (\emph, \textbf, \section, \footnote, …) stay prose.
 */
import { blocksByBlankLines, countNewlines, parseDirective, type Block, type Directive, type Prose } from './types';
import { maskControl } from './plaintext';

const PROSE_ARG = new Set([
  'emph', 'textit', 'textbf', 'textsl', 'textsc', 'textup', 'textrm', 'textsf', 'texttt', 'underline', 'uline', 'enquote', 'mbox', 'text',
  'section', 'subsection', 'subsubsection', 'chapter', 'part', 'paragraph', 'subparagraph', 'title', 'caption', 'footnote', 'marginpar', 'item',
]);
const NOTES = new Set(['footnote', 'marginpar']);
const SECTIONING = new Set(['section', 'subsection', 'subsubsection', 'chapter', 'part', 'paragraph', 'subparagraph', 'title', 'item']);
const HREF_LIKE = new Set(['href']);
const NON_PROSE_ENVS = new Set([
  'equation', 'equation*', 'align', 'align*', 'math', 'displaymath', 'eqnarray', 'eqnarray*', 'gather', 'gather*', 'multline', 'multline*',
  'verbatim', 'verbatim*', 'lstlisting', 'minted', 'comment', 'tikzpicture', 'figure*',
]);

const TABLE_ENVS = new Set(['tabular', 'tabular*', 'tabularx', 'longtable', 'tabulary']);
const QUOTE_ENVS = new Set(['quote', 'quotation', 'displayquote', 'verse']);

export function latexProse(text: string): Prose {
  const quoteStarts: number[] = [];
  const quoteRanges: [number, number][] = [];
  const n = text.length;
  const out = text.split('');
  const directives: Directive[] = [];
  const boundaries: number[] = [];
  const mask = (a: number, b: number): void => {
    for (let i = a; i < b && i < n; i++) if (out[i] !== '\n' && out[i] !== '\r') out[i] = ' ';
  };
  let line = 0;
  let i = 0;
  // Matching closing brace of a group that starts at `open` ('{' or '['); returns index of the closer.
  const closeOf = (open: number): number => {
    const o = text[open];
    const c = o === '{' ? '}' : ']';
    let depth = 0;
    for (let j = open; j < n; j++) {
      const ch = text[j];
      if (ch === '\\') {
        j++;
        continue;
      }
      if (ch === '%') {
        const nl = text.indexOf('\n', j);
        if (nl === -1) return n - 1;
        j = nl;
        continue;
      }
      if (ch === o) depth++;
      else if (ch === c) {
        depth--;
        if (depth === 0) return j;
      }
      if (o === '[' && ch === '\n' && text[j + 1] === '\n') return j; // an unclosed option never spans paragraphs
    }
    return n - 1;
  };
  const skipSpaces = (j: number): number => {
    while (j < n && (text[j] === ' ' || text[j] === '\t')) j++;
    return j;
  };
  while (i < n) {
    const ch = text[i];
    if (ch === '\n') {
      line++;
      i++;
      continue;
    }
    if (ch === '%') {
      const nl = text.indexOf('\n', i);
      const end = nl === -1 ? n : nl;
      const d = parseDirective(text.slice(i + 1, end), line);
      if (d) directives.push(d);
      mask(i, end);
      i = end;
      continue;
    }
    if (ch === '$') {
      const dbl = text[i + 1] === '$';
      const closer = dbl ? '$$' : '$';
      let j = i + closer.length;
      while (j < n) {
        if (text[j] === '\\') {
          j += 2;
          continue;
        }
        if (text.startsWith(closer, j)) break;
        if (text[j] === '\n' && text[j + 1] === '\n') break; // unbalanced math ends at the paragraph
        j++;
      }
      const end = Math.min(n, j + (text.startsWith(closer, j) ? closer.length : 0));
      line += countNewlines(text, i, end);
      mask(i, end);
      i = end;
      continue;
    }
    if (ch === '\\') {
      const next = text[i + 1];
      if (next === '(' || next === '[') {
        const closer = next === '(' ? '\\)' : '\\]';
        let end = text.indexOf(closer, i + 2);
        end = end === -1 ? n : end + 2;
        line += countNewlines(text, i, end);
        mask(i, end);
        i = end;
        continue;
      }
      const m = /^[A-Za-z@]+\*?/.exec(text.slice(i + 1, i + 40));
      if (!m) {
        // \\, \%, \& …: a control symbol.
        mask(i, i + 2);
        i += 2;
        continue;
      }
      const name = m[0].replace(/\*$/, '');
      let j = i + 1 + m[0].length;
      if (name === 'iffalse') {
        // Text switched off with \iffalse … \fi is not in the document.
        const fi = /\\fi(?![A-Za-z@])/g;
        fi.lastIndex = j;
        const found = fi.exec(text);
        const end = found ? found.index + 3 : n;
        line += countNewlines(text, i, end);
        mask(i, end);
        i = end;
        continue;
      }
      if (name === 'begin' || name === 'end') {
        j = skipSpaces(j);
        if (text[j] === '{') {
          const close = closeOf(j);
          const env = text.slice(j + 1, close).trim();
          mask(i, close + 1);
          boundaries.push(i);
          // A table's column layout ("\begin{tabular}{ll}", "{tabularx}{\textwidth}{lX}") is no prose.
          if (name === 'begin' && TABLE_ENVS.has(env)) {
            let k = close + 1;
            for (let arg = 0; arg < (env === 'tabular' || env === 'longtable' ? 1 : 2); arg++) {
              k = skipSpaces(k);
              if (text[k] === '[') k = closeOf(k) + 1;
              k = skipSpaces(k);
              if (text[k] !== '{') break;
              const c = closeOf(k);
              mask(k, c + 1);
              k = c + 1;
            }
            i = k;
            continue;
          }
          if (QUOTE_ENVS.has(env)) {
            if (name === 'begin') quoteStarts.push(close + 1);
            else if (quoteStarts.length) quoteRanges.push([quoteStarts.pop()!, i]);
          }
          if (name === 'begin' && NON_PROSE_ENVS.has(env)) {
            const endTag = `\\end{${env}}`;
            let end = text.indexOf(endTag, close + 1);
            end = end === -1 ? n : end + endTag.length;
            line += countNewlines(text, i, end);
            mask(i, end);
            i = end;
            continue;
          }
          i = close + 1;
          continue;
        }
      }
      mask(i, j);
      if (SECTIONING.has(name)) boundaries.push(i);
      if (PROSE_ARG.has(name)) {
        // Optional arguments are masked; the first braced argument stays prose (its braces masked).
        j = skipSpaces(j);
        // A description list's label is read as a note's label: "\item[Kamenev] His base …" as "Kamenev: His base …".
        if (name === 'item' && text[j] === '[') {
          const close = closeOf(j);
          if (close < n && !text.slice(j, close).includes('\n')) {
            mask(j, j + 1);
            out[close] = ':';
            j = skipSpaces(close + 1);
          }
        }
        while (text[j] === '[') {
          const close = closeOf(j);
          line += countNewlines(text, j, close);
          mask(j, close + 1);
          j = skipSpaces(close + 1);
        }
        if (text[j] === '{') {
          const close = closeOf(j);
          mask(j, j + 1);
          if (close < n) mask(close, close + 1);
          if (SECTIONING.has(name) && close + 1 < n) boundaries.push(close + 1);
          // A note is read on its own: its words neither join the sentence it hangs on nor date it.
          // One inside a sentence ("Trotsky\footnote{Born Lev Bronstein.} became …") would cut the
          // sentence in two, so there the note is left out and the sentence read whole.
          if (NOTES.has(name)) {
            let after = close + 1;
            while (after < n && (text[after] === ' ' || text[after] === '\t')) after++;
            const midSentence = /[\p{L}\p{N}]/u.test(text[i - 1] ?? '') && /\p{Ll}/u.test(text[after] ?? '');
            if (midSentence && close < n) {
              line += countNewlines(text, j, close);
              mask(j, close + 1);
              i = close + 1;
              continue;
            }
            boundaries.push(j, close + 1);
          }
        }
        i = j + (text[j] === '{' ? 1 : 0);
        continue;
      }
      // Other commands: options and arguments are not prose (\href keeps its second argument).
      let args = 0;
      for (;;) {
        const k = skipSpaces(j);
        if (text[k] !== '{' && text[k] !== '[') break;
        const close = closeOf(k);
        if (HREF_LIKE.has(name) && text[k] === '{' && args === 1) {
          mask(k, k + 1);
          mask(close, close + 1);
          i = k + 1;
          break;
        }
        line += countNewlines(text, k, close);
        mask(j, close + 1);
        j = close + 1;
        if (text[k] === '{') args++;
        i = j;
      }
      if (i < j) i = j;
      continue;
    }
    if (ch === '{' || ch === '}' || ch === '~') {
      out[i] = ' ';
      i++;
      continue;
    }
    if (ch === '`' && text[i + 1] === '`') {
      out[i] = ' ';
      out[i + 1] = '"';
      i += 2;
      continue;
    }
    if (ch === "'" && text[i + 1] === "'") {
      out[i] = '"';
      out[i + 1] = ' ';
      i += 2;
      continue;
    }
    i++;
  }
  const masked = maskControl(out.join(''));
  const blocks: Block[] = [];
  const cuts = [...new Set(boundaries)].sort((a, b) => a - b);
  let from = 0;
  for (const c of [...cuts, n]) {
    if (c > from) blocks.push(...blocksByBlankLines(masked, from, c, text));
    from = Math.max(from, c);
  }
  for (const b of blocks) if (quoteRanges.some(([a, z]) => b.start >= a && b.end <= z)) b.quoted = true;
  return { masked, blocks, directives };
}

