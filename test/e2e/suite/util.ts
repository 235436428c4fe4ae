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
type Falsy = undefined | null | false | 0 | '';
export async function waitFor<T>(probe: () => T | Falsy | Promise<T | Falsy>, { timeoutMs = 15_000, intervalMs = 100, what = 'condition' } = {}): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | Falsy;
  for (;;) {
    last = await probe();
    if (last) return last;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what} (last: ${JSON.stringify(last)})`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

/** Clio's diagnostics on a document (optionally only those with one code). */
export function clioDiagnostics(uri: vscode.Uri, code?: string): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'clio' && (code === undefined || diagnosticCode(d) === code));
}

/** A diagnostic's code as a string (codes may come as `{ value, target }`). */
export function diagnosticCode(d: vscode.Diagnostic): string | undefined {
  const c = d.code;
  if (c === undefined) return undefined;
  return typeof c === 'object' ? String(c.value) : String(c);
}

/** Waits until Clio has published at least one diagnostic with `code` on `uri`, and returns them. */
export function waitForDiagnostics(uri: vscode.Uri, code: string, timeoutMs = 15_000): Promise<vscode.Diagnostic[]> {
  return waitFor(() => {
    const ds = clioDiagnostics(uri, code);
    return ds.length ? ds : undefined;
  }, { timeoutMs, what: `a clio ${code} diagnostic on ${uri.path}` });
}

/** Waits until Clio has no diagnostic with `code` on `uri`. */
export function waitForNoDiagnostics(uri: vscode.Uri, code: string, timeoutMs = 15_000): Promise<true> {
  return waitFor(() => clioDiagnostics(uri, code).length === 0 || undefined, { timeoutMs, what: `no clio ${code} diagnostic on ${uri.path}` });
}

/** Waits until the hover at `pos` matches `pattern` and returns its text. */
export function waitForHover(uri: vscode.Uri, pos: vscode.Position, pattern: RegExp, timeoutMs = 15_000): Promise<string> {
  return waitFor(async () => {
    const text = await hoverText(uri, pos);
    return pattern.test(text) ? text : undefined;
  }, { timeoutMs, what: `a hover matching ${pattern} at ${uri.path}:${pos.line + 1}:${pos.character + 1}` });
}

/** The labels of the completion items offered at a position. */
export async function completionLabels(uri: vscode.Uri, pos: vscode.Position): Promise<string[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, pos);
  return (list?.items ?? []).map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
}

/** The code actions offered for a range (quick fixes only unless `kind` says otherwise). */
export async function codeActions(uri: vscode.Uri, range: vscode.Range, kind = vscode.CodeActionKind.QuickFix.value): Promise<vscode.CodeAction[]> {
  const all = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', uri, range, kind);
  return (all ?? []).filter((a): a is vscode.CodeAction => 'title' in a && !('command' in a && typeof (a as vscode.Command).command === 'string'));
}

/** Writes a file in the workspace (through VS Code, so its file watchers see it). */
export async function writeWorkspaceFile(relPath: string, text: string): Promise<vscode.Uri> {
  const uri = vscode.Uri.joinPath(workspaceRoot(), relPath);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return uri;
}
