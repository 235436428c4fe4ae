/**
 * Golden essays: whole student essays (Markdown, LaTeX, plain text) about the Soviet power
 * struggle, each with a `*.expected.json` beside it listing what a careful reader finds wrong:
 * `{ line, code, words, fixed_line }` (1-based line; the words the diagnostic covers; the line
 * after the preferred quick fix). The lists were written from the canon, not from the engine's
 * output. Where the engine does not yet agree, the case is listed in `knownGaps` with the
 * reason, and asserted to be still failing, so a fix in the engine shows up here as a failure
 * that asks for the gap to be removed.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { computeLineStarts, lineOf, type Finding } from '../../server/src/engine';
import type { DocFormat } from '../../server/src/knowledge/model';
import { FIXTURES, applyFix, bundledEngine } from '../helpers';

interface Row {
  line: number;
  code: string;
  words: string;
  fixed_line: string;
}

interface Gap {
  essay: string;
  /** missed: an expected finding the engine does not make; false-alarm: a finding on a true sentence; wrong-fix: found, but the preferred fix reads differently. */
  kind: 'missed' | 'false-alarm' | 'wrong-fix';
  line: number;
  code: string;
  words: string;
  reason: string;
}

const DIR = path.join(FIXTURES, 'golden');
const ESSAYS: { file: string; format: DocFormat }[] = [
  { file: 'power-struggle.md', format: 'markdown' },
  { file: 'power-struggle.tex', format: 'latex' },
  { file: 'power-struggle.txt', format: 'plaintext' },
];

/** Cases where the engine and the expected list disagree today. Remove an entry once the engine gets it right. */
const knownGaps: Gap[] = [];

function key(r: { line: number; code: string; words: string }): string {
  return `line ${r.line} ${r.code}: ${r.words}`;
}

function rowsOf(text: string, fs2: readonly Finding[]): (Row & { finding: Finding })[] {
  const starts = computeLineStarts(text);
  return fs2.map((f) => {
    const line = lineOf(starts, f.start);
    const fixed = f.fixes.some((x) => x.preferred) ? applyFix(text, f).split('\n')[line] : '(no preferred fix)';
    return { line: line + 1, code: f.code, words: text.slice(f.start, f.end), fixed_line: fixed, finding: f };
  });
}

describe('golden essays', () => {
  it('every known gap names an essay and, unless a false alarm, an expected row', () => {
    for (const g of knownGaps) {
      assert.ok(ESSAYS.some((e) => e.file === g.essay), `unknown essay ${g.essay}`);
      const expected: Row[] = JSON.parse(fs.readFileSync(path.join(DIR, `${g.essay}.expected.json`), 'utf8'));
      const inList = expected.some((r) => key(r) === key(g));
      assert.equal(inList, g.kind !== 'false-alarm', `${g.essay} ${key(g)}: ${g.kind === 'false-alarm' ? 'a false alarm must not be in the expected list' : 'not in the expected list'}`);
    }
  });

  for (const essay of ESSAYS) {
    describe(essay.file, () => {
      const text = fs.readFileSync(path.join(DIR, essay.file), 'utf8');
      const expected: Row[] = JSON.parse(fs.readFileSync(path.join(DIR, `${essay.file}.expected.json`), 'utf8'));
      const gaps = knownGaps.filter((g) => g.essay === essay.file);
      const gapKeys = (kind: Gap['kind']): Set<string> => new Set(gaps.filter((g) => g.kind === kind).map(key));
      const lines = text.split('\n');
      let cached: (Row & { finding: Finding })[] | undefined;
      const actual = (): (Row & { finding: Finding })[] => (cached ??= rowsOf(text, bundledEngine().analyse(text, essay.format).findings));

      it('the expected list is well formed: the words are on their line and the fix changes it', () => {
        assert.ok(expected.length >= 5, 'an essay carries at least five deliberate errors');
        for (const r of expected) {
          assert.ok(lines[r.line - 1]?.includes(r.words), `line ${r.line} does not contain "${r.words}"`);
          assert.notEqual(r.fixed_line, lines[r.line - 1], `line ${r.line}: the fix must change the line`);
        }
      });

      it('finds exactly the expected findings (code, line, covered words)', () => {
        const missed = gapKeys('missed');
        const falseAlarms = gapKeys('false-alarm');
        const want = expected.map(key).filter((k) => !missed.has(k)).sort();
        const got = actual().map(key).filter((k) => !falseAlarms.has(k)).sort();
        assert.deepEqual(got, want);
      });

      it('each preferred fix gives the expected line', () => {
        const skip = new Set([...gapKeys('missed'), ...gapKeys('wrong-fix')]);
        for (const r of expected) {
          if (skip.has(key(r))) continue;
          const got = actual().find((a) => key(a) === key(r));
          assert.ok(got, `no finding for ${key(r)}`);
          assert.equal(got.fixed_line, r.fixed_line, key(r));
        }
      });

      for (const g of gaps) {
        it(`known gap, still failing (${g.kind}) ${key(g)}: ${g.reason}`, () => {
          const hit = actual().find((a) => key(a) === key(g));
          const fixedMsg = `this gap is fixed in the engine: remove it from knownGaps in test/golden/golden.test.ts`;
          if (g.kind === 'missed') assert.equal(hit, undefined, fixedMsg);
          else if (g.kind === 'false-alarm') assert.ok(hit, fixedMsg);
          else {
            const want = expected.find((r) => key(r) === key(g))!;
            assert.ok(hit, `no finding for ${key(g)} any more`);
            assert.notEqual(hit.fixed_line, want.fixed_line, fixedMsg);
          }
        });
      }
    });
  }
});
