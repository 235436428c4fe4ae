/** Citations: a book's year neither dates a claim nor shows up in the message about it. */
import * as assert from 'node:assert/strict';
import { findings } from '../helpers';

const messages = (text: string): string[] => findings(text).filter((f) => f.code !== 'name-spelling').map((f) => f.message);

describe('citations', () => {
  it('keeps the sentence\'s own year and drops the book\'s from the message', () => {
    const [m] = messages('Bukharin supported rapid industrialisation in 1925 (Cohen, 1973: 200).');
    assert.match(m, /Bukharin opposed rapid industrialisation in 1925;/);
    assert.doesNotMatch(m, /1973/);
  });

  it('reads a numbered note as a note, not a year', () => {
    const [m] = messages('Bukharin led the left wing in 1926 [1847].');
    assert.match(m, /^Bukharin was in the right wing in 1926, not the left wing/);
  });

  it('judges the same claim alike with and without its citation', () => {
    for (const cite of [' (Cohen, 1973)', ' (Cohen 1973, p. 12)', ' [12]', ' (Daniels et al. 1960)']) {
      const plain = 'In 1925 Zinoviev was chairman of the Moscow Soviet.';
      const cited = plain.replace(/\.$/, `${cite}.`);
      assert.deepEqual(messages(cited), messages(plain), cited);
    }
  });

  it('reads life dates after a name as the person\'s life, not the time of the claim', () => {
    assert.deepEqual(messages('Stalin (1878–1953) became General Secretary in 1922.'), []);
    assert.deepEqual(messages('Trotsky (1879–1940) was General Secretary in 1923.'), ['Stalin was General Secretary in 1923, not Trotsky (Trotsky was People\'s Commissar for War).']);
    assert.deepEqual(messages('Bukharin (b. 1888) led the left wing in 1926.').length, 1);
  });

  it('keeps a year after a place or a named event: it is the time of the sentence', () => {
    assert.match(messages('Zinoviev (Moscow, 1925) had his power base in Moscow.')[0] ?? '', /in 1925/);
    assert.deepEqual(messages('Bukharin led the left wing (1918).'), []);
  });
});
