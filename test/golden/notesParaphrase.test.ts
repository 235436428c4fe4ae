/** Essays that restate the class notes and the canon in a student's words: every sentence is true, so Clio says nothing. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { FIXTURES, findings } from '../helpers';

for (const file of ['notes-paraphrase.md', 'canon-restated.md']) {
  describe(`true essays: ${file}`, () => {
    it('gets no finding at all', () => {
      const text = fs.readFileSync(path.join(FIXTURES, 'golden', file), 'utf8');
      const got = findings(text, file.endsWith('.txt') ? 'plaintext' : 'markdown');
      assert.deepEqual(got.map((f) => `${f.code}: ${text.slice(f.start, f.end)}: ${f.message}`), []);
    });
  });
}
