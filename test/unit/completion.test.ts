/** Completion of names and terms: prefixes, aliases, multi-word names, ranges and ranking. */
import * as assert from 'node:assert/strict';
import type { CompletionItem } from '../../server/src/engine';
import { bundledEngine } from '../helpers';

/** Items for the text with the cursor at its end, in the order an editor shows them. */
function complete(text: string): CompletionItem[] {
  return bundledEngine()
    .complete(text, text.length)
    .sort((a, b) => a.sortText.localeCompare(b.sortText));
}

describe('completion', () => {
  it('"Bukh" offers Bukharin first, replacing the typed word', () => {
    const text = 'In 1925 Bukh';
    const items = complete(text);
    assert.equal(items[0].label, 'Bukharin');
    assert.equal(items[0].insertText, 'Bukharin');
    assert.equal(items[0].kind, 'person');
    assert.equal(text.slice(items[0].start, items[0].end), 'Bukh');
    assert.match(items[0].detail, /Nikolai Bukharin/);
    assert.match(items[0].documentation, /right wing/);
  });

  it('matches case-blind', () => {
    assert.equal(complete('zin')[0].label, 'Zinoviev');
  });

  it('"Bronst" finds Trotsky through his alias, and says so', () => {
    const items = complete('His real name was Bronst');
    assert.equal(items.length, 1);
    assert.equal(items[0].label, 'Trotsky');
    assert.equal(items[0].filterText, 'Bronstein');
    assert.match(items[0].detail, /also “Bronstein”/);
  });

  it('"Socialism in O" offers the multi-word policy, its range starting at "Socialism"', () => {
    const text = 'Stalin proposed Socialism in O';
    const items = complete(text);
    assert.equal(items[0].label, 'Socialism in One Country');
    assert.equal(text.slice(items[0].start, items[0].end), 'Socialism in O');
    // Shorter matches (on "O" alone) rank after it.
    const orgburo = items.find((i) => i.label === 'Orgburo');
    assert.ok(orgburo && text.slice(orgburo.start, orgburo.end) === 'O');
    assert.ok(items.indexOf(orgburo) > 0);
  });

  it('"the first five" offers the First Five-Year Plan from "first"', () => {
    const text = 'Then came the first five';
    const items = complete(text);
    assert.equal(items[0].label, 'First Five-Year Plan');
    assert.equal(text.slice(items[0].start, items[0].end), 'first five');
    assert.equal(items[0].end, text.length);
  });

  it('ranks people before events of the same prefix', () => {
    const items = complete('Tro');
    assert.equal(items[0].label, 'Trotsky');
    const firstEvent = items.findIndex((i) => i.kind === 'event');
    assert.ok(firstEvent > 0, 'events come after the person');
    assert.ok(items.every((i, k) => k === 0 || items[k - 1].sortText <= i.sortText));
  });

  it('offers each entity once', () => {
    const ids = complete('Le').map((i) => i.label);
    assert.equal(new Set(ids).size, ids.length);
  });

  it('offers nothing after a space or punctuation', () => {
    assert.deepEqual(complete('He said '), []);
    assert.deepEqual(complete('Stalin.'), []);
    assert.deepEqual(complete(''), []);
  });

  it('completes in the middle of a text, looking only at the current line', () => {
    const text = 'Kamenev and\nStal is here';
    const items = bundledEngine().complete(text, text.indexOf('Stal') + 4);
    assert.equal(items[0].label, 'Stalin');
    assert.equal(text.slice(items[0].start, items[0].end), 'Stal');
  });
});
