/**
 * What an edit costs: the engine reports how many characters it read anew (`readChars`), and an
 * edit inside one paragraph reads that paragraph and nothing else. The server uses the figure to
 * decide when a check was long enough to collect its garbage.
 */
import * as assert from 'node:assert/strict';
import { Engine } from '../../server/src/engine';
import { bundledKb } from '../helpers';

const PARAGRAPHS = [
  '# The struggle for power',
  'Bukharin led the right wing and defended NEP against the left.',
  'Trotsky was People\'s Commissar for War until 1925, when Frunze replaced him.',
  'Zinoviev ran the Leningrad party; Kamenev ran Moscow.',
  'In 1926 Zinoviev and Kamenev joined Trotsky in the United Opposition.',
];

describe('incremental analysis: characters read anew', () => {
  const kb = bundledKb();

  it('a fresh engine reads every paragraph; the same text again reads nothing', () => {
    const engine = new Engine(kb);
    const text = PARAGRAPHS.join('\n\n');
    const first = engine.analyse(text, 'markdown');
    assert.equal(first.readChars, PARAGRAPHS.reduce((n, p) => n + p.length, 0));
    assert.equal(engine.analyse(text, 'markdown').readChars, 0);
  });

  it('an edit inside one paragraph reads that paragraph only, and its findings follow the edit', () => {
    const engine = new Engine(kb);
    const before = PARAGRAPHS.join('\n\n');
    const a = engine.analyse(before, 'markdown');
    assert.equal(a.findings.filter((f) => f.code !== 'name-spelling').length, 0);
    // Type a false claim into the fourth paragraph: "Moscow" becomes Zinoviev's, not Kamenev's.
    const at = before.indexOf('Zinoviev ran the Leningrad party');
    const after = `${before.slice(0, at)}Zinoviev ran the Moscow party; Kamenev ran Leningrad.${before.slice(before.indexOf('\n\n', at))}`;
    const b = engine.analyse(after, 'markdown', a);
    assert.equal(b.readChars, 'Zinoviev ran the Moscow party; Kamenev ran Leningrad.'.length);
    assert.deepEqual(
      b.findings.map((f) => [f.code, after.slice(f.start, f.end)]),
      [['power-base', 'Moscow'], ['power-base', 'Leningrad']],
    );
  });
});
