/**
 * The shapes students write claims in, one line each: "+code|sentence" must get a finding of
 * that code, "-|sentence" must get none. (A line with two "|" parts is read right to left:
 * "+code|second sentence|first sentence", for pronouns that refer back.)
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { FIXTURES, findings } from '../helpers';

const dir = path.join(FIXTURES, 'shapes');
for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
  describe(`claim shapes: ${file}`, () => {
    for (const line of fs.readFileSync(path.join(dir, file), 'utf8').split('\n')) {
      if (!line.trim() || line.startsWith('#')) continue;
      const [want, ...rest] = line.split('|');
      const text = rest.reverse().join(' ');
      it(`${want === '-' ? 'silent on' : `flags ${want.slice(1)} in`}: ${text}`, () => {
        const got = findings(text).filter((f) => f.code !== 'name-spelling');
        if (want === '-') assert.deepEqual(got.map((f) => `${f.code}: ${text.slice(f.start, f.end)}`), []);
        else {
          assert.equal(got.length, 1, JSON.stringify(got.map((f) => [f.code, text.slice(f.start, f.end)])));
          assert.equal(got[0].code, want.slice(1));
          assert.ok(got[0].fixes.some((x) => x.preferred), 'a preferred fix');
        }
      });
    }
  });
}
