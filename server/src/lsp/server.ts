/**
 * The LSP layer: the only importer of vscode-languageserver. It keeps documents and settings,
 * runs the engine once per document version and converts its answers to LSP.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CodeAction,
  CodeActionKind,
  CompletionItemKind,
  DiagnosticSeverity,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  MarkupKind,
  TextDocumentSyncKind,
  TextDocuments,
  type CompletionItem,
  type Connection,
  type Diagnostic,
  type InitializeParams,
  type InitializeResult,
  type TextEdit,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Engine, suppressionEdit, type Analysis, type BlockResult, type Finding, type Severity } from '../engine';
import type { DocFormat, EntityKind, PackProblem } from '../knowledge/model';
import { bundledDir, formatProblem } from '../knowledge/load';
import { KnowledgeService } from '../knowledge/service';
import { looksBinary, formatFor } from '../cli/files';
import { defaultSettings, readSettings, type ClioSettings } from './settings';
import { holdYoungGeneration, memoryFigures } from './memory';

const SEVERITY: Record<Exclude<Severity, 'off'>, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};
const KIND: Record<EntityKind, CompletionItemKind> = {
  person: CompletionItemKind.Constant,
  body: CompletionItemKind.Module,
  office: CompletionItemKind.Property,
  faction: CompletionItemKind.EnumMember,
  policy: CompletionItemKind.Function,
  idea: CompletionItemKind.Interface,
  phrase: CompletionItemKind.Text,
  event: CompletionItemKind.Event,
  place: CompletionItemKind.Reference,
  term: CompletionItemKind.Keyword,
};
const FORMAT_OF: Record<string, DocFormat> = { markdown: 'markdown', latex: 'latex', tex: 'latex', plaintext: 'plaintext', text: 'plaintext' };

export interface ServerOptions {
  /** Folder holding the compiled bundled packs. */
  bundledDir?: string;
}

