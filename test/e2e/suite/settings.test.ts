// Settings reach the server: clio.checks.faction = off removes faction diagnostics, and
// resetting it brings them back.
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { activateClio, clioDiagnostics, openFixture, waitFor, waitForDiagnostics, waitForNoDiagnostics } from './util';

suite('settings', () => {
  suiteSetup(async () => {
    await activateClio();
  });

  test('every clio.* setting the server reads is contributed, with scope resource', () => {
    const pkg = vscode.extensions.getExtension('clio-history.clio-history')!.packageJSON as { contributes: { configuration: { properties: Record<string, { scope?: string; default?: unknown; description?: string; markdownDescription?: string }> } } };
    const props = pkg.contributes.configuration.properties;
    const expected = ['clio.enabled', 'clio.languages', 'clio.knowledge.paths', 'clio.knowledge.bundled', 'clio.maxFileSize', 'clio.trace.server',
      ...['faction', 'stance', 'office', 'power-base', 'authorship', 'date', 'alliance', 'fate', 'name-spelling'].map((c) => `clio.checks.${c}`)];
    assert.deepStrictEqual(Object.keys(props).sort(), expected.sort());
    for (const [k, v] of Object.entries(props)) {
      assert.strictEqual(v.scope, 'resource', `${k} scope`);
      assert.ok(v.description || v.markdownDescription, `${k} has no description`);
    }
    const cfg = vscode.workspace.getConfiguration('clio');
    assert.strictEqual(cfg.get('checks.faction'), 'warning');
    assert.strictEqual(cfg.get('checks.name-spelling'), 'information');
    assert.strictEqual(cfg.get('maxFileSize'), 2097152);
  });

  test('clio.checks.faction = off removes the diagnostic; resetting brings it back', async () => {
    const { document } = await openFixture('checks.md');
    await waitForDiagnostics(document.uri, 'faction');
    const cfg = () => vscode.workspace.getConfiguration('clio', document.uri);
    await cfg().update('checks.faction', 'off', vscode.ConfigurationTarget.Workspace);
    try {
      await waitForNoDiagnostics(document.uri, 'faction');
      assert.deepStrictEqual(clioDiagnostics(document.uri), []);
      await cfg().update('checks.faction', 'error', vscode.ConfigurationTarget.Workspace);
      await waitFor(() => clioDiagnostics(document.uri, 'faction').find((d) => d.severity === vscode.DiagnosticSeverity.Error), { what: 'the faction diagnostic as an error' });
    } finally {
      await cfg().update('checks.faction', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitFor(() => clioDiagnostics(document.uri, 'faction').find((d) => d.severity === vscode.DiagnosticSeverity.Warning), { what: 'the faction diagnostic back as a warning' });
  });
});
