/**
 * Format maskers: non-prose is replaced by spaces of the same length, line breaks stay, so an
 * offset into the masked text is an offset into the original (no remapping anywhere).
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { extractProse, type Prose } from '../../server/src/engine/prose';
import type { DocFormat } from '../../server/src/knowledge/model';

/** The masked text is the original with some characters blanked (LaTeX quotes become `"`). */
function assertShape(text: string, p: Prose, format: DocFormat): void {
  assert.equal(p.masked.length, text.length, 'masked text has the length of the original');
  for (let i = 0; i < text.length; i++) {
    const m = p.masked[i];
    if (text[i] === '\n') assert.equal(m, '\n', `line break kept at ${i}`);
    else assert.ok(m === text[i] || m === ' ' || (format === 'latex' && m === '"'), `offset ${i}: ${JSON.stringify(text[i])} became ${JSON.stringify(m)}`);
  }
  for (const b of p.blocks) {
    assert.ok(0 <= b.start && b.start < b.end && b.end <= text.length, `block ${b.start}-${b.end} inside the text`);
  }
}

/** Is this word of the original still prose in the masked text, at the same offset? */
function kept(text: string, p: Prose, word: string): boolean {
  const at = text.indexOf(word);
  assert.ok(at >= 0, `"${word}" is in the test text`);
  return p.masked.slice(at, at + word.length) === word;
}
function masked(text: string, p: Prose, word: string): boolean {
  const at = text.indexOf(word);
  assert.ok(at >= 0, `"${word}" is in the test text`);
  return p.masked.slice(at, at + word.length).trim() === '';
}

describe('prose: Markdown', () => {
  const text = [
    '---',
    'title: Stalin and the left wing',
    'author: Front Matter',
    '---',
    '',
    '# Heading about Trotsky',
    '',
    'Text with `inline Kamenev` and a [link to Bukharin](https://example.org/Rykov-page "Tomsky title") here.',
    'A comment <!-- Zinoviev hidden --> and a bare URL https://example.org/Lenin_Testament and www.example.com/Frunze end.',
    '',
    '```text',
    'Voroshilov in a fence',
    '```',
    '',
    '    Molotov in an indented code block',
    '',
    '![Kalinin portrait](kalinin.png) beside Krupskaya.',
    '',
    '<!-- clio-disable-next-line faction, stance -->',
    'Preobrazhensky wrote on economics.',
  ].join('\n');
  const p = extractProse(text, 'markdown');

  it('keeps length and line breaks', () => assertShape(text, p, 'markdown'));
  it('masks front matter', () => {
    assert.ok(masked(text, p, 'title: Stalin and the left wing'));
    assert.ok(masked(text, p, 'Front Matter'));
  });
  it('keeps headings and paragraph text at their offsets', () => {
    assert.ok(kept(text, p, 'Heading about Trotsky'));
    assert.ok(kept(text, p, 'Text with'));
    assert.ok(kept(text, p, 'beside Krupskaya.'));
    assert.ok(kept(text, p, 'Preobrazhensky wrote on economics.'));
  });
  it('masks inline code and fenced and indented code blocks', () => {
    assert.ok(masked(text, p, '`inline Kamenev`'));
    assert.ok(masked(text, p, 'Voroshilov in a fence'));
    assert.ok(masked(text, p, 'Molotov in an indented code block'));
  });
  it('keeps link text but masks the destination and title', () => {
    assert.ok(kept(text, p, 'link to Bukharin'));
    assert.ok(masked(text, p, 'https://example.org/Rykov-page'));
    assert.ok(masked(text, p, 'Tomsky title'));
  });
  it('masks HTML comments, images and bare URLs', () => {
    assert.ok(masked(text, p, '<!-- Zinoviev hidden -->'));
    assert.ok(masked(text, p, 'https://example.org/Lenin_Testament'));
    assert.ok(masked(text, p, 'www.example.com/Frunze'));
    assert.ok(masked(text, p, '![Kalinin portrait](kalinin.png)'));
  });
  it('masks ~~struck-out~~ text but not a lone tilde', () => {
    const t = 'Trotsky was ~~General Secretary~~ War Commissar, ~20 years on, in `~~code~~`.';
    const q = extractProse(t, 'markdown');
    assertShape(t, q, 'markdown');
    assert.ok(masked(t, q, '~~General Secretary~~'));
    assert.ok(kept(t, q, 'War Commissar, ~20 years on'));
  });
  it('parses directives in HTML comments, with their line and codes', () => {
    assert.deepEqual(p.directives, [{ kind: 'disable-next-line', codes: ['faction', 'stance'], line: 18 }]);
  });
  it('makes blocks of paragraphs and headings only', () => {
    const blocks = p.blocks.map((b) => text.slice(b.start, b.end));
    assert.ok(blocks.includes('# Heading about Trotsky'));
    assert.ok(blocks.some((b) => b.startsWith('Text with')));
    assert.ok(!blocks.some((b) => b.includes('Voroshilov') || b.includes('title:')));
  });
  it('masks the same way whatever comes before a chunk (offsets of later chunks are absolute)', () => {
    const tail = 'Stalin ran the `Secretariat`.';
    const a = extractProse(tail, 'markdown').masked;
    const b = extractProse(`Intro paragraph.\n\n${tail}`, 'markdown').masked;
    assert.equal(b.slice(b.length - tail.length), a);
  });
});

