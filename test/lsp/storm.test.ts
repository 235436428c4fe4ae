/**
 * An edit storm over stdio: 2,000 incremental changes in one burst while 200 other documents
 * are opened and closed. The server must keep answering, publish the final version last, and
 * keep nothing of the documents once they are all closed.
 */
import * as assert from 'node:assert/strict';
import { Engine } from '../../server/src/engine';
import { bundledKb } from '../helpers';
import { LspClient, positionAt, type PublishDiagnosticsParams } from './client';

interface Stats {
  documents: number;
  analyses: number;
  analysed: { uri: string; version: number; readChars: number }[];
  pending: number;
  skipped: number;
  settings: number;
  cachedBlocks: number;
  cachedBlockChars: number;
  cachedMarkdownChunks: number;
}

describe('LSP edit storm', function () {
  this.timeout(60000);
  let c: LspClient;
  before(async () => {
    c = new LspClient();
    await c.initialize();
  });
  after(async () => {
    await c.stop();
  });

  it('2,000 changes and 200 opened-and-closed documents: hover answers, the last publication is the final version, and closed documents are forgotten', async () => {
    const uri = 'file:///nonexistent/storm/essay.md';
    const start = '# Storm\n\nIntro.\n';
    let text = start;
    c.open(uri, 'markdown', text, 1);
    await c.diagnostics(uri, { version: 1 });

    // What is typed, one character per change; a paragraph break now and then.
    const typed = [
      'Bukharin, the leader of the left wing, wanted to keep NEP. ',
      'Stalin was General Secretary from 1922. ',
      'Trotsky commanded the Red Army in 1923.\n\n',
      'In 1924 Rykov was a leftist. ',
      'Zinoviev had his power base in Leningrad.\n\n',
    ]
      .join('')
      .repeat(20);
    const N = 2000;
    let version = 1;
    let opened = 0;
    for (let i = 0; i < N; i++) {
      const ch = typed[i % typed.length];
      // Mostly typing at the end; every 50th change rewrites the last three characters (a range edit).
      if (i % 50 === 49 && text.length > start.length + 3) {
        const at = text.length - 3;
        c.change(uri, ++version, { start: positionAt(text, at), end: positionAt(text, text.length) }, text.slice(at));
      } else {
        c.change(uri, ++version, { start: positionAt(text, text.length), end: positionAt(text, text.length) }, ch);
        text += ch;
      }
      if (i % 10 === 0 && opened < 200) {
        const other = `file:///nonexistent/storm/other-${opened}.${['md', 'tex', 'txt'][opened % 3]}`;
        c.open(other, ['markdown', 'latex', 'plaintext'][opened % 3], `Document ${opened}: Bukharin led the left wing in 1924.\n`, 1);
        if (opened % 2) c.change(other, 2, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, 'Edited. ');
        c.close(other);
        opened++;
      }
    }
    assert.equal(opened, 200);
    const finalVersion = version;

    // Hover answers on the final text.
    const h = await c.hover(uri, positionAt(text, text.lastIndexOf('Bukharin') + 2));
    assert.match(h?.contents.value ?? '', /right wing/);

    // The final version is published, with the findings of the final text.
    const last = await c.diagnostics(uri, { version: finalVersion, timeoutMs: 30000 });
    // A request round trip: anything published before its answer has arrived.
    await c.request('clio/stats', null);
    const all = c.notifications('textDocument/publishDiagnostics').map((m) => m.params as PublishDiagnosticsParams).filter((p) => p.uri === uri);
    const lastPublished = all[all.length - 1];
    assert.equal(lastPublished.version, finalVersion, 'the last publication is of the final version');
    assert.ok(all.length >= 2 && all.length <= N + 2, `${all.length} publications for ${N} changes`);
    // Versions only grow.
    for (let i = 1; i < all.length; i++) assert.ok((all[i].version ?? 0) >= (all[i - 1].version ?? 0), 'no stale version after a newer one');
    const expected = new Engine(bundledKb())
      .analyse(text, 'markdown')
      .findings.map((f) => ({ code: f.code, start: positionAt(text, f.start), end: positionAt(text, f.end), message: f.message }));
    assert.ok(expected.filter((f) => f.code === 'faction').length >= 2, 'the typed text has findings');
    assert.deepEqual(
      last.diagnostics.map((d) => ({ code: d.code, start: d.range.start, end: d.range.end, message: d.message })),
      expected,
    );
    assert.deepEqual(lastPublished.diagnostics, last.diagnostics);

    // Every other document ended closed, its diagnostics cleared last.
    for (let i = 0; i < 200; i++) {
      const other = `file:///nonexistent/storm/other-${i}.${['md', 'tex', 'txt'][i % 3]}`;
      const pubs = c.notifications('textDocument/publishDiagnostics').map((m) => m.params as PublishDiagnosticsParams).filter((p) => p.uri === other);
      assert.ok(pubs.length >= 1, other);
      assert.deepEqual(pubs[pubs.length - 1].diagnostics, [], `${other} ends with no diagnostics`);
    }

    let stats = await c.request<Stats>('clio/stats', null);
    assert.equal(stats.documents, 1);
    assert.ok(stats.analyses <= 1, JSON.stringify(stats));
    assert.deepEqual(stats.analysed.map((a) => [a.uri, a.version]), [[uri, finalVersion]]);
    assert.ok(stats.cachedBlocks > 0);

    // Close the last document: nothing of any document is kept.
    const from = c.mark;
    c.close(uri);
    assert.deepEqual((await c.diagnostics(uri, { from })).diagnostics, []);
    stats = await c.request<Stats>('clio/stats', null);
    const { codeCache: _start, memory, ...kept } = stats as Stats & { codeCache?: string; memory: { youngGenerationHeld: boolean; spaces: Record<string, [number, number]> } };
    assert.deepEqual(kept, { documents: 0, analyses: 0, analysed: [], pending: 0, skipped: 0, settings: 0, cachedBlocks: 0, cachedBlockChars: 0, cachedMarkdownChunks: 0 });
    // The young generation stopped growing at its size after the packs loaded (memory.ts), storm or not.
    assert.equal(memory.youngGenerationHeld, true);
    assert.ok(memory.spaces.new[0] <= 4, JSON.stringify(memory));
    assert.equal(await c.hover(uri, { line: 2, character: 2 }), null, 'a closed document has no hover');
    assert.deepEqual(c.framingErrors, []);
    assert.ok(c.alive);
  });
});
