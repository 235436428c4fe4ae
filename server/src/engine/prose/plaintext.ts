import { blocksByBlankLines, parseDirective, type Directive, type Prose } from './types';

/** Plain text is all prose, except `clio-…` directive lines, which are masked. */
export function plaintextProse(text: string): Prose {
  const chars = text.split('');
  const directives: Directive[] = [];
  let line = 0;
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      const d = parseDirective(text.slice(start, i), line);
      if (d) {
        directives.push(d);
        for (let j = start; j < i; j++) if (chars[j] !== '\r') chars[j] = ' ';
      }
      line++;
      start = i + 1;
    }
  }
  const masked = maskControl(chars.join(''));
  return { masked, blocks: blocksByBlankLines(masked), directives };
}

/** Control characters (NUL and the like) are never prose. */
export function maskControl(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, ' ');
}
