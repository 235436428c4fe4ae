/** An essay that restates the class notes in a student's words: every sentence is true, so Clio says nothing. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { FIXTURES, findings } from '../helpers';

describe('the class notes, restated', () => {
  it('gets no finding at all', () => {
    const text = fs.readFileSync(path.join(FIXTURES, 'golden', 'notes-paraphrase.md'), 'utf8');
    const got = findings(text, 'markdown');
    assert.deepEqual(got.map((f) => `${f.code}: ${text.slice(f.start, f.end)}: ${f.message}`), []);
  });
});
