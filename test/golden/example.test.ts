/**
 * The bundled example essay that the README's first command checks: four deliberate errors of
 * four kinds, and true sentences with the usual traps (a question, a negation, a dated alliance,
 * a reported misconception, a hypothetical), which must stay quiet.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { computeLineStarts, lineOf } from '../../server/src/engine';
import { ROOT, applyFix, bundledEngine } from '../helpers';

describe('examples/essay.md', () => {
  const text = fs.readFileSync(path.join(ROOT, 'examples', 'essay.md'), 'utf8');
  const expected = [
    { line: 3, code: 'date', words: '1925', fixed: 'Lenin died in 1924 without naming a successor, and the Politburo split into wings.' },
    { line: 5, code: 'faction', words: 'left wing', fixed: 'Bukharin, the editor of Pravda, was the leader of the right wing and wanted NEP to keep going.' },
    { line: 7, code: 'office', words: 'General Secretary', fixed: 'Stalin, as General Secretary, seemed the obvious heir, and many feared him as a dictator.' },
    { line: 9, code: 'power-base', words: 'Moscow', fixed: "Zinoviev's power base was Leningrad, whereas Kamenev chaired the Moscow Soviet." },
  ];

  it('has exactly its four deliberate errors, each with a fix that makes its line true', () => {
    const findings = bundledEngine().analyse(text, 'markdown').findings;
    const starts = computeLineStarts(text);
    const got = findings.map((f) => {
      const line = lineOf(starts, f.start);
      return { line: line + 1, code: f.code, words: text.slice(f.start, f.end), fixed: applyFix(text, f).split('\n')[line] };
    });
    assert.deepEqual(got, expected);
    // Every fix applied, the essay is clean.
    let all = text;
    for (const f of [...findings].sort((a, b) => b.start - a.start)) all = applyFix(all, f);
    assert.deepEqual(bundledEngine().analyse(all, 'markdown').findings.map((f) => f.message), []);
  });

  it('is about ten sentences of prose', () => {
    const sentences = text.split('\n').filter((l) => /[.?!]$/.test(l.trim()));
    assert.ok(sentences.length >= 9 && sentences.length <= 12, `${sentences.length} sentences`);
  });
});
