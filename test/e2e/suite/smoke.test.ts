// Smoke test: the workbench loaded Clio from the repository and it activates on an essay.
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { CLIO_ID, activateClio, openFixture } from './util';

suite('workbench smoke', () => {
  test('Clio is loaded as the extension under development', () => {
    const ext = vscode.extensions.getExtension(CLIO_ID);
    assert.ok(ext, `${CLIO_ID} not found among ${vscode.extensions.all.length} extensions`);
  });

  test('a Markdown essay opens and Clio activates', async () => {
    const editor = await openFixture('essay.md');
    assert.strictEqual(editor.document.languageId, 'markdown');
    const ext = await activateClio();
    assert.ok(ext.isActive);
  });
});
