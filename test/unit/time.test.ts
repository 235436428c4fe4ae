/** Time expressions: the years a sentence is about, and how claims use them. */
import * as assert from 'node:assert/strict';
import { findTimes, formatYears, spanOf, yearOf } from '../../server/src/engine/time';
import { tokenize } from '../../server/src/engine/tokens';
import { findings } from '../helpers';

const PERIOD = [1922, 1929] as const;

/** Every time expression in the text, as [from, to]. */
function times(text: string): [number, number][] {
  const toks = tokenize(text);
  return findTimes(toks, 0, toks.length, PERIOD).map((t) => [t.from, t.to]);
}

describe('time expressions', () => {
  it('reads a single year, with or without a preposition', () => {
    assert.deepEqual(times('in 1924'), [[1924, 1924]]);
    assert.deepEqual(times('In January 1925 he fell.'), [[1925, 1925]]);
    assert.deepEqual(times('by 1926'), [[1926, 1926]]);
  });

  it('reads ranges written with an en dash, TeX dashes, a hyphen, "to" and "between … and"', () => {
    assert.deepEqual(times('in 1923–25'), [[1923, 1925]]);
    assert.deepEqual(times('1926--27'), [[1926, 1927]]);
    assert.deepEqual(times('1923-1925'), [[1923, 1925]]);
    assert.deepEqual(times('from 1923 to 1925'), [[1923, 1925]]);
    assert.deepEqual(times('between 1925 and 1927'), [[1925, 1927]]);
  });

  it('counts a relative time from the time written before it, and reads none without one', () => {
    assert.deepEqual(times('In 1924 he fell. Two years later he was gone.'), [[1924, 1924], [1926, 1926]]);
    assert.deepEqual(times('In 1925 they broke; the following year they joined him; a year later they lost.'), [[1925, 1925], [1926, 1926], [1927, 1927]]);
    assert.deepEqual(times('In 1926 he left. The year before, he was still there. Three years earlier he had won.'), [[1926, 1926], [1925, 1925], [1922, 1922]]);
    assert.deepEqual(times('In 1923 he won. Years later he lost.'), [[1923, 1923], [1924, 1929]]);
    assert.deepEqual(times('Two years later he was gone.'), []);
    // Not relative to a time: "a year after Lenin's death", "one year" alone.
    assert.deepEqual(times('In 1923 he won. A year after Lenin died he lost. He spent one year there.'), [[1923, 1923]]);
  });

  it('reads "1925 and 1927" without "between" as two years', () => {
    assert.deepEqual(times('in 1925 and 1927'), [
      [1925, 1925],
      [1927, 1927],
    ]);
  });

  it('reads decades and their parts', () => {
    assert.deepEqual(times('the 1920s'), [[1920, 1929]]);
    assert.deepEqual(times('the mid-1920s'), [[1924, 1926]]);
    assert.deepEqual(times('the mid 1920s'), [[1924, 1926]]);
    assert.deepEqual(times('the early 1920s'), [[1920, 1923]]);
    assert.deepEqual(times('the late 1920s'), [[1927, 1929]]);
  });

  it('bounds open expressions by the period', () => {
    assert.deepEqual(times('after 1924'), [[1925, 1929]]);
    assert.deepEqual(times('since 1924'), [[1924, 1929]]);
    assert.deepEqual(times('until 1925'), [[1922, 1925]]);
    assert.deepEqual(times('before 1925'), [[1922, 1924]]);
  });

  it('ignores numbers that are not years', () => {
    assert.deepEqual(times('page 42, 12 delegates, 7 men'), []);
    assert.equal(yearOf(tokenize('42')[0]), undefined);
    assert.equal(yearOf(tokenize('1924')[0]), 1924);
  });

  it('keeps the month of a single dated month, and only there', () => {
    const months = (text: string): (number | undefined)[] => {
      const toks = tokenize(text);
      return findTimes(toks, 0, toks.length, PERIOD).map((t) => t.month);
    };
    assert.deepEqual(months('In December 1925 he fell; on 21 January 1924 Lenin died; in 1926 he left.'), [12, 1, undefined]);
    // An open or ranged date is not one month: "until January 1925", "since November 1925", "January 1925–1927".
    assert.deepEqual(months('until January 1925, since November 1925, January 1925–1927'), [undefined, undefined, undefined]);
    assert.deepEqual(spanOf([{ from: 1925, to: 1925, month: 12 }]), { from: 1925, to: 1925, month: 12 });
    assert.deepEqual(spanOf([{ from: 1925, to: 1925, month: 12 }, { from: 1925, to: 1925 }]), { from: 1925, to: 1925 });
    assert.equal(formatYears({ from: 1925, to: 1925, month: 3 }), 'in March 1925');
  });

  it('spans and formats', () => {
    assert.deepEqual(spanOf([{ from: 1925, to: 1925 }, { from: 1923, to: 1924 }]), { from: 1923, to: 1925 });
    assert.equal(spanOf([]), undefined);
    assert.equal(formatYears({ from: 1924, to: 1924 }), 'in 1924');
    assert.equal(formatYears({ from: 1923, to: 1927 }), '1923–1927');
    assert.equal(formatYears({ from: 1922, to: Infinity }), 'from 1922');
    assert.equal(formatYears({ from: -Infinity, to: 1925 }), 'until 1925');
  });
});