describe('prose: LaTeX', () => {
  const text = [
    '\\documentclass{article}',
    '\\begin{document}',
    '\\section{Stalin and the apparatus}',
    '% a comment naming Trotsky',
    'As \\emph{General Secretary} Stalin held power $x = Kamenev$ and \\(Zinoviev\\).\\footnote{See \\cite[p.~3]{carr1952}.}',
    'Display \\[ Rykov \\] and $$Tomsky$$ here; see Section~\\ref{sec:bukharin}\\label{sec:lenin}.',
    'A link \\href{https://example.org/Frunze}{to Pravda} and \\url{https://example.org/Molotov}.',
    '\\begin{verbatim}',
    'Voroshilov verbatim',
    '\\end{verbatim}',
    '\\begin{equation}',
    '  \\text{Kalinin} = 1',
    '\\end{equation}',
    "He called it ``Socialism in One Country'' in 1924.",
    '% clio-disable faction',
    'Text.',
    '% clio-enable',
    '\\end{document}',
  ].join('\n');
  const p = extractProse(text, 'latex');

  it('keeps length and line breaks', () => assertShape(text, p, 'latex'));
  it('masks comments', () => assert.ok(masked(text, p, '% a comment naming Trotsky')));
  it('masks inline and display math in all its spellings', () => {
    assert.ok(masked(text, p, '$x = Kamenev$'));
    assert.ok(masked(text, p, '\\(Zinoviev\\)'));
    assert.ok(masked(text, p, '\\[ Rykov \\]'));
    assert.ok(masked(text, p, '$$Tomsky$$'));
  });
  it('masks the arguments of \\cite, \\ref, \\label and \\url', () => {
    assert.ok(masked(text, p, '\\cite[p.~3]{carr1952}'));
    assert.ok(masked(text, p, '\\ref{sec:bukharin}'));
    assert.ok(masked(text, p, '\\label{sec:lenin}'));
    assert.ok(masked(text, p, '\\url{https://example.org/Molotov}'));
  });
  it('keeps the arguments of \\emph, \\section and \\footnote, without the command', () => {
    assert.ok(kept(text, p, 'General Secretary'));
    assert.ok(kept(text, p, 'Stalin and the apparatus'));
    assert.ok(kept(text, p, 'See '));
    assert.ok(masked(text, p, '\\emph{'));
    assert.ok(masked(text, p, '\\section{'));
  });
  it('keeps the text of \\href but masks its URL', () => {
    assert.ok(kept(text, p, 'to Pravda'));
    assert.ok(masked(text, p, 'https://example.org/Frunze'));
  });
  it('masks verbatim and math environments', () => {
    assert.ok(masked(text, p, 'Voroshilov verbatim'));
    assert.ok(masked(text, p, '\\text{Kalinin} = 1'));
  });
  it('turns TeX quotes into plain quotes at the same offsets', () => {
    const at = text.indexOf('``Socialism');
    assert.equal(p.masked.slice(at, at + 2), ' "');
    const end = text.indexOf("''");
    assert.equal(p.masked.slice(end, end + 2), '" ');
    assert.ok(kept(text, p, 'Socialism in One Country'));
  });
  it('parses directives in comments, with their line and codes', () => {
    assert.deepEqual(p.directives, [
      { kind: 'disable', codes: ['faction'], line: 14 },
      { kind: 'enable', codes: [], line: 16 },
    ]);
  });
  it('puts a section title in a block of its own', () => {
    const blocks = p.blocks.map((b) => p.masked.slice(b.start, b.end).trim());
    assert.ok(blocks.includes('Stalin and the apparatus'));
  });
  it('reads a footnote as a block of its own, apart from the sentence it hangs on', () => {
    const t = "Zinoviev's base was Leningrad\\footnote{Kamenev's was Moscow.}. Next.";
    const q = extractProse(t, 'latex');
    const blocks = q.blocks.map((b) => q.masked.slice(b.start, b.end).trim());
    assert.ok(blocks.includes("Kamenev's was Moscow."), JSON.stringify(blocks));
    assert.ok(blocks.includes("Zinoviev's base was Leningrad"), JSON.stringify(blocks));
  });
  it('masks text switched off by \\iffalse … \\fi, and nothing after the \\fi', () => {
    const t = 'Before.\n\\iffalse\nBukharin led the left wing.\n\\fi\nBukharin led the right wing. \\fill';
    const q = extractProse(t, 'latex');
    assertShape(t, q, 'latex');
    assert.ok(masked(t, q, 'Bukharin led the left wing.'));
    assert.ok(kept(t, q, 'Bukharin led the right wing.'));
    assert.ok(kept(t, q, 'Before.'));
  });
});