export function startServer(connection: Connection, options: ServerOptions = {}): void {
  const documents = new TextDocuments(TextDocument);
  let workspaceFolders: string[] = [];
  let globalSettings: ClioSettings = defaultSettings();
  const docSettings = new Map<string, Promise<ClioSettings>>();
  let canConfigure = false;
  let canWatch = false;
  let hasFolders = false;
  let canRegisterConfiguration = false;
  const analyses = new Map<string, { version: number; analysis: Analysis }>();
  const skipped = new Map<string, string>();
  /** Per block's results: its diagnostics, where the block started and the settings they were made with. */
  const blockDiagnostics = new WeakMap<BlockResult, { line: number; character: number; settings: ClioSettings; diagnostics: Diagnostic[] }>();
  const pending = new Set<string>();
  const packDiagnosticUris = new Set<string>();
  const warnedSettings = new Set<string>();
  const bundled = options.bundledDir ?? bundledDir();

  const knowledgeOptions = (): { bundled: boolean; paths: string[]; bundledDir: string } => {
    const paths: string[] = [];
    for (const f of workspaceFolders) {
      const dir = path.join(f, '.clio', 'knowledge');
      if (fs.existsSync(dir)) paths.push(dir);
    }
    for (const p of globalSettings.knowledgePaths) {
      if (path.isAbsolute(p)) paths.push(p);
      else for (const f of workspaceFolders.length ? workspaceFolders : [process.cwd()]) paths.push(path.join(f, p));
    }
    return { bundled: globalSettings.bundledKnowledge, paths, bundledDir: bundled };
  };

  // Built in onInitialize, when the workspace folders and initializationOptions are known.
  let knowledge!: KnowledgeService;
  let engine!: Engine;
  /** The knowledge options the current knowledge base was built from (JSON). */
  let loadedOptions = '';

  /** Whether the settings or workspace folders now ask for other knowledge than was loaded. */
  const knowledgeChanged = (): boolean => JSON.stringify(knowledgeOptions()) !== loadedOptions;

  const log = (s: string): void => connection.console.log(s);

  function reportPacks(problems: readonly PackProblem[]): void {
    const byFile = new Map<string, Diagnostic[]>();
    for (const p of problems) {
      log(formatProblem(p));
      const uri = toUri(p.file);
      if (!uri) continue;
      const related = p.related && toUri(p.related.file);
      const list = byFile.get(uri) ?? [];
      list.push({
        range: { start: { line: Math.max(0, p.line - 1), character: Math.max(0, p.column - 1) }, end: { line: Math.max(0, p.line - 1), character: Number.MAX_SAFE_INTEGER >>> 11 } },
        message: p.message,
        severity: p.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
        source: 'clio',
        code: 'pack',
        relatedInformation: related ? [{ location: { uri: related, range: { start: { line: p.related.line - 1, character: 0 }, end: { line: p.related.line - 1, character: 0 } } }, message: p.related.message }] : undefined,
      });
      byFile.set(uri, list);
    }
    for (const uri of packDiagnosticUris) if (!byFile.has(uri)) void connection.sendDiagnostics({ uri, diagnostics: [] });
    packDiagnosticUris.clear();
    for (const [uri, diagnostics] of byFile) {
      packDiagnosticUris.add(uri);
      void connection.sendDiagnostics({ uri, diagnostics });
    }
  }

  const uriCache = new Map<string, string | undefined>();
  function toUri(file: string): string | undefined {
    if (uriCache.has(file)) return uriCache.get(file);
    const abs = path.isAbsolute(file) ? file : path.join(bundled, '..', '..', file);
    let uri: string | undefined;
    try {
      uri = pathToFileURL(abs).toString();
    } catch {
      uri = undefined;
    }
    if (uriCache.size > 1000) uriCache.clear();
    uriCache.set(file, uri);
    return uri;
  }

  function sendStatus(): void {
    const kb = knowledge.kb;
    const errors = knowledge.lastProblems.filter((p) => p.severity === 'error');
    void connection.sendNotification('clio/status', {
      packs: kb.packs.map((p) => ({ id: p.id, title: p.title, file: p.file, entities: p.entities, facts: p.facts })),
      entities: kb.entities.size,
      facts: kb.facts.length,
      errors: errors.map(formatProblem),
    });
  }

  function reloadKnowledge(): void {
    try {
      const opts = knowledgeOptions();
      knowledge.reload(opts);
      loadedOptions = JSON.stringify(opts);
    } catch (e) {
      // Never lose the knowledge base: keep the old one and say why.
      log(`clio: reloading knowledge failed: ${(e as Error).message}`);
      return;
    }
    engine = new Engine(knowledge.kb);
    analyses.clear();
    reportPacks(knowledge.lastProblems);
    sendStatus();
    for (const d of documents.all()) schedule(d.uri);
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    workspaceFolders = (params.workspaceFolders ?? []).map((f) => uriToPath(f.uri)).filter((p): p is string => !!p);
    if (!workspaceFolders.length && params.rootUri) {
      const p = uriToPath(params.rootUri);
      if (p) workspaceFolders = [p];
    }
    canConfigure = !!params.capabilities.workspace?.configuration;
    canWatch = !!params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    // Folder change events only come from clients that have workspace folders (the library throws otherwise).
    hasFolders = !!params.capabilities.workspace?.workspaceFolders;
    // Registering without the client's leave makes some clients warn (Emacs eglot 1.9).
    canRegisterConfiguration = !!params.capabilities.workspace?.didChangeConfiguration?.dynamicRegistration;
    const init = params.initializationOptions as { settings?: unknown } | null | undefined;
    if (init && typeof init === 'object' && init.settings) globalSettings = settingsFrom(init.settings, 'initializationOptions');
    // The knowledge base is built here, once: workspace packs and initializationOptions are known
    // now, so the first hover and diagnostics already use them (settings fetched later may still change this).
    const opts = knowledgeOptions();
    knowledge = new KnowledgeService(opts);
    engine = new Engine(knowledge.kb);
    loadedOptions = JSON.stringify(opts);
    holdYoungGeneration();
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        completionProvider: { resolveProvider: false },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, 'source.fixAll.clio'] },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'clio', version: '0.1.0' },
    };
  });

  connection.onInitialized(async () => {
    if (canConfigure) {
      if (canRegisterConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'clio' });
      globalSettings = await fetchSettings(undefined);
    }
    if (canWatch) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: '**/.clio/knowledge/**' }, { globPattern: '**/*.{yaml,yml,json}' }],
      });
    }
    if (knowledgeChanged()) reloadKnowledge();
    else {
      reportPacks(knowledge.lastProblems);
      sendStatus();
    }
    if (hasFolders) {
      connection.workspace.onDidChangeWorkspaceFolders((e) => {
        const removed = new Set(e.removed.map((f) => uriToPath(f.uri)));
        workspaceFolders = workspaceFolders.filter((f) => !removed.has(f)).concat(e.added.map((f) => uriToPath(f.uri)).filter((p): p is string => !!p));
        reloadKnowledge();
      });
    }
  });

  function settingsFrom(raw: unknown, where: string): ClioSettings {
    const problems: string[] = [];
    const s = readSettings(raw, problems);
    for (const p of problems) {
      // One message per problem, not one per document that reads the same settings.
      if (warnedSettings.has(p)) continue;
      warnedSettings.add(p);
      void connection.window.showWarningMessage(`Clio: ${p}`);
      log(`${p} (${where})`);
    }
    return s;
  }

  async function fetchSettings(uri: string | undefined): Promise<ClioSettings> {
    if (!canConfigure) return globalSettings;
    try {
      const raw = await connection.workspace.getConfiguration(uri ? { scopeUri: uri, section: 'clio' } : { section: 'clio' });
      return settingsFrom(raw, uri ?? 'settings');
    } catch {
      return globalSettings;
    }
  }

  function settingsFor(uri: string): Promise<ClioSettings> {
    if (!canConfigure) return Promise.resolve(globalSettings);
    let p = docSettings.get(uri);
    if (!p) {
      p = fetchSettings(uri);
      docSettings.set(uri, p);
    }
    return p;
  }

  connection.onDidChangeConfiguration(async (change) => {
    docSettings.clear();
    globalSettings = canConfigure ? await fetchSettings(undefined) : settingsFrom((change.settings as { clio?: unknown } | null)?.clio ?? null, 'settings');
    if (knowledgeChanged()) reloadKnowledge();
    else for (const d of documents.all()) schedule(d.uri);
  });

  connection.onDidChangeWatchedFiles((e) => {
    const watched = new Set(knowledge.watchedFiles.map((f) => path.resolve(f)));
    const roots = knowledgeOptions().paths.map((k) => path.resolve(k));
    const relevant = e.changes.some((c) => {
      const p = uriToPath(c.uri);
      if (!p) return false;
      const abs = path.resolve(p);
      return watched.has(abs) || p.includes(`${path.sep}.clio${path.sep}knowledge`) || roots.some((k) => abs.startsWith(k));
    });
    if (relevant) reloadKnowledge();
  });

  connection.onRequest('clio/reload', () => {
    reloadKnowledge();
    return { entities: knowledge.kb.entities.size, facts: knowledge.kb.facts.length, errors: knowledge.lastProblems.filter((p) => p.severity === 'error').map(formatProblem) };
  });

  // ——— documents ———

  function formatOf(doc: TextDocument): DocFormat | undefined {
    return FORMAT_OF[doc.languageId] ?? formatFor(uriToPath(doc.uri) ?? doc.uri);
  }

  /** The analysis of a document's current version: computed once, shared by every feature. */
  function analysisOf(doc: TextDocument): Analysis | undefined {
    const format = formatOf(doc);
    if (!format || skipped.has(doc.uri)) return undefined;
    const cached = analyses.get(doc.uri);
    if (cached && cached.version === doc.version && cached.analysis.kbVersion === engine.kb.version) return cached.analysis;
    // The engine takes over from the previous version what the edit left alone (and knows when the knowledge changed).
    const analysis = engine.analyse(doc.getText(), format, cached?.analysis);
    analyses.set(doc.uri, { version: doc.version, analysis });
    holdYoungGeneration();
    return analysis;
  }

  /** The engine whose cards and completion names are built (Engine.prepare). */
  let prepared: Engine | undefined;

  function schedule(uri: string): void {
    // Changes that queue up behind one another are merged: only the newest version is analysed.
    if (pending.has(uri)) return;
    pending.add(uri);
    setImmediate(() => {
      pending.delete(uri);
      void validate(uri);
    });
  }

  async function validate(uri: string): Promise<void> {
    const doc = documents.get(uri);
    if (!doc) return;
    const version = doc.version;
    const settings = await settingsFor(uri);
    const current = documents.get(uri);
    if (!current || current.version !== version) return schedule(uri);
    const format = formatOf(doc);
    const publish = (diagnostics: Diagnostic[]): void => void connection.sendDiagnostics({ uri, version, diagnostics });
    if (!settings.enabled || !format || !settings.languages.includes(format)) return publish([]);
    const text = doc.getText();
    const why = text.length > settings.maxFileSize ? `it is larger than clio.maxFileSize (${Math.round(text.length / 1024)} KiB)` : looksBinary(text) ? 'it looks like a binary file' : undefined;
    if (why) {
      if (!skipped.has(uri)) void connection.window.showInformationMessage(`Clio does not check ${path.basename(uriToPath(uri) ?? uri)}: ${why}.`);
      skipped.set(uri, why);
      void connection.sendNotification('clio/skipped', { uri, reason: why });
      return publish([]);
    }
    skipped.delete(uri);
    let analysis: Analysis | undefined;
    try {
      analysis = analysisOf(doc);
    } catch (e) {
      log(`clio: analysis of ${uri} failed: ${(e as Error).stack ?? e}`);
      return publish([]);
    }
    if (!analysis) return publish([]);
    publish(diagnosticsOf(doc, analysis, settings));
    // With the first diagnostics out, build the cards and completion names of this knowledge base.
    if (prepared !== engine) {
      prepared = engine;
      const ready = engine;
      setImmediate(() => safe(() => ready.prepare()));
    }
  }

  /**
   * The document's diagnostics, block by block: a block's own diagnostics are kept with its results
   * and reused while it starts at the same line and character (a keystroke moves no other block's
   * lines), so an edit builds the diagnostics of the blocks it touched and no others.
   */
  function diagnosticsOf(doc: TextDocument, analysis: Analysis, settings: ClioSettings): Diagnostic[] {
    // Disable comments act across blocks: such a document takes the whole-document path.
    if (analysis.prose.directives.length) return toDiagnostics(doc, analysis.findings, settings);
    const out: Diagnostic[] = [];
    const blocks = analysis.prose.blocks;
    analysis.blockResults.forEach((r, i) => {
      if (!r.findings.length) return;
      const at = blocks[i].start;
      const start = doc.positionAt(at);
      let kept = blockDiagnostics.get(r);
      if (!kept || kept.line !== start.line || kept.character !== start.character || kept.settings !== settings) {
        kept = { line: start.line, character: start.character, settings, diagnostics: toDiagnostics(doc, r.findings, settings, at) };
        blockDiagnostics.set(r, kept);
      }
      for (const d of kept.diagnostics) out.push(d);
    });
    return out;
  }

  /** Findings as diagnostics; `by` is added to their offsets (a block's findings are relative to its start). */
  function toDiagnostics(doc: TextDocument, findings: readonly Finding[], settings: ClioSettings, by = 0): Diagnostic[] {
    const out: Diagnostic[] = [];
    for (const f of findings) {
      const sev = settings.checks[f.code] ?? 'warning';
      if (sev === 'off') continue;
      const d: Diagnostic = {
        range: { start: doc.positionAt(f.start + by), end: doc.positionAt(f.end + by) },
        message: f.message,
        severity: SEVERITY[sev],
        source: 'clio',
        code: f.code,
      };
      if (f.evidence) {
        // The fact behind the finding: a link to its line in the pack (short, so publishing stays cheap).
        const uri = toUri(f.evidence.file);
        if (uri) d.codeDescription = { href: `${uri}#L${f.evidence.line}` };
      }
      out.push(d);
    }
    return out;
  }

  // TextDocuments fires onDidChangeContent on open too, right after onDidOpen: that one is
  // already being checked, and checking it again would publish the same version twice.
  // (Keyed by version: a later change is never skipped, whatever the library does on open.)
  const justOpened = new Map<string, number>();
  documents.onDidOpen((e) => {
    // Answer at once on open: analyse synchronously so hover and diagnostics are ready.
    justOpened.set(e.document.uri, e.document.version);
    void validate(e.document.uri);
  });
  documents.onDidChangeContent((e) => {
    const opened = justOpened.get(e.document.uri);
    justOpened.delete(e.document.uri);
    if (opened !== e.document.version) schedule(e.document.uri);
  });
  documents.onDidClose((e) => {
    analyses.delete(e.document.uri);
    docSettings.delete(e.document.uri);
    skipped.delete(e.document.uri);
    justOpened.delete(e.document.uri);
    // The caches hold the text of documents: once none is open, keep nothing of them.
    if (documents.all().length === 0) engine.clearCaches();
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  // What the server holds, for tests and for debugging memory.
  connection.onRequest('clio/stats', () => ({
    documents: documents.all().length,
    analyses: analyses.size,
    /** Per analysed document: its version and the characters that version read anew (an edit reads only the blocks it touched). */
    analysed: [...analyses].map(([uri, a]) => ({ uri, version: a.version, readChars: a.analysis.readChars })),
    pending: pending.size,
    skipped: skipped.size,
    settings: docSettings.size,
    cachedBlocks: engine.cacheStats.blocks,
    cachedBlockChars: engine.cacheStats.blockChars,
    cachedMarkdownChunks: engine.cacheStats.markdownChunks,
    /** Whether start-up used a V8 code cache: the build's, this machine's own, or none (see start.ts). */
    codeCache: (globalThis as { clioCodeCache?: string }).clioCodeCache ?? 'none',
    /** The process's memory in MiB: resident now and at its peak, and the V8 heap's spaces (committed/used). */
    memory: memoryFigures(),
  }));

  connection.onHover((p) => {
    const doc = documents.get(p.textDocument.uri);
    if (!doc) return null;
    const a = safe(() => analysisOf(doc));
    if (!a) return null;
    const h = engine.hover(a, doc.offsetAt(p.position));
    if (!h) return null;
    return { contents: { kind: MarkupKind.Markdown, value: h.markdown }, range: { start: doc.positionAt(h.start), end: doc.positionAt(h.end) } };
  });

  connection.onRequest('clio/card', (p: { textDocument: { uri: string }; position: { line: number; character: number } }) => {
    const doc = documents.get(p.textDocument.uri);
    if (!doc) return null;
    const a = safe(() => analysisOf(doc));
    const h = a && engine.hover(a, doc.offsetAt(p.position));
    return h ? { markdown: h.markdown } : null;
  });

  connection.onCompletion((p): CompletionItem[] => {
    const doc = documents.get(p.textDocument.uri);
    if (!doc || !formatOf(doc)) return [];
    const offset = doc.offsetAt(p.position);
    const items = safe(() => engine.complete(doc.getText(), offset)) ?? [];
    return items.map((it) => ({
      label: it.label,
      kind: KIND[it.kind],
      detail: it.detail,
      documentation: { kind: MarkupKind.Markdown, value: it.documentation },
      filterText: it.filterText,
      sortText: it.sortText,
      textEdit: { range: { start: doc.positionAt(it.start), end: doc.positionAt(it.end) }, newText: it.insertText },
    }));
  });

  connection.onCodeAction((p) => {
    const doc = documents.get(p.textDocument.uri);
    if (!doc) return [];
    const a = safe(() => analysisOf(doc));
    if (!a) return [];
    const uri = doc.uri;
    const edit = (edits: TextEdit[]): { changes: Record<string, TextEdit[]> } => ({ changes: { [uri]: edits } });
    const toEdit = (e: { start: number; end: number; text: string }): TextEdit => ({ range: { start: doc.positionAt(e.start), end: doc.positionAt(e.end) }, newText: e.text });
    const only = p.context.only;
    const actions: CodeAction[] = [];
    if (!only || only.some((k) => k === CodeActionKind.QuickFix || k.startsWith(CodeActionKind.QuickFix))) {
      const start = doc.offsetAt(p.range.start);
      const end = doc.offsetAt(p.range.end);
      for (const f of a.findings) {
        if (f.end < start || f.start > end) continue;
        const diag = p.context.diagnostics.find((d) => d.code === f.code && doc.offsetAt(d.range.start) === f.start && doc.offsetAt(d.range.end) === f.end);
        for (const fix of f.fixes) {
          actions.push({ title: fix.title, kind: CodeActionKind.QuickFix, isPreferred: fix.preferred, diagnostics: diag ? [diag] : undefined, edit: edit(fix.edits.map(toEdit)) });
        }
        actions.push({ title: `Disable Clio's ${f.code} check for this line`, kind: CodeActionKind.QuickFix, diagnostics: diag ? [diag] : undefined, edit: edit([toEdit(suppressionEdit(a, f))]) });
      }
    }
    if (!only || only.some((k) => k === CodeActionKind.SourceFixAll || k === 'source.fixAll.clio' || k === CodeActionKind.Source)) {
      const edits: TextEdit[] = [];
      let last = -1;
      for (const f of a.findings) {
        const fix = f.fixes.find((x) => x.preferred);
        if (!fix) continue;
        const s = Math.min(...fix.edits.map((e) => e.start));
        if (s < last) continue; // never two edits over one another
        edits.push(...fix.edits.map(toEdit));
        last = Math.max(...fix.edits.map((e) => e.end));
      }
      if (edits.length) actions.push({ title: 'Fix all Clio findings', kind: 'source.fixAll.clio', edit: edit(edits) });
    }
    return actions;
  });

  // "Clio: Check Workspace": the client sends the essay files; diagnostics are published for each.
  connection.onRequest('clio/checkFiles', async (p: { uris: string[] }) => {
    let count = 0;
    for (const uri of p.uris.slice(0, 5000)) {
      if (documents.get(uri)) {
        await validate(uri);
        continue;
      }
      const file = uriToPath(uri);
      const format = file ? formatFor(file) : undefined;
      if (!file || !format) continue;
      let text: string;
      try {
        const st = fs.statSync(file);
        if (st.size > globalSettings.maxFileSize) continue;
        text = fs.readFileSync(file, 'utf8');
      } catch {
        continue;
      }
      if (looksBinary(text)) continue;
      const doc = TextDocument.create(uri, format, 0, text);
      const a = safe(() => engine.analyse(text, format));
      if (!a) continue;
      const diagnostics = toDiagnostics(doc, a.findings, globalSettings);
      count += diagnostics.length;
      void connection.sendDiagnostics({ uri, diagnostics });
    }
    return { files: p.uris.length, findings: count };
  });

  documents.listen(connection);
  connection.listen();
}

function safe<T>(f: () => T): T | undefined {
  try {
    return f();
  } catch (e) {
    process.stderr.write(`clio: ${(e as Error).stack ?? e}\n`);
    return undefined;
  }
}

function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}
