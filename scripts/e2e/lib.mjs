// Shared machinery for Clio's end-to-end runs: start code-server (a real VS Code workbench served
// over HTTP), drive it with Debian's Chromium through playwright-core, and always clean up.
// Used by scripts/e2e/run.mjs (extension tests) and scripts/e2e/screenshots.mjs (README pictures).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const TOOLS_DIR = path.join(REPO_ROOT, 'test/e2e/tools');
export const CODE_SERVER_ENTRY = path.join(TOOLS_DIR, 'node_modules/code-server/out/node/entry.js');
export const CHROMIUM = process.env.CLIO_E2E_CHROMIUM || '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

// User settings for the throwaway profile: no welcome page, no network chatter, stable pictures.
const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'git.enabled': false,
  'chat.disableAIFeatures': true,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
};

export function log(...args) {
  process.stdout.write(`[e2e] ${args.join(' ')}\n`);
}

export function checkInstalled() {
  const missing = [];
  if (!fs.existsSync(CODE_SERVER_ENTRY)) missing.push(`code-server (${path.relative(REPO_ROOT, CODE_SERVER_ENTRY)})`);
  if (!fs.existsSync(path.join(TOOLS_DIR, 'node_modules/playwright-core/package.json'))) missing.push('playwright-core');
  if (!fs.existsSync(CHROMIUM)) missing.push(`chromium (${CHROMIUM})`);
  if (missing.length) {
    throw new Error(`missing: ${missing.join(', ')} — run: bash scripts/e2e/install.sh`);
  }
}

export function loadPlaywright() {
  const require = createRequire(path.join(TOOLS_DIR, 'package.json'));
  return require('playwright-core');
}

/** A free TCP port on 127.0.0.1 (asks the kernel, then releases it). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** A fresh run folder under test/e2e/.run/ (git-ignored), or $CLIO_E2E_RUN_DIR. */
export function makeRunDir(prefix) {
  const base = process.env.CLIO_E2E_RUN_DIR || path.join(REPO_ROOT, 'test/e2e/.run');
  fs.mkdirSync(base, { recursive: true });
  // Kept (failed) runs pile up: keep the newest 10 of each kind.
  const old = fs.readdirSync(base)
    .filter((n) => n.startsWith(`${prefix}-`))
    .map((n) => ({ p: path.join(base, n), t: fs.statSync(path.join(base, n)).mtimeMs }))
    .sort((a, b) => b.t - a.t)
    .slice(9);
  for (const { p } of old) fs.rmSync(p, { recursive: true, force: true });
  return fs.mkdtempSync(path.join(base, `${prefix}-`));
}

const WATCHDOG = `
const { spawn } = require('node:child_process');
const [runnerPid, ...args] = process.argv.slice(1);
const cs = spawn(process.execPath, args, { stdio: 'inherit' });
const killGroup = () => { try { process.kill(-process.pid, 'SIGKILL'); } catch {} };
cs.on('exit', (code, signal) => process.exit(code ?? 1));
setInterval(() => { try { process.kill(Number(runnerPid), 0); } catch { killGroup(); } }, 1000);
`;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Starts code-server on 127.0.0.1:<free port> with a fresh user-data-dir and extensions-dir inside
 * runDir. Its output goes to runDir/code-server.log (and to stdout too when verbose).
 * Returns { port, origin, stop(), logFile }. stop() kills the whole process group.
 */
