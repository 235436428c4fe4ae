// Helpers for the end-to-end suites (bundled into each *.test.js that imports them).
import * as assert from 'node:assert';
import * as vscode from 'vscode';

/** Clio's extension id (publisher.name in the root package.json). */
export const CLIO_ID = 'clio-history.clio-history';

/** The workspace folder the runner opened (a fresh copy of test/e2e/fixtures/workspace). */
export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'no workspace folder is open');
  return folder.uri;
}

/** Opens a file of the fixture workspace in an editor. */
export async function openFixture(relPath: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(workspaceRoot(), relPath));
  return vscode.window.showTextDocument(doc);
}

/** Activates Clio (the extension under development) and returns it. */
export async function activateClio(): Promise<vscode.Extension<unknown>> {
  const ext = vscode.extensions.getExtension(CLIO_ID);
  assert.ok(ext, `extension ${CLIO_ID} is not loaded`);
  await ext.activate();
  return ext;
}

/** The position of the `occurrence`-th (1-based) match of `text` in a document. */
export function positionOf(doc: vscode.TextDocument, text: string, occurrence = 1): vscode.Position {
  const all = doc.getText();
  let at = -1;
  for (let i = 0; i < occurrence; i++) {
    at = all.indexOf(text, at + 1);
    assert.ok(at >= 0, `${JSON.stringify(text)} (#${occurrence}) not found in ${doc.uri.path}`);
  }
  return doc.positionAt(at);
}

/** The text of every hover at a position, joined (markdown sources, not rendered). */
export async function hoverText(uri: vscode.Uri, pos: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, pos);
  return (hovers ?? [])
    .flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value)))
    .join('\n');
}

/**
 * Polls `probe` until it returns a truthy value (language servers answer asynchronously:
 * diagnostics and first hovers come some time after the document opens).
 */
export async function waitFor<T>(probe: () => T | Promise<T>, { timeoutMs = 15_000, intervalMs = 100, what = 'condition' } = {}): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  for (;;) {
    last = await probe();
    if (last) return last;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what} (last: ${JSON.stringify(last)})`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}