describe('time in claims', () => {
  const codes = (text: string, format: 'markdown' | 'latex' = 'markdown'): string[] => findings(text, format).map((f) => f.code);

  it('a range inside a true span is true; one outside it is checked against who held it then', () => {
    assert.deepEqual(codes('Trotsky commanded the Red Army in 1923–25.'), []);
    assert.deepEqual(codes('Trotsky commanded the Red Army in 1926--27.', 'latex'), ['office']);
  });

  it('a decade part is checked over its years', () => {
    assert.deepEqual(codes('Stalin controlled the Red Army in the mid-1920s.'), ['office']);
    assert.deepEqual(codes('In the late 1920s Stalin opposed NEP.'), []);
  });

  it('"by" and "between … and" date the claim', () => {
    assert.deepEqual(codes('By 1926 Bukharin chaired the Comintern.'), []);
    assert.deepEqual(codes('By 1924 Bukharin chaired the Comintern.'), ['office']);
    assert.deepEqual(codes('Between 1925 and 1927 Stalin supported NEP.'), []);
    assert.deepEqual(codes('Between 1925 and 1927 Stalin opposed NEP.'), ['stance']);
  });

  it('a month is checked against the months of the facts that began or ended in its year', () => {
    // Trotsky was War Commissar to January 1925, Frunze January–October 1925, Voroshilov from November 1925.
    assert.deepEqual(codes('In January 1925 Trotsky was still War Commissar.'), []);
    assert.deepEqual(codes('In March 1925 Frunze was War Commissar.'), []);
    const f = findings('In December 1925 Trotsky was still War Commissar.', 'markdown');
    assert.deepEqual(f.map((x) => x.code), ['office']);
    assert.match(f[0].message, /^Voroshilov was People's Commissar for War in December 1925, not Trotsky/);
    // A fact dated by its year alone holds through all of that year's months.
    assert.deepEqual(codes('In December 1926 Zinoviev still ran the Leningrad party.'), []);
  });

  it('a date said of a list is each man\'s event, with no fix that would wrong the others', () => {
    const f = findings('Trotsky and Kamenev were expelled in November 1927.', 'markdown');
    assert.deepEqual(f.map((x) => x.message), ["Kamenev's expulsion from the party: December 1927, not November 1927."]);
    assert.deepEqual(f[0].fixes, []);
    // (A year fix that is every man's is made: Trotsky's and Kamenev's expulsions were both in 1927.)
    assert.deepEqual(findings('Trotsky and Kamenev were expelled in 1926.', 'markdown')[0].fixes.find((x) => x.preferred)?.edits[0].text, '1927');
  });

  it('a time the pack knows nothing about is silence, not an error', () => {
    assert.deepEqual(codes('In the early 1920s Stalin opposed NEP.'), []);
  });
});