export async function startCodeServer({ runDir, verbose = false, startTimeoutMs = 60_000, settings = {}, installExtensions = [] }) {
  const port = await freePort();
  const userDataDir = path.join(runDir, 'user-data');
  const extensionsDir = path.join(runDir, 'extensions');
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.mkdirSync(extensionsDir, { recursive: true });
  fs.writeFileSync(path.join(userDataDir, 'User/settings.json'), JSON.stringify({ ...USER_SETTINGS, ...settings }, null, 2));
  // Extensions "installed" by linking their folder into the extensions dir as publisher.name-version.
  for (const dir of installExtensions) {
    const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
    fs.symlinkSync(path.resolve(dir), path.join(extensionsDir, `${pkg.publisher}.${pkg.name}-${pkg.version}`), 'dir');
  }
  const configFile = path.join(runDir, 'code-server.yaml'); // keeps ~/.config/code-server untouched
  fs.writeFileSync(configFile, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  const logFile = path.join(runDir, 'code-server.log');
  const logFd = fs.openSync(logFile, 'a');

  const args = [
    CODE_SERVER_ENTRY,
    '--config', configFile,
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--ignore-last-opened',
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
  ];
  // A small watchdog leads the process group: it starts code-server in its group, passes on its
  // exit code, and kills the whole group if the runner disappears without cleaning up (SIGKILL).
  const child = spawn(process.execPath, ['-e', WATCHDOG, String(process.pid), ...args], {
    cwd: runDir,
    detached: true, // own process group: stop() kills code-server, its extension host and helpers
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      EXTENSIONS_GALLERY: '{}', // no marketplace
      VSCODE_PROXY_URI: '',
      XDG_CONFIG_HOME: path.join(runDir, 'xdg-config'),
      XDG_DATA_HOME: path.join(runDir, 'xdg-data'),
    },
  });
  const recent = [];
  const onData = (chunk) => {
    fs.writeSync(logFd, chunk);
    const text = chunk.toString();
    for (const line of text.split('\n')) if (line) { recent.push(line); if (recent.length > 60) recent.shift(); }
    if (verbose) process.stdout.write(text.replace(/^(?=.)/gm, '[code-server] '));
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  let exited = null;
  const exitPromise = new Promise((resolve) => child.on('exit', (code, signal) => { exited = { code, signal }; resolve(exited); }));

  // Last resort when the runner exits without stop() (process.exit, uncaught error): kill the group.
  const killOnExit = () => { if (exited === null) { try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ } } };
  process.on('exit', killOnExit);

  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    if (exited === null) {
      try { process.kill(-child.pid, 'SIGTERM'); } catch { /* already gone */ }
      const t = await Promise.race([exitPromise, sleep(5000).then(() => 'timeout')]);
      if (t === 'timeout') { try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ } }
    }
    // The group may outlive its leader (extension host, file watcher): make sure it is gone.
    try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ }
    try { fs.closeSync(logFd); } catch { /* closed */ }
    process.off('exit', killOnExit);
  };

  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + startTimeoutMs;
  for (;;) {
    if (exited) {
      await stop();
      throw new Error(`code-server exited early (${JSON.stringify(exited)}):\n${recent.join('\n')}`);
    }
    try {
      const res = await fetch(`${origin}/healthz`);
      if (res.ok) break;
    } catch { /* not up yet */ }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`code-server did not answer on ${origin} within ${startTimeoutMs} ms:\n${recent.join('\n')}`);
    }
    await sleep(200);
  }
  return { port, origin, pid: child.pid, stop, logFile, recent, exitPromise };
}

/** Launches Debian's Chromium headless with a fresh profile in runDir. */
export async function launchBrowser({ runDir, viewport = { width: 1280, height: 800 }, deviceScaleFactor = 1 }) {
  const { chromium } = loadPlaywright();
  const profile = path.join(runDir, 'chromium-profile');
  fs.mkdirSync(profile, { recursive: true });
  const context = await chromium.launchPersistentContext(profile, {
    headless: true,
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
    viewport,
    deviceScaleFactor,
    // Clipboard access for Monaco, without a prompt.
    permissions: ['clipboard-read', 'clipboard-write'],
    // Playwright's own handlers close the browser and then call process.exit(130) on SIGINT,
    // before our cleanup could stop code-server: the runners handle signals themselves.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
  const page = context.pages()[0] || (await context.newPage());
  return { context, page };
}

/**
 * The workbench URL: opens `folder`, and when given, loads the extension under development and
 * runs its tests the way @vscode/test-electron does (the same payload, on a remote authority).
 */
export function workbenchUrl({ origin, port, folder, extensionDevelopmentPath, extensionTestsPath }) {
  const authority = `127.0.0.1:${port}`;
  const payload = [];
  if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', `vscode-remote://${authority}${toPosix(extensionDevelopmentPath)}`]);
  if (extensionTestsPath) payload.push(['extensionTestsPath', `vscode-remote://${authority}${toPosix(extensionTestsPath)}`]);
  let url = `${origin}/?folder=${encodeURIComponent(toPosix(folder))}`;
  if (payload.length) url += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  return url;
}

function toPosix(p) {
  return path.resolve(p).split(path.sep).join('/');
}

/** Waits until the workbench is up (its editor area exists). */
export async function waitForWorkbench(page, timeoutMs = 60_000) {
  await page.waitForSelector('.monaco-workbench .part.editor', { timeout: timeoutMs });
  // The explorer lists the folder once the remote file system answered.
  await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: timeoutMs }).catch(() => {});
}

/** Monaco renders spaces as U+00A0 in widget and editor text. */
export function normalizeText(s) {
  return (s || '').replace(/\u00a0/g, ' ');
}

