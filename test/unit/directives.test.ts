/** Disable comments in each format: next line or a region, for every code or some. */
import * as assert from 'node:assert/strict';
import { suppressionEdit } from '../../server/src/engine';
import type { DocFormat } from '../../server/src/knowledge/model';
import { bundledEngine } from '../helpers';

/** Findings as "line:code" (1-based lines). */
function at(text: string, format: DocFormat): string[] {
  return bundledEngine()
    .analyse(text, format)
    .findings.map((f) => `${text.slice(0, f.start).split('\n').length}:${f.code}`);
}

const WRONG = 'Bukharin led the left wing.'; // faction
const WRONG2 = 'Rykov led the left wing.'; // faction
const WRONG_STANCE = 'Tomsky wanted to end NEP in 1926.'; // stance

const comment: Record<DocFormat, (s: string) => string> = {
  markdown: (s) => `<!-- ${s} -->`,
  latex: (s) => `% ${s}`,
  plaintext: (s) => s,
};

for (const format of ['markdown', 'latex', 'plaintext'] as const) {
  const c = comment[format];
  describe(`disable comments: ${format}`, () => {
    it('without a directive both lines are flagged', () => {
      assert.deepEqual(at(`${WRONG}\n${WRONG2}`, format), ['1:faction', '2:faction']);
    });

    it('clio-disable-next-line silences only the next line', () => {
      assert.deepEqual(at(`${c('clio-disable-next-line')}\n${WRONG}\n${WRONG2}`, format), ['3:faction']);
    });

    it('clio-disable-next-line with a code silences only that code', () => {
      assert.deepEqual(at(`${c('clio-disable-next-line faction')}\n${WRONG}\n${WRONG2}`, format), ['3:faction']);
      assert.deepEqual(at(`${c('clio-disable-next-line stance')}\n${WRONG}`, format), ['2:faction']);
      assert.deepEqual(at(`${c('clio-disable-next-line stance, faction')}\n${WRONG}`, format), []);
    });

    it('clio-disable … clio-enable silences the region, across paragraphs', () => {
      const text = [c('clio-disable'), WRONG, '', WRONG_STANCE, c('clio-enable'), WRONG2].join('\n');
      assert.deepEqual(at(text, format), ['6:faction']);
    });

    it('clio-disable with a code silences only that code, to the end when never enabled', () => {
      const text = [c('clio-disable stance'), WRONG, '', WRONG_STANCE, WRONG2].join('\n');
      assert.deepEqual(at(text, format), ['2:faction', '5:faction']);
    });

    it('the directive itself is not prose', () => {
      assert.deepEqual(bundledEngine().analyse(c('clio-disable-next-line Bukharin led the left wing'), format).findings, []);
    });

    it('the suppression quick fix inserts a directive that silences the finding', () => {
      const text = `Intro.\n\n  ${WRONG}`;
      const a = bundledEngine().analyse(text, format);
      assert.equal(a.findings.length, 1);
      const e = suppressionEdit(a, a.findings[0]);
      const fixed = text.slice(0, e.start) + e.text + text.slice(e.end);
      assert.ok(fixed.includes(`  ${c('clio-disable-next-line faction')}\n  ${WRONG}`), fixed);
      assert.deepEqual(bundledEngine().analyse(fixed, format).findings, []);
    });
  });
}
