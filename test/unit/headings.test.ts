/**
 * A heading that names a man ("## Stalin", "\section{Bukharin (1888--1938)}") is the subject of a
 * "he" that opens the paragraphs under it, until the next heading. His name is outside the
 * paragraph, so no fix rewrites it there; and an edit to the heading re-reads what it governs.
 */
import * as assert from 'node:assert/strict';
import { Engine, type Analysis } from '../../server/src/engine';
import type { DocFormat } from '../../server/src/knowledge/model';
import { bundledKb } from '../helpers';

describe('name headings', () => {
  const kb = bundledKb();
  const check = (text: string, format: DocFormat = 'markdown'): string[] =>
    new Engine(kb).analyse(text, format).findings.filter((f) => f.code !== 'name-spelling').map((f) => `${f.code}: ${text.slice(f.start, f.end)}`);

  it('"## Stalin" then "He was War Commissar": Stalin\'s claim, fixed in the words', () => {
    const text = '## Stalin\n\nHe was War Commissar from April 1922.\n';
    const fs = new Engine(kb).analyse(text, 'markdown').findings.filter((f) => f.code !== 'name-spelling');
    assert.deepEqual(fs.map((f) => `${f.code}: ${text.slice(f.start, f.end)}`), ['office: War Commissar']);
    assert.match(fs[0].message, /not Stalin/);
    // Every fix edits the paragraph, none the heading.
    for (const fix of fs[0].fixes) for (const e of fix.edits) assert.ok(e.start > text.indexOf('He'), fix.title);
  });

  it('true under its own heading, silent; another heading (not a name) ends its reach', () => {
    assert.deepEqual(check('## Stalin\n\nHe was General Secretary from April 1922.\n'), []);
    assert.deepEqual(check('## Stalin\n\nSome background.\n\n## The triumvirate\n\nHe was War Commissar in 1923.\n'), []);
    assert.deepEqual(check('## Trotsky\n\nHe led the left wing.\n\n## Bukharin\n\nHe led the left wing in 1925.\n'), ['faction: left wing']);
  });

  it('LaTeX sections, with life dates beside the name', () => {
    assert.deepEqual(check('\\section{Bukharin (1888--1938)}\n\nHe was executed in 1929.\n', 'latex'), ['date: 1929']);
    assert.deepEqual(check('\\subsection{Trotsky}\nHe led the right wing.\n', 'latex'), ['faction: right wing']);
  });

  it('an edit to the heading re-reads the paragraph under it (the cached result was read under another man)', () => {
    const engine = new Engine(kb);
    const a = engine.analyse('## Trotsky\n\nHe led the left wing.\n', 'markdown');
    assert.deepEqual(a.findings.filter((f) => f.code !== 'name-spelling').length, 0);
    const text = '## Bukharin\n\nHe led the left wing.\n';
    const b = engine.analyse(text, 'markdown', a);
    assert.deepEqual(b.findings.filter((f) => f.code !== 'name-spelling').map((f) => text.slice(f.start, f.end)), ['left wing']);
    // And back: the paragraph's result under Trotsky is found again.
    const c = engine.analyse('## Trotsky\n\nHe led the left wing.\n', 'markdown', b);
    assert.equal(c.findings.filter((f) => f.code !== 'name-spelling').length, 0);
  });

  it('label lines under a name heading say what he was: "- Wing: right", "- Support: Leningrad"', () => {
    assert.deepEqual(check('## Trotsky\n\n- Wing: right\n- Power base: the Red Army\n- Office: War Commissar (1918-1925)\n'), ['faction: right']);
    assert.deepEqual(check('## Kamenev\n\n- Support: Leningrad\n- **Wing:** left\n'), ['power-base: Leningrad']);
    // Not under a heading that names no one, nor a label that is no column ("Key idea").
    assert.deepEqual(check('## Events\n\n- Wing: right\n'), []);
    assert.deepEqual(check('## Kamenev\n\n- Key idea: Permanent Revolution\n'), []);
  });

  it('a "he" that points ahead to the main clause\'s name is not the heading\'s man', () => {
    assert.deepEqual(check('## Tomsky\n\nBecause he commanded the Red Army and had an arrogant manner, Trotsky was feared.\n'), []);
  });

  it('under a heading of mistakes ("Common errors", "Mistakes to avoid") the lines are what not to write, until the next heading', () => {
    const md = '## Common errors\n\n- making Bukharin the leader of the left\n- Trotsky as General Secretary\n\n## Facts\n\nBukharin led the left.\n';
    assert.deepEqual(check(md), ['faction: left']);
    assert.deepEqual(check('\\section{Common misconceptions}\nTrotsky was General Secretary.\n\\section{Facts}\nTrotsky was General Secretary.\n', 'latex'), ['office: General Secretary']);
    // A title about myths may head the writer's own claims; a heading about something else checks its
    // lines, and an edit to the heading re-reads them.
    assert.deepEqual(check('\\section{Myths, revisited}\nTrotsky was General Secretary.\n', 'latex'), ['office: General Secretary']);
    const engine = new Engine(kb);
    const before = engine.analyse('## Mistakes to avoid\n\nTrotsky was General Secretary.\n', 'markdown');
    assert.equal(before.findings.length, 0);
    const after = engine.analyse('## Conclusions\n\nTrotsky was General Secretary.\n', 'markdown', before);
    assert.deepEqual(after.findings.map((f) => f.code), ['office']);
  });
});

describe('year headings', () => {
  const kb = bundledKb();
  const check = (text: string, format: DocFormat = 'markdown'): string[] =>
    new Engine(kb).analyse(text, format).findings.filter((f) => f.code !== 'name-spelling').map((f) => `${f.code}: ${text.slice(f.start, f.end)}`);

  it('"## 1927" dates the undated claims under it, to the next heading', () => {
    assert.deepEqual(check('## 1927\n\nTrotsky was War Commissar.\n\nStalin was General Secretary.\n'), ['office: War Commissar']);
    assert.deepEqual(check('## 1923–1924: the troika\n\nBukharin led the left wing.\n'), ['faction: left wing']);
    // Another heading ends its reach; a claim with its own year keeps it.
    assert.deepEqual(check('## 1927\n\nSome background.\n\n## Later\n\nTrotsky was War Commissar.\n'), []);
    assert.deepEqual(check('## 1927\n\nIn 1923 Trotsky was War Commissar.\n'), []);
    // A heading that only mentions a year among its words is no year heading.
    assert.deepEqual(check('## Why 1927 mattered\n\nTrotsky was War Commissar.\n'), []);
  });

  it('LaTeX sections, and an edit to the heading re-reads the blocks under it', () => {
    assert.deepEqual(check('\\section{1928}\nTrotsky was War Commissar.\n', 'latex'), ['office: War Commissar']);
    // One engine, each version analysed from the one before: the block under the heading is read again.
    const engine = new Engine(kb);
    let previous: Analysis | undefined;
    const flagged = ['## 1923', '## 1927', '## 1923'].map((heading) => {
      const text = `${heading}\n\nTrotsky was War Commissar.\n`;
      previous = engine.analyse(text, 'markdown', previous);
      return previous.findings.filter((f) => f.code !== 'name-spelling').map((f) => text.slice(f.start, f.end));
    });
    assert.deepEqual(flagged, [[], ['War Commissar'], []]);
  });
});
