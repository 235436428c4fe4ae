/** The caches that hold document text are bounded, and can be emptied. */
import * as assert from 'node:assert/strict';
import { Engine } from '../../server/src/engine';
import { Memo } from '../../server/src/engine/memo';
import { bundledKb } from '../helpers';

describe('bounded caches', () => {
  it('a memo keeps at most its count, least recently used out first', () => {
    const m = new Memo<string, number>(3);
    for (const k of ['a', 'b', 'c']) m.set(k, k.charCodeAt(0));
    assert.equal(m.get('a'), 97); // a is now the most recent
    m.set('d', 100);
    assert.equal(m.size, 3);
    assert.equal(m.get('b'), undefined, 'b was the least recently used');
    assert.equal(m.get('a'), 97);
  });

  it('a memo keeps at most its weight in characters, and never an item heavier than that', () => {
    const m = new Memo<string, string>(1000, 100, (k) => k.length);
    for (let i = 0; i < 50; i++) m.set(String(i).padEnd(30, '.'), 'v');
    assert.ok(m.weight <= 100, `weight ${m.weight}`);
    assert.equal(m.size, 3);
    m.set('x'.repeat(101), 'too big');
    assert.equal(m.get('x'.repeat(101)), undefined);
    assert.ok(m.weight <= 100);
    // Setting a key again does not count it twice.
    const k = '49'.padEnd(30, '.');
    m.set(k, 'again');
    m.set(k, 'and again');
    assert.equal(m.weight, 90);
    m.clear();
    assert.equal(m.size, 0);
    assert.equal(m.weight, 0);
  });

  it('an engine forgets every cached block and Markdown chunk on clearCaches, and still answers the same', () => {
    const e = new Engine(bundledKb());
    // The block quotation goes to the Markdown parser, whose chunks are memoised.
    const text = '# Title\n\nBukharin, the leader of the left wing, wanted to keep NEP.\n\n> Trotsky wrote it.\n\nStalin was General Secretary.\n';
    const before = e.analyse(text, 'markdown');
    assert.ok(e.cacheStats.blocks > 0 && e.cacheStats.blockChars > 0 && e.cacheStats.markdownChunks > 0);
    e.clearCaches();
    assert.deepEqual(e.cacheStats, { blocks: 0, blockChars: 0, markdownChunks: 0 });
    const after = e.analyse(text, 'markdown');
    assert.deepEqual(JSON.parse(JSON.stringify(after.findings)), JSON.parse(JSON.stringify(before.findings)));
  });
});