describe('prose: plain text', () => {
  const text = 'Stalin was General Secretary.\nclio-disable-next-line stance\nBukharin defended NEP.\n\n  clio-enable  \nEnd.';
  const p = extractProse(text, 'plaintext');
  it('keeps everything but directive lines', () => {
    assertShape(text, p, 'plaintext');
    assert.ok(kept(text, p, 'Stalin was General Secretary.'));
    assert.ok(kept(text, p, 'Bukharin defended NEP.'));
    assert.ok(masked(text, p, 'clio-disable-next-line stance'));
    assert.ok(masked(text, p, 'clio-enable'));
  });
  it('parses the directives', () => {
    assert.deepEqual(p.directives, [
      { kind: 'disable-next-line', codes: ['stance'], line: 1 },
      { kind: 'enable', codes: [], line: 4 },
    ]);
  });
  it('splits blocks at blank lines (a masked directive line counts as blank)', () => {
    assert.deepEqual(
      p.blocks.map((b) => text.slice(b.start, b.end)),
      ['Stalin was General Secretary.', 'Bukharin defended NEP.', 'End.'],
    );
  });
  it('masks control characters', () => {
    const q = extractProse('Stalin\u0000Trotsky\u0007.', 'plaintext');
    assert.equal(q.masked, 'Stalin Trotsky .');
  });
});

describe('prose: any input keeps its shape (property)', () => {
  // Text made of the characters that matter to the maskers.
  const pieces = ['Stalin', ' ', '\n', '\n\n', '`', '```', '$', '$$', '\\', '{', '}', '[', ']', '(', ')', '%', '<!--', '-->', '<', '>', '#', '---', 'https://x.y/z', '*', '_', "''", '``', 'é', '😀', '\r\n', '\\emph', '\\cite', '\\begin{verbatim}', '\\end{verbatim}', 'clio-disable', '\t'];
  const textArb = fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((a) => a.join(''));
  for (const format of ['markdown', 'latex', 'plaintext'] as const) {
    it(`${format}: same length, line breaks kept, only blanking`, () => {
      fc.assert(
        fc.property(textArb, (text) => {
          assertShape(text, extractProse(text, format), format);
        }),
        { numRuns: 300 },
      );
    });
  }

  it("masks a LaTeX table's column layout, so it reads as no words", () => {
    const text = '\\begin{tabular}{ll}\nFigure & Power base \\\\\nTrotsky & Moscow \\\\\n\\end{tabular}\n';
    const p = extractProse(text, 'latex');
    assert.ok(!/\bll\b/.test(p.masked), JSON.stringify(p.masked));
    assert.match(p.masked, /Figure & Power base/);
  });
});
