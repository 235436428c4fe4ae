// A small LSP client over stdio, for the build's code-cache session (scripts/code-cache.mjs) and
// the server benchmark (test/bench/serverBench.mjs); the protocol tests have their own, stricter
// one (test/lsp/client.ts). It starts `node SERVER --stdio`, frames JSON-RPC, answers the
// server's requests (workspace/configuration with null settings, anything else with null) and
// hands out the diagnostics the server publishes.
import { spawn } from 'node:child_process';

export class LspClient {
  /** @param {string} server the server script; @param {NodeJS.ProcessEnv} [env] its environment (default: this one's) */
  constructor(server, env) {
    this.proc = spawn(process.execPath, [server, '--stdio'], { env, stdio: ['pipe', 'pipe', 'inherit'] });
    this.buffer = Buffer.alloc(0);
    this.nextId = 1;
    this.pending = new Map();
    /** Callbacks for published diagnostics: each returns true when it took them, and is then dropped. */
    this.waiters = [];
    this.proc.stdout.on('data', (chunk) => this.onData(chunk));
  }

  onData(chunk) {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const end = this.buffer.indexOf('\r\n\r\n');
      if (end < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, end).toString())[1]);
      if (this.buffer.length < end + 4 + length) return;
      const m = JSON.parse(this.buffer.subarray(end + 4, end + 4 + length).toString());
      this.buffer = this.buffer.subarray(end + 4 + length);
      if (m.id !== undefined && m.method) this.send({ id: m.id, result: m.method === 'workspace/configuration' ? m.params.items.map(() => null) : null });
      else if (m.id !== undefined) {
        this.pending.get(m.id)?.(m.result);
        this.pending.delete(m.id);
      } else if (m.method === 'textDocument/publishDiagnostics') this.waiters = this.waiters.filter((w) => !w(m.params));
    }
  }

  send(m) {
    const body = JSON.stringify({ jsonrpc: '2.0', ...m });
    this.proc.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  }

  request(method, params) {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      this.send({ id, method, params });
    });
  }

  notify(method, params) {
    this.send({ method, params });
  }

  /** The next diagnostics published for `uri` (of `version`, if given): `{ uri, version, diagnostics }`. */
  diagnostics(uri, version) {
    return new Promise((resolve) => this.waiters.push((p) => (p.uri === uri && (version === undefined || p.version === version) ? (resolve(p), true) : false)));
  }
}
