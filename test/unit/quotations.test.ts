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

  it("Markdown: a box the writer labels as their own ('> **Fact:**', '> Model answer:') is read; a source's label keeps the quotation", () => {
    const codes = (text: string): string[] => findings(text, 'markdown').filter((f) => f.code !== 'name-spelling').map((f) => `${f.code}: ${text.slice(f.start, f.end)}`);
    // A myth box: the myth is a misconception (silent), the fact is the writer's and checked.
    assert.deepEqual(codes('> **Myth:** Trotsky was General Secretary.\n>\n> **Fact:** Trotsky was War Commissar, and Bukharin led the left.\n'), ['faction: left']);
    assert.deepEqual(codes('> **Myth:** Trotsky was General Secretary.\n> **Fact:** Stalin was General Secretary from 1922.\n'), []);
    assert.deepEqual(codes('> **Model answer:** Bukharin led the left wing.\n'), ['faction: left wing']);
    assert.deepEqual(codes('> *Model answer*: Zinoviev ran Moscow.\n'), ['power-base: Moscow']);
    // The rest of a labelled box is the writer's too.
    assert.deepEqual(codes('> **Key facts:**\n>\n> Zinoviev ran Moscow.\n'), ['power-base: Moscow']);
    // A bold line alone that names such a box heads it; its label may end in a dash.
    assert.deepEqual(codes('> **KEY FACTS BOX**\n> - Stalin was in the left wing.\n'), ['faction: left wing']);
    assert.deepEqual(codes('> **KEY FACTS** \u2013 Lenin died on 21 January 1923.\n'), ['date: 1923']);
    assert.deepEqual(codes('> **Lenin, Letter to the Congress, 1922**\n> Stalin was in the left wing.\n'), []);
    // A source's label, or none, keeps it a quotation.
    assert.deepEqual(codes('> **Source A:** Bukharin led the left.\n'), []);
    assert.deepEqual(codes('> **Trotsky, My Life (1930):** Zinoviev ran Moscow.\n'), []);
    assert.deepEqual(codes('> Bukharin led the left.\n'), []);
  });

  it('names inside a quotation still get their card', () => {
    const text = '> Bukharin spoke for the peasants.\n';
    const a = bundledEngine().analyse(text, 'markdown');
    const h = bundledEngine().hover(a, text.indexOf('Bukharin') + 2);
    assert.ok(h && h.markdown.includes('right wing'));
  });
});
