/**
 * Held-out essays: twenty-six whole essays (400–1,500 words each; Markdown, LaTeX and plain text)
 * written by readers who had not seen the engine's rules, after the paragraph suites were in.
 * Twenty-three are true from start to end and must raise nothing; three carry five deliberate errors
 * each, listed in `*.expected.json` beside them ({ line, code, words, fixed_line }), every one of
 * which must be found, with a preferred fix that makes its line true.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { computeLineStarts, lineOf } from '../../server/src/engine';
import type { DocFormat } from '../../server/src/knowledge/model';
import { FIXTURES, applyFix, bundledEngine } from '../helpers';

const DIR = path.join(FIXTURES, 'held-out');
const FORMAT: Record<string, DocFormat> = { '.md': 'markdown', '.tex': 'latex', '.txt': 'plaintext' };
const essays = fs.readdirSync(DIR).filter((f) => FORMAT[path.extname(f)]).sort();

describe('held-out essays', () => {
  it('are all here: twenty-three true, three with errors, in all three formats', () => {
    const withErrors = essays.filter((f) => fs.existsSync(path.join(DIR, `${f}.expected.json`)));
    assert.equal(essays.length, 26);
    assert.equal(withErrors.length, 3);
    assert.deepEqual([...new Set(essays.map((f) => path.extname(f)))].sort(), ['.md', '.tex', '.txt']);
  });

  for (const file of essays) {
    const text = fs.readFileSync(path.join(DIR, file), 'utf8');
    const expectedFile = path.join(DIR, `${file}.expected.json`);
    const findings = () => bundledEngine().analyse(text, FORMAT[path.extname(file)]).findings.filter((f) => f.code !== 'name-spelling');
    if (!fs.existsSync(expectedFile)) {
      it(`${file}: a true essay raises nothing`, () => {
        const starts = computeLineStarts(text);
        assert.deepEqual(findings().map((f) => `line ${lineOf(starts, f.start) + 1} ${f.code}: ${f.message}`), []);
      });
      continue;
    }
    it(`${file}: each planted error is found, with a fix that rewrites its line`, () => {
      const expected: { line: number; code: string; words: string; fixed_line: string }[] = JSON.parse(fs.readFileSync(expectedFile, 'utf8'));
      assert.equal(expected.length, 5);
      const starts = computeLineStarts(text);
      const got = findings().map((f) => {
        const line = lineOf(starts, f.start);
        return { line: line + 1, code: f.code, words: text.slice(f.start, f.end), fixed_line: applyFix(text, f).split('\n')[line] };
      });
      assert.deepEqual(got, expected);
    });
  }
});