/**
 * Opens a workspace file through Quick Open (Ctrl+P), optionally at line[:column]
 * (Quick Open accepts `name:line:col`). Resolves when its editor shows text.
 */
export async function quickOpen(page, fileName, { line, column } = {}) {
  await page.locator('.monaco-workbench').click({ position: { x: 5, y: 5 }, force: true }).catch(() => {});
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 15_000 });
  let query = fileName;
  if (line) query += `:${line}${column ? `:${column}` : ''}`;
  await input.fill(query);
  // Wait until the file is found in the list before accepting.
  const base = path.basename(fileName);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: base }).first().waitFor({ timeout: 15_000 });
  await page.keyboard.press('Enter');
  await page.locator(`.tab[aria-label*="${base}"]`).first().waitFor({ timeout: 15_000 }).catch(() => {});
  await page.waitForSelector('.editor-instance .monaco-editor .view-lines .view-line', { timeout: 15_000 });
}

/**
 * Finds `word` (the `occurrence`-th match, 1-based, among the visible lines of the active editor)
 * and returns the client coordinates of its middle, or null. Monaco draws spaces as U+00A0, so
 * the search normalizes them.
 */
export async function locateWord(page, word, occurrence = 1) {
  return page.evaluate(({ word, occurrence }) => {
    const editor = document.querySelector('.editor-instance .monaco-editor .view-lines');
    if (!editor) return null;
    // Visible lines are absolutely positioned; sort by their top to read them in order.
    const lines = [...editor.querySelectorAll('.view-line')].sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top);
    let seen = 0;
    for (const line of lines) {
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      // Join the line's text nodes to find matches spanning token spans.
      const nodes = [];
      let text = '';
      for (let n = walker.nextNode(); n; n = walker.nextNode()) { nodes.push({ node: n, start: text.length }); text += n.nodeValue; }
      const norm = text.replace(/\u00a0/g, ' ');
      let from = 0;
      for (;;) {
        const at = norm.indexOf(word, from);
        if (at < 0) break;
        from = at + word.length;
        if (++seen < occurrence) continue;
        const pos = (offset) => {
          for (let i = nodes.length - 1; i >= 0; i--) if (offset >= nodes[i].start) return { node: nodes[i].node, offset: offset - nodes[i].start };
          return null;
        };
        const s = pos(at), e = pos(at + word.length);
        const range = document.createRange();
        range.setStart(s.node, s.offset);
        range.setEnd(e.node, e.offset);
        const r = range.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2, width: r.width, height: r.height };
      }
    }
    return null;
  }, { word, occurrence });
}

/**
 * The README-picture hook: moves the mouse over `word` in the active editor and returns the text
 * of the hover card (`.monaco-hover-content`, U+00A0 turned into spaces), or null if none came.
 */
export async function hoverWord(page, word, { occurrence = 1, timeoutMs = 20_000, attemptMs = 2_500 } = {}) {
  const hover = page.locator('.monaco-hover:not(.hidden) .monaco-hover-content').first();
  const deadline = Date.now() + timeoutMs;
  // A language server that is still starting answers the first hover with nothing, and Monaco
  // does not ask again until the mouse moves: so move away and back until a card shows.
  for (;;) {
    const at = await locateWord(page, word, occurrence);
    if (!at) throw new Error(`word not visible in the active editor: ${JSON.stringify(word)}`);
    await page.mouse.move(2, 2);
    await page.waitForTimeout(100);
    await page.mouse.move(at.x, at.y, { steps: 5 });
    try {
      await hover.waitFor({ state: 'visible', timeout: Math.max(100, Math.min(attemptMs, deadline - Date.now())) });
      break;
    } catch {
      if (Date.now() >= deadline) return null;
    }
  }
  // Let the provider's answer replace "Loading..."
  let text = normalizeText(await hover.innerText());
  while (/^\s*Loading\.\.\.\s*$/.test(text) && Date.now() < deadline) {
    await sleep(200);
    text = normalizeText(await hover.innerText());
  }
  return text;
}

/** Parses --name value / --name=value / --flag arguments. */
export function parseArgs(argv, spec) {
  const out = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-h' || a === '--help') { out.help = true; continue; }
    const m = /^--([^=]+)(?:=(.*))?$/.exec(a);
    if (!m || !(m[1] in spec)) throw new Error(`unknown argument: ${a}`);
    const [, name, inline] = m;
    if (spec[name] === 'flag') out[name] = true;
    else if (inline !== undefined) out[name] = inline;
    else if (i + 1 < argv.length) out[name] = argv[++i];
    else throw new Error(`--${name} needs a value`);
  }
  return out;
}
