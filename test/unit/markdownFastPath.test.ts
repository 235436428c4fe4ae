/**
 * The Markdown fast paths (plain paragraphs, inline-only paragraphs) must mask exactly what the
 * CommonMark parser does: on every Markdown text we have and on random inline syntax.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { parseChunk, parseChunkWithParser } from '../../server/src/engine/prose/markdown';
import { inlineOnlyMask } from '../../server/src/engine/prose/inline';
import { simpleBlocksMask } from '../../server/src/engine/prose/mdblocks';
import { bundledKb, FIXTURES } from '../helpers';

function agree(chunk: string): void {
  const fast = parseChunk(chunk);
  const slow = parseChunkWithParser(chunk);
  assert.equal(JSON.stringify(fast.masked), JSON.stringify(slow.masked), `masking differs for ${JSON.stringify(chunk)}`);
  assert.deepEqual(fast.blocks, slow.blocks, `blocks differ for ${JSON.stringify(chunk)}`);
}

describe('Markdown fast paths agree with the parser', () => {
  it('on every Markdown example, golden essay and shape sentence', () => {
    const texts: string[] = bundledKb().examples.filter((e) => e.format === 'markdown').map((e) => e.text);
    for (const f of fs.readdirSync(path.join(FIXTURES, 'golden')).filter((x) => x.endsWith('.md'))) texts.push(fs.readFileSync(path.join(FIXTURES, 'golden', f), 'utf8'));
    for (const f of fs.readdirSync(path.join(FIXTURES, 'shapes'))) for (const line of fs.readFileSync(path.join(FIXTURES, 'shapes', f), 'utf8').split('\n')) texts.push(line.split('|').slice(1).join(' '));
    let fastCount = 0;
    for (const t of texts) {
      for (const chunk of t.split(/\n[ \t]*\n/)) {
        if (!chunk.trim()) continue;
        if (inlineOnlyMask(chunk) !== undefined) fastCount++;
        agree(chunk);
      }
    }
    assert.ok(fastCount > 20, `the inline fast path took ${fastCount} chunks`);
  });

  /** Every chunk made of up to `maxLength` of the pieces. */
  function agreeOnAll(pieces: string[], maxLength: number): void {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength }), (parts) => {
        const chunk = parts.join('');
        if (!chunk.trim()) return;
        agree(chunk);
      }),
      { numRuns: Number(process.env.CLIO_FASTCHECK_RUNS ?? 4000) },
    );
  }

  it('on emphasis, code spans, links and brackets in every combination', () => {
    agreeOnAll(['*', '**', '***', '_', '__', '`', '``', '[', ']', '(', ')', '](', ' ', ' ', 'a', 'Trotsky', "'s", '"', '.', ',', '\n', '\r\n', '!', '-', 'http://x.y', '&amp;', 'é'], 24);
  });

  it('on headings, lists and other block syntax in every combination', () => {
    agreeOnAll(['# ', '## ', '###### ', '#', ' #', '- ', '* ', '+ ', '1. ', '2) ', '10. ', '-', '*', '\n', '\n', '\n', '\r\n', '\n\n', ' ', '  ', '    ', '> ', '---', '===', '***', '_', '**', '`', '[', '](x)', 'a', 'Trotsky', '.', '1926', ' 1.'], 20);
  });

  it('takes headings and simple lists without the parser', () => {
    for (const s of ['# The *struggle* for power', '- Trotsky led the **left**;\n- Bukharin the right.\n', '1. Stalin\n2. Zinoviev, who\n   led Leningrad\n3. Kamenev\n\n', '## Aftermath ##\n']) {
      assert.notEqual(simpleBlocksMask(s), undefined, s);
      agree(s);
    }
  });

  it('takes the common cases', () => {
    for (const s of ['**Trotsky** led the left.', 'The editor of _Pravda_ was Bukharin.', 'See [the Orgburo](https://x.org/Orgburo) and `code`.']) {
      assert.notEqual(inlineOnlyMask(s), undefined, s);
    }
  });
});
