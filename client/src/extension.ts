/**
 * The VS Code extension: starts the Clio language server over IPC and adds the editor
 * pieces LSP has no words for (language status, commands). Nothing else lives here.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

interface Status {
  packs: { id: string; title: string; file: string; entities: number; facts: number }[];
  entities: number;
  facts: number;
  errors: string[];
}

const LANGUAGES = ['markdown', 'latex', 'plaintext'];

export async function activate(context: vscode.ExtensionContext): Promise<{ client: LanguageClient; status: () => Status | undefined }> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: LANGUAGES.flatMap((language) => [
      { scheme: 'file', language },
      { scheme: 'untitled', language },
      { scheme: 'vscode-remote', language },
    ]),
    synchronize: {
      configurationSection: 'clio',
      fileEvents: vscode.workspace.createFileSystemWatcher('**/.clio/knowledge/**'),
    },
    outputChannelName: 'Clio',
  };
  client = new LanguageClient('clio', 'Clio', serverOptions, clientOptions);

  const item = vscode.languages.createLanguageStatusItem('clio.status', LANGUAGES);
  item.name = 'Clio';
  item.text = '$(book) Clio: loading knowledge…';
  item.command = { title: 'Open Knowledge Pack', command: 'clio.openKnowledgePack' };
  context.subscriptions.push(item);
  let lastStatus: Status | undefined;

  context.subscriptions.push(
    client.onNotification('clio/status', (s: Status) => {
      lastStatus = s;
      item.text = `$(book) Clio: ${s.packs.length} pack${s.packs.length === 1 ? '' : 's'}, ${s.entities} entities, ${s.facts} facts`;
      item.detail = s.packs.map((p) => p.title).join('; ');
      item.severity = s.errors.length ? vscode.LanguageStatusSeverity.Error : vscode.LanguageStatusSeverity.Information;
      if (s.errors.length) item.text += ` — ${s.errors.length} pack error${s.errors.length === 1 ? '' : 's'}`;
    }),
    client.onNotification('clio/skipped', (p: { uri: string; reason: string }) => {
      item.detail = `Not checked: ${path.basename(vscode.Uri.parse(p.uri).fsPath)} (${p.reason})`;
    }),
    vscode.commands.registerCommand('clio.showCard', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor || !client) return;
      const r = await client.sendRequest<{ markdown: string } | null>('clio/card', {
        textDocument: { uri: editor.document.uri.toString() },
        position: editor.selection.active,
      });
      if (!r) {
        void vscode.window.showInformationMessage('Clio: no known name or term under the cursor.');
        return;
      }
      const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: r.markdown });
      await vscode.commands.executeCommand('markdown.showPreviewToSide', doc.uri).then(undefined, () => vscode.window.showTextDocument(doc, vscode.ViewColumn.Beside));
    }),
    vscode.commands.registerCommand('clio.reloadKnowledge', async () => {
      if (!client) return;
      const r = await client.sendRequest<{ entities: number; facts: number; errors: string[] }>('clio/reload');
      void vscode.window.showInformationMessage(`Clio: knowledge reloaded (${r.entities} entities, ${r.facts} facts${r.errors.length ? `, ${r.errors.length} pack errors: see the Clio output` : ''}).`);
    }),
    vscode.commands.registerCommand('clio.checkWorkspace', async () => {
      if (!client) return;
      const files = await vscode.workspace.findFiles('**/*.{md,markdown,tex,txt}', '**/{node_modules,.git}/**', 5000);
      const r = await client.sendRequest<{ files: number; findings: number }>('clio/checkFiles', { uris: files.map((f) => f.toString()) });
      void vscode.window.showInformationMessage(`Clio checked ${r.files} essays: ${r.findings} findings (see the Problems panel).`);
      await vscode.commands.executeCommand('workbench.actions.view.problems');
    }),
    vscode.commands.registerCommand('clio.openKnowledgePack', async () => {
      const packs = lastStatus?.packs ?? [];
      const picks = packs.map((p) => ({ label: p.title, description: `${p.entities} entities, ${p.facts} facts`, file: p.file }));
      const pick = picks.length === 1 ? picks[0] : await vscode.window.showQuickPick(picks, { placeHolder: 'Open which knowledge pack?' });
      if (!pick) return;
      const file = path.isAbsolute(pick.file) ? pick.file : context.asAbsolutePath(pick.file);
      await vscode.window.showTextDocument(vscode.Uri.file(file));
    }),
  );

  await client.start();
  context.subscriptions.push(client);
  return { client, status: () => lastStatus };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
