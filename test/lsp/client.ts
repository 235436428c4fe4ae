/**
 * A tiny LSP client over stdio for the protocol tests: spawns `node dist/server.js --stdio`,
 * frames JSON-RPC by hand (so every byte the server writes to stdout is checked to be a framed
 * message), answers the server's requests and lets tests wait on notifications by polling the
 * message log, never by sleeping for a fixed time.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from '../helpers';

export const SERVER = path.join(ROOT, 'dist', 'server.js');

export interface Message {
  jsonrpc: '2.0';
  id?: number | string | null;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: { code: number; message: string };
}

export interface Position {
  line: number;
  character: number;
}
export interface Range {
  start: Position;
  end: Position;
}
export interface Diagnostic {
  range: Range;
  message: string;
  severity?: number;
  source?: string;
  code?: string | number;
}
export interface PublishDiagnosticsParams {
  uri: string;
  version?: number;
  diagnostics: Diagnostic[];
}
export interface TextEdit {
  range: Range;
  newText: string;
}
export interface CodeAction {
  title: string;
  kind?: string;
  isPreferred?: boolean;
  edit?: { changes?: Record<string, TextEdit[]> };
}

type Handler = (params: unknown) => unknown;

export class LspClient {
  readonly proc: ChildProcess;
  /** Every message received, in order. */
  readonly received: Message[] = [];
  /** Bytes on stdout that were not part of a well-framed JSON-RPC message. */
  readonly framingErrors: string[] = [];
  stdoutBytes = 0;
  stderr = '';
  private buf = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void; method: string }>();
  private readonly handlers = new Map<string, Handler>();
  private readonly waiters = new Set<() => void>();
  private exited: { code: number | null; signal: string | null } | undefined;
  private readonly exitPromise: Promise<void>;

  constructor(args: string[] = ['--stdio'], opts: { cwd?: string; server?: string; env?: NodeJS.ProcessEnv } = {}) {
    this.proc = spawn(process.execPath, [opts.server ?? SERVER, ...args], { cwd: opts.cwd ?? ROOT, env: opts.env ?? process.env, stdio: ['pipe', 'pipe', 'pipe'] });
    this.proc.stdout!.on('data', (d: Buffer) => this.onData(d));
    this.proc.stderr!.on('data', (d: Buffer) => {
      this.stderr += d.toString('utf8');
      if (this.stderr.length > 1_000_000) this.stderr = this.stderr.slice(-500_000);
    });
    this.exitPromise = new Promise((resolve) =>
      this.proc.on('exit', (code, signal) => {
        this.exited = { code, signal };
        for (const p of this.pending.values()) p.reject(new Error(`server exited (${code ?? signal}) before answering ${p.method}\n${this.stderr}`));
        this.pending.clear();
        this.wake();
        resolve();
      }),
    );
    // Requests every client must answer.
    this.onRequest('client/registerCapability', () => null);
    this.onRequest('client/unregisterCapability', () => null);
    this.onRequest('window/showMessageRequest', () => null);
    this.onRequest('window/workDoneProgress/create', () => null);
    this.onRequest('workspace/configuration', (p) => ((p as { items: unknown[] }).items ?? []).map(() => null));
  }

  get alive(): boolean {
    return !this.exited;
  }

  onRequest(method: string, h: Handler): void {
    this.handlers.set(method, h);
  }

  private onData(d: Buffer): void {
    this.stdoutBytes += d.length;
    this.buf = Buffer.concat([this.buf, d]);
    for (;;) {
      // Every message starts with a header; anything else on stdout is a protocol violation.
      const head = this.buf.toString('latin1', 0, Math.min(8, this.buf.length));
      if (this.buf.length && !head.startsWith('Content-') && !'Content-'.startsWith(head)) {
        const next = this.buf.indexOf('Content-', 1);
        const stray = next === -1 ? this.buf : this.buf.subarray(0, next);
        this.framingErrors.push(`stray bytes on stdout: ${JSON.stringify(stray.toString('utf8').slice(0, 200))}`);
        this.buf = next === -1 ? Buffer.alloc(0) : this.buf.subarray(next);
        continue;
      }
      const headerEnd = this.buf.indexOf('\r\n\r\n');
      if (headerEnd === -1) return;
      const header = this.buf.subarray(0, headerEnd).toString('ascii');
      const lines = header.split('\r\n');
      let length = -1;
      for (const l of lines) {
        const m = /^Content-Length:\s*(\d+)$/i.exec(l);
        if (m) length = Number(m[1]);
        else if (!/^Content-Type:/i.test(l)) this.framingErrors.push(`bad header line: ${JSON.stringify(l.slice(0, 200))}`);
      }
      if (length < 0) {
        this.framingErrors.push(`header without Content-Length: ${JSON.stringify(header.slice(0, 200))}`);
        this.buf = this.buf.subarray(headerEnd + 4);
        continue;
      }
      if (this.buf.length < headerEnd + 4 + length) return;
      const body = this.buf.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8');
      this.buf = this.buf.subarray(headerEnd + 4 + length);
      let msg: Message;
      try {
        msg = JSON.parse(body) as Message;
      } catch {
        this.framingErrors.push(`body is not JSON: ${JSON.stringify(body.slice(0, 200))}`);
        continue;
      }
      if (msg.jsonrpc !== '2.0') this.framingErrors.push(`not JSON-RPC 2.0: ${body.slice(0, 200)}`);
      this.dispatch(msg);
    }
  }

  private dispatch(msg: Message): void {
    this.received.push(msg);
    if (msg.method !== undefined && msg.id !== undefined && msg.id !== null) {
      // A request from the server.
      const h = this.handlers.get(msg.method);
      let reply: Message;
      try {
        reply = h ? { jsonrpc: '2.0', id: msg.id, result: h(msg.params) ?? null } : { jsonrpc: '2.0', id: msg.id, error: { code: -32601, message: `unhandled ${msg.method}` } };
      } catch (e) {
        reply = { jsonrpc: '2.0', id: msg.id, error: { code: -32603, message: (e as Error).message } };
      }
      this.write(reply);
    } else if (msg.method === undefined && typeof msg.id === 'number') {
      const p = this.pending.get(msg.id);
      if (p) {
        this.pending.delete(msg.id);
        if (msg.error) p.reject(new Error(`${p.method}: ${msg.error.message}`));
        else p.resolve(msg.result);
      }
    }
    this.wake();
  }

  private wake(): void {
    for (const w of [...this.waiters]) w();
  }

  private write(msg: Message): void {
    const body = Buffer.from(JSON.stringify(msg), 'utf8');
    this.proc.stdin!.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.proc.stdin!.write(body);
  }

  request<T = unknown>(method: string, params: unknown, timeoutMs = 15000): Promise<T> {
    if (this.exited) return Promise.reject(new Error(`server has exited; cannot send ${method}`));
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`no answer to ${method} within ${timeoutMs} ms\n${this.stderr.slice(-2000)}`));
      }, timeoutMs);
      this.pending.set(id, {
        method,
        resolve: (v) => {
          clearTimeout(timer);
          resolve(v as T);
        },
        reject: (e) => {
          clearTimeout(timer);
          reject(e);
        },
      });
      this.write({ jsonrpc: '2.0', id, method, params });
    });
  }

  notify(method: string, params: unknown): void {
    this.write({ jsonrpc: '2.0', method, params });
  }

  /** Notifications received so far (optionally from index `from`). */
  notifications(method: string, from = 0): Message[] {
    return this.received.slice(from).filter((m) => m.method === method && (m.id === undefined || m.id === null));
  }

  get mark(): number {
    return this.received.length;
  }

  /** Wait until `pick` returns a value for some message received at or after `from`. */
  waitFor<T>(pick: (m: Message) => T | undefined, opts: { from?: number; timeoutMs?: number; what?: string } = {}): Promise<T> {
    const from = opts.from ?? 0;
    const timeoutMs = opts.timeoutMs ?? 15000;
    return new Promise<T>((resolve, reject) => {
      let scanned = from;
      const check = (): boolean => {
        for (; scanned < this.received.length; scanned++) {
          const v = pick(this.received[scanned]);
          if (v !== undefined) {
            done();
            resolve(v);
            return true;
          }
        }
        if (this.exited) {
          done();
          reject(new Error(`server exited while waiting for ${opts.what ?? 'a message'}\n${this.stderr.slice(-2000)}`));
          return true;
        }
        return false;
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${opts.what ?? 'a message'}`));
      }, timeoutMs);
      const done = (): void => {
        clearTimeout(timer);
        this.waiters.delete(waiter);
      };
      const waiter = (): void => void check();
      this.waiters.add(waiter);
      check();
    });
  }

  /** The next publishDiagnostics for a uri (and, if given, a version) received at or after `from`. */
  diagnostics(uri: string, opts: { from?: number; version?: number; timeoutMs?: number } = {}): Promise<PublishDiagnosticsParams> {
    return this.waitFor(
      (m) => {
        if (m.method !== 'textDocument/publishDiagnostics') return undefined;
        const p = m.params as PublishDiagnosticsParams;
        if (p.uri !== uri) return undefined;
        if (opts.version !== undefined && p.version !== opts.version) return undefined;
        return p;
      },
      { from: opts.from, timeoutMs: opts.timeoutMs, what: `diagnostics for ${uri}${opts.version !== undefined ? ` v${opts.version}` : ''}` },
    );
  }

  async initialize(params: { rootPath?: string; configuration?: boolean; watch?: boolean; folders?: boolean; initializationOptions?: unknown } = {}): Promise<{ capabilities: Record<string, unknown> }> {
    const rootUri = params.rootPath ? pathToFileURL(params.rootPath).toString() : null;
    const result = await this.request<{ capabilities: Record<string, unknown> }>('initialize', {
      processId: process.pid,
      rootUri,
      workspaceFolders: rootUri ? [{ uri: rootUri, name: path.basename(params.rootPath!) }] : null,
      capabilities: {
        workspace: { configuration: params.configuration ?? true, didChangeWatchedFiles: { dynamicRegistration: params.watch ?? true }, workspaceFolders: params.folders ?? true, didChangeConfiguration: { dynamicRegistration: true } },
        textDocument: {
          publishDiagnostics: { versionSupport: true, relatedInformation: true },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          completion: { completionItem: { snippetSupport: false } },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } } },
        },
      },
      ...(params.initializationOptions !== undefined ? { initializationOptions: params.initializationOptions } : {}),
    });
    this.notify('initialized', {});
    return result;
  }

  open(uri: string, languageId: string, text: string, version = 1): void {
    this.notify('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  changeFull(uri: string, version: number, text: string): void {
    this.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
  }

  change(uri: string, version: number, range: Range, text: string): void {
    this.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text }] });
  }

  close(uri: string): void {
    this.notify('textDocument/didClose', { textDocument: { uri } });
  }

  hover(uri: string, position: Position): Promise<{ contents: { kind: string; value: string }; range?: Range } | null> {
    return this.request('textDocument/hover', { textDocument: { uri }, position });
  }

  /** Shut down politely; kill if the server does not exit within a few seconds. */
  async stop(): Promise<void> {
    if (this.exited) return;
    try {
      await this.request('shutdown', null, 5000);
      this.notify('exit', null);
    } catch {
      /* fall through to kill */
    }
    const timer = setTimeout(() => this.proc.kill('SIGKILL'), 5000);
    await this.exitPromise;
    clearTimeout(timer);
  }

  get exitInfo(): { code: number | null; signal: string | null } | undefined {
    return this.exited;
  }
}

/** LSP position of an offset in a text (UTF-16 code units, as LSP counts by default). */
export function positionAt(text: string, offset: number): Position {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

export function offsetAt(text: string, pos: Position): number {
  let off = 0;
  for (let l = 0; l < pos.line; l++) {
    const nl = text.indexOf('\n', off);
    if (nl === -1) return text.length;
    off = nl + 1;
  }
  return Math.min(off + pos.character, text.length);
}

/** Apply LSP text edits to a text (edits do not overlap). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const withOffsets = edits.map((e) => ({ s: offsetAt(text, e.range.start), e: offsetAt(text, e.range.end), t: e.newText }));
  withOffsets.sort((a, b) => b.s - a.s);
  let out = text;
  for (const e of withOffsets) out = out.slice(0, e.s) + e.t + out.slice(e.e);
  return out;
}

/** The text a range covers. */
export function textAt(text: string, r: Range): string {
  return text.slice(offsetAt(text, r.start), offsetAt(text, r.end));
}

export function fileUri(p: string): string {
  return pathToFileURL(p).toString();
}
