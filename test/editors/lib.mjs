// Shared parts of the editor tests (nvim.test.mjs, emacs.test.mjs): find or install the editor,
// run it with a time limit, and report results in one format.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SERVER = path.join(REPO, 'dist/server.js');

/** Absolute path of `cmd` on PATH, or null. */
export function which(cmd) {
  for (const dir of (process.env.PATH || '').split(path.delimiter)) {
    const p = path.join(dir, cmd);
    try {
      fs.accessSync(p, fs.constants.X_OK);
      return p;
    } catch { /* not here */ }
  }
  return null;
}

/**
 * Returns the path of `cmd`. When it is missing and we are root on a Debian-like system, installs
 * the apt packages `packages`; otherwise throws with instructions. Never skips silently.
 */
export function ensureTool(label, cmd, packages) {
  let p = which(cmd);
  if (p) return p;
  const how = `install it with: sudo apt-get install -y ${packages.join(' ')}   (or put \`${cmd}\` on PATH)`;
  if (typeof process.getuid !== 'function' || process.getuid() !== 0 || !which('apt-get')) {
    throw new Error(`${label}: \`${cmd}\` is not installed; ${how}`);
  }
  console.log(`${label}: \`${cmd}\` is missing; installing ${packages.join(' ')} with apt-get`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  let r = spawnSync('apt-get', ['install', '-y', '-q', ...packages], { stdio: 'inherit', env });
  if (r.status !== 0) {
    // Usually an empty package list (a fresh container): update once and retry.
    spawnSync('apt-get', ['update', '-q'], { stdio: 'inherit', env });
    r = spawnSync('apt-get', ['install', '-y', '-q', ...packages], { stdio: 'inherit', env });
  }
  p = which(cmd);
  if (r.status !== 0 || !p) throw new Error(`${label}: installing ${packages.join(' ')} failed; ${how}`);
  return p;
}

/** Fails unless the server bundle exists. */
export function requireServer(label) {
  if (!fs.existsSync(SERVER)) throw new Error(`${label}: ${path.relative(REPO, SERVER)} is missing: build it first with \`node esbuild.js\` (or npm run build)`);
}

/** A fresh temp folder holding a copy of test/editors/fixtures. */
export function fixtureCopy(prefix) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `clio-${prefix}-`));
  fs.cpSync(path.join(REPO, 'test/editors/fixtures'), path.join(dir, 'essays'), { recursive: true });
  return { dir, essays: path.join(dir, 'essays'), cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** Runs a command with a time limit; resolves { code, signal, stdout, stderr, timedOut }. */
export function run(cmd, args, { env, cwd, timeoutMs = 60_000 } = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => { stdout += d; });
    child.stderr.on('data', (d) => { stderr += d; });
    let timedOut = false;
    // The editor starts the language server as its child: kill the whole group on timeout.
    const timer = setTimeout(() => {
      timedOut = true;
      try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ }
    }, timeoutMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      try { process.kill(-child.pid, 'SIGKILL'); } catch { /* group already gone */ }
      resolve({ code, signal, stdout, stderr, timedOut });
    });
  });
}

/**
 * Prints the results ({ name, ok, detail }[]) and the summary line `<label>: N passed, N failed`,
 * and returns the exit code. Fewer results than `expected` counts the missing ones as failed.
 */
export function report(label, results, expected, extra = '') {
  for (const r of results) console.log(`  ${r.ok ? '✔' : '✖'} ${r.name}${r.detail ? ` — ${String(r.detail).replace(/\s+/g, ' ').slice(0, 160)}` : ''}`);
  const passed = results.filter((r) => r.ok).length;
  let failed = results.length - passed;
  if (results.length < expected) {
    console.log(`  ✖ ${expected - results.length} check(s) did not run`);
    failed += expected - results.length;
  }
  console.log(`${label}: ${passed} passed, ${failed} failed${extra}`);
  return failed === 0 && passed > 0 ? 0 : 1;
}
