/**
 * The language server as any editor sees it: `node dist/server.js --stdio`, JSON-RPC framed
 * by hand. Waits poll the message log for the publication they need; nothing sleeps.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { LspClient, applyEdits, fileUri, positionAt, textAt, type CodeAction, type Diagnostic, type Position, type PublishDiagnosticsParams } from './client';

const WRONG = 'Bukharin, the leader of the left wing, wanted to keep NEP.';
const RIGHT = 'Bukharin, the leader of the right wing, wanted to keep NEP.';

/** A small valid pack about a made-up person, for workspace packs. */
const EXTRA_PACK = `pack: extra-test
title: A made-up pack for the protocol tests
sources:
  invented: { title: "Invented for the tests" }
entities:
  - id: ivan-testov
    kind: person
    name: Ivan Testov
    label: Testov
    role: Commissar for Imaginary Affairs
    summary: A figure made up for the tests; he never existed.
    source: invented
  - id: grey-wing
    kind: faction
    name: grey faction
facts:
  - { who: ivan-testov, rel: member, what: grey-wing, from: 1923, to: 1925, source: invented }
`;

/** The same pack with a mistake on line 8 (kind is not a known kind). */
const BROKEN_PACK = EXTRA_PACK.replace('    kind: person\n', '    kind: persn\n');
const BROKEN_LINE = BROKEN_PACK.split('\n').findIndex((l) => l.includes('kind: persn')) + 1;

function tmpdir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'clio-lsp-'));
}

function workspaceWithPack(pack: string): { root: string; packFile: string } {
  const root = tmpdir();
  fs.mkdirSync(path.join(root, '.clio', 'knowledge'), { recursive: true });
  const packFile = path.join(root, '.clio', 'knowledge', 'extra.yaml');
  fs.writeFileSync(packFile, pack);
  return { root, packFile };
}

function factionDiags(p: PublishDiagnosticsParams): Diagnostic[] {
  return p.diagnostics.filter((d) => d.code === 'faction');
}

function offsetOf(text: string, words: string): number {
  const i = text.indexOf(words);
  assert.ok(i >= 0, `"${words}" not in text`);
  return i;
}

