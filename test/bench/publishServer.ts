/**
 * The keystroke floor for the server benchmark: a language server on the same LSP library and
 * document sync as Clio's, which analyses nothing and answers every version of a document with
 * the diagnostics in the file named by CLIO_BENCH_DIAGNOSTICS (those Clio published for the same
 * essay). What it takes to answer a keystroke is what the protocol, the library and the size of
 * the publication cost alone; Clio's own work is the difference.
 */
import * as fs from 'node:fs';
import { createConnection, Diagnostic, ProposedFeatures, TextDocuments, TextDocumentSyncKind } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';

const file = process.env.CLIO_BENCH_DIAGNOSTICS;
const diagnostics: Diagnostic[] = file ? JSON.parse(fs.readFileSync(file, 'utf8')) : [];
const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
connection.onInitialize(() => ({ capabilities: { textDocumentSync: TextDocumentSyncKind.Incremental } }));
// Published a turn later, as Clio's server does (changes that queue up are merged).
documents.onDidChangeContent(({ document }) => setImmediate(() => void connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics })));
documents.listen(connection);
connection.listen();
