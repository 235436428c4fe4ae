// Clio's language features in a real workbench: hover cards, completion, diagnostics, quick fixes
// and commands, asked for through VS Code's own command API (what the editor itself calls).
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import {
  activateClio, clioDiagnostics, codeActions, completionLabels, diagnosticCode, openFixture, positionOf,
  waitFor, waitForDiagnostics, waitForHover, waitForNoDiagnostics, workspaceRoot,
} from './util';

suite('language features', () => {
  suiteSetup(async () => {
    await activateClio();
  });

  test('hover over a name shows its card', async () => {
    const { document } = await openFixture('essay.md');
    // The second "Bukharin" is in a true sentence; the card does not depend on the sentence.
    const text = await waitForHover(document.uri, positionOf(document, 'Bukharin', 2).translate(0, 2), /right wing/);
    assert.match(text, /Bukharin/);
    assert.match(text, /right wing/);
  });

  test('completion after "Bukh" offers Bukharin', async () => {
    const { document } = await openFixture('completion.md');
    const at = positionOf(document, 'Bukh').translate(0, 'Bukh'.length);
    const labels = await waitFor(async () => {
      const l = await completionLabels(document.uri, at);
      return l.includes('Bukharin') ? l : undefined;
    }, { what: 'Bukharin among the completion items' });
    assert.ok(labels.includes('Bukharin'), labels.join(', '));
  });

  test('a wrong sentence gets a faction diagnostic and its quick fix rewrites it', async () => {
    const editor = await openFixture('fix.md');
    const { document } = editor;
    const [d] = await waitForDiagnostics(document.uri, 'faction');
    assert.strictEqual(d.source, 'clio');
    assert.strictEqual(diagnosticCode(d), 'faction');
    assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Warning);
    assert.match(d.message, /right wing/);
    assert.strictEqual(document.getText(d.range), 'left wing');

    const actions = await codeActions(document.uri, d.range);
    const preferred = actions.find((a) => a.isPreferred);
    assert.ok(preferred, `no preferred quick fix among: ${actions.map((a) => a.title).join(' | ')}`);
    assert.match(preferred.title, /Replace .*left wing.* with .*right wing/);
    assert.ok(preferred.edit, 'the preferred quick fix has no edit');
    assert.ok(await vscode.workspace.applyEdit(preferred.edit), 'workspace.applyEdit refused the edit');

    assert.strictEqual(document.lineAt(2).text, 'Bukharin led the right wing in 1924.');
    await waitForNoDiagnostics(document.uri, 'faction');
    assert.deepStrictEqual(clioDiagnostics(document.uri), []);
  });

  test("Clio's four commands are registered", async () => {
    const all = new Set(await vscode.commands.getCommands(true));
    for (const c of ['clio.showCard', 'clio.reloadKnowledge', 'clio.checkWorkspace', 'clio.openKnowledgePack']) {
      assert.ok(all.has(c), `${c} is not registered`);
    }
  });

  test('"Clio: Check Workspace" reports on essays that are not open', async () => {
    const uri = vscode.Uri.joinPath(workspaceRoot(), 'notes/unopened.md');
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString()), 'notes/unopened.md is already open');
    assert.deepStrictEqual(clioDiagnostics(uri), []);
    await vscode.commands.executeCommand('clio.checkWorkspace');
    const [d] = await waitForDiagnostics(uri, 'faction');
    assert.match(d.message, /Kamenev/);
  });

  test('the commands are contributed with titles (Command Palette)', () => {
    const pkg = vscode.extensions.getExtension('clio-history.clio-history')!.packageJSON as { contributes: { commands: { command: string; title: string }[] } };
    const titles = Object.fromEntries(pkg.contributes.commands.map((c) => [c.command, c.title]));
    assert.deepStrictEqual(titles, {
      'clio.showCard': 'Show Card',
      'clio.reloadKnowledge': 'Reload Knowledge',
      'clio.checkWorkspace': 'Check Workspace',
      'clio.openKnowledgePack': 'Open Knowledge Pack',
    });
  });
});