describe('LSP over stdio: defaults (no initializationOptions, null configuration)', function () {
  let c: LspClient;
  const uri = 'file:///nonexistent/clio-test/essay.md';

  before(async () => {
    c = new LspClient();
    const init = await c.initialize();
    const caps = init.capabilities;
    assert.ok(caps.hoverProvider, 'hover capability');
    assert.ok(caps.completionProvider, 'completion capability');
    assert.ok(caps.codeActionProvider, 'code action capability');
  });
  after(async () => {
    await c.stop();
  });

  it('answers workspace/configuration with null and still checks with the defaults', async () => {
    const from = c.mark;
    c.open(uri, 'markdown', WRONG, 1);
    const p = await c.diagnostics(uri, { from, version: 1 });
    const f = factionDiags(p);
    assert.equal(f.length, 1, JSON.stringify(p.diagnostics));
    assert.equal(f[0].source, 'clio');
    assert.equal(f[0].severity, 2, 'warning by default');
    assert.equal(textAt(WRONG, f[0].range), 'left wing');
    assert.ok(c.received.some((m) => m.method === 'workspace/configuration'), 'the server asked for its settings');
  });

  it('publishes for every version, an empty list once the sentence is fixed', async () => {
    let from = c.mark;
    const v2 = WRONG + '\n\nTrotsky led the left wing.';
    c.changeFull(uri, 2, v2);
    const p2 = await c.diagnostics(uri, { from, version: 2 });
    assert.equal(factionDiags(p2).length, 1);
    assert.equal(textAt(v2, factionDiags(p2)[0].range), 'left wing');
    assert.equal(factionDiags(p2)[0].range.start.line, 0);

    from = c.mark;
    // An incremental edit: "left" → "right" in the first sentence.
    const at = offsetOf(v2, 'left wing');
    c.change(uri, 3, { start: positionAt(v2, at), end: positionAt(v2, at + 4) }, 'right');
    const p3 = await c.diagnostics(uri, { from, version: 3 });
    assert.deepEqual(p3.diagnostics, []);

    from = c.mark;
    c.changeFull(uri, 4, WRONG);
    const p4 = await c.diagnostics(uri, { from, version: 4 });
    assert.equal(factionDiags(p4).length, 1);
  });

  it('publishes once per version: an open and each change, no repeats', async () => {
    const u = 'file:///nonexistent/clio-test/once.md';
    const from = c.mark;
    let text = WRONG;
    c.open(u, 'markdown', text, 1);
    for (let v = 2; v <= 4; v++) {
      await c.diagnostics(u, { from, version: v - 1 });
      c.change(u, v, { start: positionAt(text, 0), end: positionAt(text, 0) }, 'So ');
      text = 'So ' + text;
    }
    await c.diagnostics(u, { from, version: 4 });
    // A request round trip: anything published before its answer has arrived.
    await c.request('clio/stats', null);
    const versions = c.received.slice(from).filter((m) => m.method === 'textDocument/publishDiagnostics' && (m.params as PublishDiagnosticsParams).uri === u).map((m) => (m.params as PublishDiagnosticsParams).version);
    assert.deepEqual(versions, [1, 2, 3, 4]);
    c.close(u);
  });

  it('after edits that move lines and columns, publishes what a fresh open of the same text gets', async () => {
    const u = 'file:///nonexistent/clio-test/moves.md';
    const fresh = 'file:///nonexistent/clio-test/fresh.md';
    let text = ['# Notes', '', 'Bukharin led the left wing.', '', 'Zinoviev relied on Moscow.', '', '- Trotsky was General Secretary.', '', 'Kamenev led the right wing in 1924.'].join('\n');
    let from = c.mark;
    c.open(u, 'markdown', text, 1);
    await c.diagnostics(u, { from, version: 1 });
    // Lines inserted above, characters typed before a finding on its own line, a block joined to the next.
    const edits: [string, string][] = [['# Notes', '\n\nStalin won.\n'], ['Zinoviev relied', 'In 1925 '], ['- Trotsky', '  '], ['Kamenev led', 'x\n\n']];
    let v = 1;
    for (const [before, insert] of edits) {
      const at = offsetOf(text, before);
      from = c.mark;
      c.change(u, ++v, { start: positionAt(text, at), end: positionAt(text, at) }, insert);
      text = text.slice(0, at) + insert + text.slice(at);
      const edited = await c.diagnostics(u, { from, version: v });
      const f2 = c.mark;
      c.open(fresh, 'markdown', text, v);
      const opened = await c.diagnostics(fresh, { from: f2, version: v });
      c.close(fresh);
      assert.deepEqual(edited.diagnostics, opened.diagnostics, `after inserting ${JSON.stringify(insert)}`);
      assert.ok(edited.diagnostics.length >= 3);
    }
    c.close(u);
  });

  it('hovers at once after didOpen, without waiting for diagnostics', async () => {
    const u = 'file:///nonexistent/clio-test/hover.md';
    const text = 'Bukharin defended NEP.';
    c.open(u, 'markdown', text, 1);
    const h = await c.hover(u, { line: 0, character: 3 });
    assert.ok(h, 'a hover');
    assert.equal(h.contents.kind, 'markdown');
    assert.match(h.contents.value, /Bukharin/);
    assert.match(h.contents.value, /right wing/);
    assert.deepEqual(h.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 8 } });
    const none = await c.hover(u, { line: 0, character: 12 });
    assert.equal(none, null, 'no hover on an ordinary word');
    c.close(u);
  });

  it('completes "Socialism in O" with a range that starts at "Socialism"', async () => {
    const u = 'file:///nonexistent/clio-test/complete.md';
    const text = "Stalin's policy of Socialism in O";
    c.open(u, 'markdown', text, 1);
    type Item = { label: string; textEdit?: { range: { start: Position; end: Position }; newText: string } };
    const result = await c.request<Item[] | { items: Item[] }>('textDocument/completion', { textDocument: { uri: u }, position: positionAt(text, text.length) });
    const list = Array.isArray(result) ? result : result.items;
    const item = list.find((i) => i.label === 'Socialism in One Country');
    assert.ok(item, `labels: ${list.map((i) => i.label).join(', ')}`);
    assert.ok(item.textEdit);
    assert.deepEqual(item.textEdit.range.start, positionAt(text, text.indexOf('Socialism')));
    assert.deepEqual(item.textEdit.range.end, positionAt(text, text.length));
    assert.equal(applyEdits(text, [item.textEdit]), "Stalin's policy of Socialism in One Country");
    c.close(u);
  });

  it('offers a preferred quick fix that rewrites "left wing" to "right wing"', async () => {
    const u = 'file:///nonexistent/clio-test/fix.md';
    const from = c.mark;
    c.open(u, 'markdown', WRONG, 1);
    const diag = factionDiags(await c.diagnostics(u, { from, version: 1 }))[0];
    assert.ok(diag);
    const actions = await c.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: u }, range: diag.range, context: { diagnostics: [diag], only: ['quickfix'] } });
    const preferred = actions.filter((a) => a.isPreferred);
    assert.equal(preferred.length, 1, JSON.stringify(actions.map((a) => a.title)));
    assert.equal(preferred[0].kind, 'quickfix');
    const edits = preferred[0].edit?.changes?.[u];
    assert.ok(edits && edits.length);
    assert.equal(applyEdits(WRONG, edits), RIGHT);
    c.close(u);
  });

  it('fixes all with source.fixAll.clio', async () => {
    const u = 'file:///nonexistent/clio-test/fixall.md';
    const text = `${WRONG}\n\nTrotsky led the right wing in 1924.\n\nIn 1924 Rykov was a leftist.\n`;
    const from = c.mark;
    c.open(u, 'markdown', text, 1);
    const p = await c.diagnostics(u, { from, version: 1 });
    assert.equal(factionDiags(p).length, 3, JSON.stringify(p.diagnostics));
    const actions = await c.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: u },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll.clio'] },
    });
    assert.equal(actions.length, 1, JSON.stringify(actions.map((a) => a.title)));
    assert.equal(actions[0].kind, 'source.fixAll.clio');
    const fixed = applyEdits(text, actions[0].edit!.changes![u]);
    // Each fix keeps the writer's word form ("leftist" → "right-winger").
    assert.equal(fixed, `${RIGHT}\n\nTrotsky led the left wing in 1924.\n\nIn 1924 Rykov was a right-winger.\n`);
    // The fixed text is clean.
    const from2 = c.mark;
    c.changeFull(u, 2, fixed);
    assert.deepEqual(factionDiags(await c.diagnostics(u, { from: from2, version: 2 })), []);
    c.close(u);
  });

  it('silences the next line with clio-disable-next-line, and the Disable quick fix inserts it', async () => {
    const u = 'file:///nonexistent/clio-test/disable.md';
    const text = `Intro.\n\n${WRONG}\n`;
    let from = c.mark;
    c.open(u, 'markdown', text, 1);
    const diag = factionDiags(await c.diagnostics(u, { from, version: 1 }))[0];
    assert.ok(diag);
    const actions = await c.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: u }, range: diag.range, context: { diagnostics: [diag] } });
    const disable = actions.find((a) => /disable/i.test(a.title));
    assert.ok(disable, JSON.stringify(actions.map((a) => a.title)));
    const silenced = applyEdits(text, disable.edit!.changes![u]);
    assert.equal(silenced, `Intro.\n\n<!-- clio-disable-next-line faction -->\n${WRONG}\n`);
    from = c.mark;
    c.changeFull(u, 2, silenced);
    assert.deepEqual((await c.diagnostics(u, { from, version: 2 })).diagnostics, []);
    // Only the next line: the same sentence two lines down is still flagged.
    const twoLines = `<!-- clio-disable-next-line -->\n${WRONG}\n\n${WRONG}\n`;
    from = c.mark;
    c.changeFull(u, 3, twoLines);
    const p3 = factionDiags(await c.diagnostics(u, { from, version: 3 }));
    assert.equal(p3.length, 1);
    assert.equal(p3[0].range.start.line, 3);
    c.close(u);
  });

  it('closing a document clears its diagnostics', async () => {
    const from = c.mark;
    c.close(uri);
    const p = await c.diagnostics(uri, { from });
    assert.deepEqual(p.diagnostics, []);
  });

  it('writes nothing but framed LSP messages to stdout', () => {
    assert.ok(c.stdoutBytes > 0);
    assert.deepEqual(c.framingErrors, []);
    assert.ok(c.alive, 'the server is still running');
  });
});

