/**
 * Every pack's own examples: sentences that must be flagged (and read as `fixed` after the
 * preferred fix) and sentences that must not. A pack that contradicts itself fails here.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildKnowledge } from '../../server/src/knowledge/build';
import { loadPacks } from '../../server/src/knowledge/load';
import { Engine } from '../../server/src/engine';
import { ROOT, FIXTURES, applyFix } from '../helpers';

const packFiles = [
  ...fs.readdirSync(path.join(ROOT, 'knowledge')).filter((f) => f.endsWith('.yaml')).map((f) => path.join(ROOT, 'knowledge', f)),
  ...(fs.existsSync(path.join(FIXTURES, 'packs')) ? fs.readdirSync(path.join(FIXTURES, 'packs')).filter((f) => f.endsWith('.yaml')).map((f) => path.join(FIXTURES, 'packs', f)) : []),
];

for (const file of packFiles) {
  describe(`pack examples: ${path.relative(ROOT, file)}`, () => {
    const loaded = loadPacks([file]);
    it('loads without problems', () => {
      assert.deepEqual(loaded.problems.map((p) => `${p.line}: ${p.message}`), []);
    });
    if (!loaded.packs.length) return;
    const kb = buildKnowledge(loaded.packs).kb;
    const engine = new Engine(kb);
    for (const ex of kb.examples) {
      if (ex.flag) {
        const flag = ex.flag;
        it(`flags (line ${ex.origin.line}): ${ex.text}`, () => {
          const fs2 = engine.analyse(ex.text, ex.format).findings.filter((f) => f.code !== 'name-spelling');
          assert.equal(fs2.length, 1, `expected one ${flag.code} finding, got: ${JSON.stringify(fs2.map((f) => [f.code, ex.text.slice(f.start, f.end), f.message]))}`);
          const f = fs2[0];
          assert.equal(f.code, flag.code);
          const at = ex.text.indexOf(flag.words);
          assert.ok(f.start < at + flag.words.length && at < f.end || f.fixes.some((x) => x.edits.some((e) => e.start < at + flag.words.length && at < e.end)), `range "${ex.text.slice(f.start, f.end)}" does not cover "${flag.words}"`);
          assert.equal(applyFix(ex.text, f), flag.fixed);
          // After the fix the text is true: nothing left to flag.
          assert.deepEqual(engine.analyse(flag.fixed, ex.format).findings.filter((g) => g.code !== 'name-spelling').map((g) => g.message), []);
        });
      } else {
        it(`leaves alone (line ${ex.origin.line}): ${ex.text}`, () => {
          const got = engine.analyse(ex.text, ex.format).findings;
          assert.deepEqual(got.map((f) => `${f.code}: ${ex.text.slice(f.start, f.end)}: ${f.message}`), []);
        });
      }
    }
  });
}
