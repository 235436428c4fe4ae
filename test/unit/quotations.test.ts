/** Block quotations are someone else's words: no claims from them, but their names still have cards. */
import * as assert from 'node:assert/strict';
import { bundledEngine, findings } from '../helpers';

describe('block quotations', () => {
  it('Markdown: a wrong claim inside "> …" is not flagged; the same words outside are', () => {
    const text = '> Trotsky, the General Secretary, spoke.\n\nTrotsky, the General Secretary, spoke.\n';
    const got = findings(text, 'markdown');
    assert.deepEqual(got.map((f) => [f.code, text.slice(0, f.start).split('\n').length]), [['office', 3]]);
  });

  it('LaTeX: quote and quotation environments are quoted', () => {
    const text = '\\begin{quote}\nStalin commanded the Red Army.\n\\end{quote}\n\nStalin commanded the Red Army.\n';
    const got = findings(text, 'latex');
    assert.equal(got.length, 1);
    assert.ok(got[0].start > text.indexOf('\\end{quote}'));
  });

  it('names inside a quotation still get their card', () => {
    const text = '> Bukharin spoke for the peasants.\n';
    const a = bundledEngine().analyse(text, 'markdown');
    const h = bundledEngine().hover(a, text.indexOf('Bukharin') + 2);
    assert.ok(h && h.markdown.includes('right wing'));
  });
});