describe('LSP over stdio: a client without workspace folders', function () {
  this.timeout(20000);
  it('starts and checks without an error about folder change events', async () => {
    const c = new LspClient();
    try {
      await c.initialize({ folders: false });
      const uri = 'file:///nonexistent/clio-test/nofolders.md';
      c.open(uri, 'markdown', WRONG, 1);
      assert.equal(factionDiags(await c.diagnostics(uri, { version: 1 })).length, 1);
      await c.request('clio/stats', null);
      const errors = c.notifications('window/logMessage').map((m) => m.params as { type: number; message: string }).filter((p) => p.type === 1);
      assert.deepEqual(errors, []);
      assert.doesNotMatch(c.stderr, /unhandled|uncaught/i);
    } finally {
      await c.stop();
    }
  });
});

describe('LSP over stdio: settings through workspace/configuration', function () {
  let c: LspClient;
  let settings: unknown = null;
  const uri = 'file:///nonexistent/clio-test/settings.md';

  before(async () => {
    c = new LspClient();
    c.onRequest('workspace/configuration', (p) => (p as { items: unknown[] }).items.map(() => settings));
    await c.initialize();
  });
  after(async () => {
    await c.stop();
  });

  /**
   * Change the settings and wait for the open document to be republished under them. A
   * configuration change may republish more than once (the global and the document's settings
   * are fetched separately), so wait for the publication that shows the new settings; each
   * step expects something different from the step before, so a stale one cannot pass.
   */
  async function publishAfterSettings(s: unknown, expect: (p: PublishDiagnosticsParams) => boolean, what: string): Promise<PublishDiagnosticsParams> {
    settings = s;
    const from = c.mark;
    c.notify('workspace/didChangeConfiguration', { settings: null });
    return c.waitFor(
      (m) => {
        if (m.method !== 'textDocument/publishDiagnostics') return undefined;
        const p = m.params as PublishDiagnosticsParams;
        return p.uri === uri && p.version === 1 && expect(p) ? p : undefined;
      },
      { from, what },
    );
  }
  const severity = (p: PublishDiagnosticsParams): number | undefined => (factionDiags(p).length === 1 ? factionDiags(p)[0].severity : -1);

  it('opens with the defaults: a warning', async () => {
    c.open(uri, 'markdown', WRONG, 1);
    const p = await c.diagnostics(uri, { version: 1 });
    assert.equal(severity(p), 2);
  });

  it('"off" hides the faction diagnostic', async () => {
    const p = await publishAfterSettings({ checks: { faction: 'off' } }, (q) => factionDiags(q).length === 0, 'no faction diagnostic');
    assert.deepEqual(factionDiags(p), []);
  });

  it('"error" makes it severity 1', async () => {
    await publishAfterSettings({ checks: { faction: 'error' } }, (q) => severity(q) === 1, 'an error');
  });

  it('dotted keys work too', async () => {
    await publishAfterSettings({ 'checks.faction': 'hint' }, (q) => severity(q) === 4, 'a hint');
  });

  it('a bad value ("loud") falls back to the default, says so, and the server keeps working', async () => {
    const from = c.mark;
    await publishAfterSettings({ checks: { faction: 'loud' }, maxFileSize: 'huge', languages: 'markdown' }, (q) => severity(q) === 2, 'the default severity');
    const shown = (m: { method?: string; params?: unknown }): boolean => (m.method === 'window/showMessage' || m.method === 'window/showMessageRequest') && /clio\.checks\.faction.*loud/.test((m.params as { message: string }).message);
    const warning = await c.waitFor((m) => (shown(m) ? m : undefined), { from, what: 'a message naming the bad setting' });
    assert.equal((warning.params as { type: number }).type, 2, 'a warning');
    // A round trip, so that every message about these settings has arrived.
    await c.hover(uri, { line: 0, character: 2 });
    assert.equal(c.received.slice(from).filter(shown).length, 1, 'said once, not once per document');
    const h = await c.hover(uri, { line: 0, character: 2 });
    assert.match(h?.contents.value ?? '', /right wing/);
    assert.ok(c.alive);
  });

  it('settings that are not an object at all fall back to the defaults', async () => {
    for (const bad of ['yes please', [1, 2, 3], 42]) {
      await publishAfterSettings({ checks: { faction: 'error' } }, (q) => severity(q) === 1, 'an error');
      await publishAfterSettings(bad, (q) => severity(q) === 2, `the default for ${JSON.stringify(bad)}`);
    }
  });

  it('still writes nothing but LSP to stdout', () => {
    assert.deepEqual(c.framingErrors, []);
  });
});

