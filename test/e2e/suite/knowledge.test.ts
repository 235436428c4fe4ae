// Workspace knowledge packs: a pack in .clio/knowledge/ is loaded beside the bundled one; a broken
// pack is reported on its own file, at its line, and takes nothing else down.
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import {
  activateClio, clioDiagnostics, openFixture, positionOf, waitFor, waitForDiagnostics, waitForHover,
  workspaceRoot, writeWorkspaceFile,
} from './util';

// `kind: wizard` (line 5) is not a kind the schema knows.
const BROKEN_PACK = `pack: broken-e2e
title: A pack with a mistake in it
entities:
  - id: nobody
    kind: wizard
    name: Nobody at all
facts: []
`;

suite('workspace knowledge packs', () => {
  suiteSetup(async () => {
    await activateClio();
  });

  test('a pack in .clio/knowledge/ is picked up (hover on its person)', async () => {
    const { document } = await openFixture('cromwell.md');
    const text = await waitForHover(document.uri, positionOf(document, 'Cromwell').translate(0, 1), /Lord Protector/);
    assert.match(text, /Oliver Cromwell/);
  });

  test('a broken pack is reported at its line and does not break the rest', async () => {
    const essay = (await openFixture('essay.md')).document;
    await waitForDiagnostics(essay.uri, 'faction');
    const rel = '.clio/knowledge/broken.yaml';
    const broken = await writeWorkspaceFile(rel, BROKEN_PACK);
    try {
      // The client's file watcher tells the server, which reloads and reports the pack's problems.
      const [d] = await waitForDiagnostics(broken, 'pack', 20_000);
      assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Error);
      assert.strictEqual(d.range.start.line, 4, `expected line 5, got ${d.range.start.line + 1}: ${d.message}`);
      assert.match(d.message, /kind/);

      // Everything else still works: the essay keeps its diagnostic, the good workspace pack its card.
      assert.strictEqual(clioDiagnostics(essay.uri, 'faction').length, 1);
      const cromwell = (await openFixture('cromwell.md')).document;
      await waitForHover(cromwell.uri, positionOf(cromwell, 'Cromwell').translate(0, 1), /Lord Protector/);
      const bukharin = await waitForHover(essay.uri, positionOf(essay, 'Bukharin', 2).translate(0, 1), /right wing/);
      assert.match(bukharin, /Bukharin/);
      // Editing the essay is still checked with the knowledge that loaded.
      const editor = await vscode.window.showTextDocument(essay);
      const line = essay.lineCount - 1;
      await editor.edit((e) => e.insert(essay.lineAt(line).range.end, '\n\nIn 1925 Rykov was a left-winger.\n'));
      await waitFor(() => clioDiagnostics(essay.uri, 'faction').length === 2 || undefined, { what: 'a second faction diagnostic after an edit' });
    } finally {
      await vscode.workspace.fs.delete(vscode.Uri.joinPath(workspaceRoot(), rel));
    }
    // Fixing the pack (here: removing it) clears its diagnostics.
    await waitFor(() => clioDiagnostics(broken, 'pack').length === 0 || undefined, { timeoutMs: 20_000, what: 'the pack diagnostics to clear' });
  });
});