describe('LSP over stdio: workspace knowledge packs', function () {
  const made: string[] = [];
  after(() => {
    for (const d of made) fs.rmSync(d, { recursive: true, force: true });
  });

  it('loads .clio/knowledge/*.yaml from a workspace folder: hover on its person works', async () => {
    const { root } = workspaceWithPack(EXTRA_PACK);
    made.push(root);
    const c = new LspClient();
    try {
      await c.initialize({ rootPath: root });
      const u = fileUri(path.join(root, 'essay.md'));
      const text = 'In 1924 Testov backed Bukharin.';
      c.open(u, 'markdown', text, 1);
      const h = await c.hover(u, positionAt(text, text.indexOf('Testov') + 2));
      assert.ok(h, 'a hover on the workspace pack person');
      assert.match(h.contents.value, /Ivan Testov/);
      assert.match(h.contents.value, /Imaginary Affairs/);
      // The bundled pack is still there.
      const hb = await c.hover(u, positionAt(text, text.indexOf('Bukharin') + 2));
      assert.match(hb?.contents.value ?? '', /right wing/);
      // Deleting the pack takes its knowledge away (the last good version is for packs that break, not for packs that go).
      const packFile = path.join(root, '.clio', 'knowledge', 'extra.yaml');
      fs.rmSync(packFile);
      const from = c.mark;
      c.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(packFile), type: 3 }] });
      await c.waitFor((m) => (m.method === 'clio/status' ? m : undefined), { from, what: 'a status after the reload' });
      assert.equal(await c.hover(u, positionAt(text, text.indexOf('Testov') + 2)), null);
      assert.match((await c.hover(u, positionAt(text, text.indexOf('Bukharin') + 2)))?.contents.value ?? '', /right wing/);
    } finally {
      await c.stop();
    }
  });

  it('reports a broken workspace pack on the pack file, keeps checking essays, and reloads when the pack is fixed', async () => {
    const { root, packFile } = workspaceWithPack(BROKEN_PACK);
    made.push(root);
    const packUri = fileUri(packFile);
    const c = new LspClient();
    try {
      await c.initialize({ rootPath: root });
      const packDiags = await c.waitFor((m) => {
        if (m.method !== 'textDocument/publishDiagnostics') return undefined;
        const p = m.params as PublishDiagnosticsParams;
        return p.uri === packUri && p.diagnostics.length ? p : undefined;
      }, { what: 'diagnostics on the broken pack' });
      const d = packDiags.diagnostics[0];
      assert.equal(d.range.start.line, BROKEN_LINE - 1, `the line of the error (${d.message})`);
      assert.equal(d.severity, 1);
      assert.equal(d.source, 'clio');
      assert.match(d.message, /kind/);

      // Essays are still checked with the bundled pack.
      const u = fileUri(path.join(root, 'essay.md'));
      const text = `${WRONG}\n\nTestov was there.\n`;
      let from = c.mark;
      c.open(u, 'markdown', text, 1);
      const p = await c.diagnostics(u, { from, version: 1 });
      assert.equal(factionDiags(p).length, 1);
      assert.equal(await c.hover(u, positionAt(text, text.indexOf('Testov') + 1)), null, 'the broken pack is not loaded');

      // Fix the pack on disk and tell the server.
      fs.writeFileSync(packFile, EXTRA_PACK);
      from = c.mark;
      c.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: packUri, type: 2 }] });
      const cleared = await c.diagnostics(packUri, { from });
      assert.deepEqual(cleared.diagnostics, [], 'the pack diagnostics are cleared');
      // The essay is republished against the new knowledge.
      await c.diagnostics(u, { from, version: 1 });
      const h = await c.hover(u, positionAt(text, text.indexOf('Testov') + 1));
      assert.match(h?.contents.value ?? '', /Ivan Testov/);

      // Break it again: the last good version is kept, and the problem is reported.
      fs.writeFileSync(packFile, BROKEN_PACK);
      from = c.mark;
      c.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: packUri, type: 2 }] });
      const again = await c.waitFor((m) => {
        if (m.method !== 'textDocument/publishDiagnostics') return undefined;
        const q = m.params as PublishDiagnosticsParams;
        return q.uri === packUri && q.diagnostics.length ? q : undefined;
      }, { from, what: 'diagnostics on the pack broken again' });
      assert.ok(again.diagnostics.some((x) => x.range.start.line === BROKEN_LINE - 1 && x.severity === 1));
      await c.diagnostics(u, { from, version: 1 });
      const h2 = await c.hover(u, positionAt(text, text.indexOf('Testov') + 1));
      assert.match(h2?.contents.value ?? '', /Ivan Testov/, 'the last good version of the pack is kept');
      assert.deepEqual(c.framingErrors, []);
    } finally {
      await c.stop();
    }
  });

  it('clio.knowledge.bundled: false leaves only the workspace pack', async () => {
    const { root } = workspaceWithPack(EXTRA_PACK);
    made.push(root);
    const c = new LspClient();
    c.onRequest('workspace/configuration', (p) => (p as { items: unknown[] }).items.map(() => ({ knowledge: { bundled: false } })));
    try {
      await c.initialize({ rootPath: root });
      const u = fileUri(path.join(root, 'essay.md'));
      const text = `${WRONG}\n\nTestov was there.\n`;
      c.open(u, 'markdown', text, 1);
      // Settings arrive after `initialized`; the reload they cause is announced by clio/status
      // and followed by a fresh publication for the open essay.
      const status = await c.waitFor((m) => (m.method === 'clio/status' && (m.params as { entities: number }).entities < 10 ? m : undefined), { what: 'a status with only the workspace pack' });
      const p = await c.diagnostics(u, { from: c.received.indexOf(status), version: 1 });
      assert.deepEqual(factionDiags(p), [], 'no bundled facts: Bukharin is unknown');
      assert.equal(await c.hover(u, { line: 0, character: 2 }), null);
      const h = await c.hover(u, positionAt(text, text.indexOf('Testov') + 1));
      assert.match(h?.contents.value ?? '', /Ivan Testov/);
    } finally {
      await c.stop();
    }
  });
});
