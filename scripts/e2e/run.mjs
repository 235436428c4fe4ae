#!/usr/bin/env node
// Runs an extension's mocha tests inside a real VS Code workbench: code-server serves the
// workbench, Debian's Chromium (driven by playwright-core) opens it with the same payload that
// @vscode/test-electron uses (extensionDevelopmentPath + extensionTestsPath), the workbench's
// extension host loads the extension and calls the tests module's run(), and the exit code comes
// back through window.codeAutomationExit. Workbench and extension-host logs (mocha's report
// included) come back through window.codeAutomationLog and are printed here.
//
// Usage: node scripts/e2e/run.mjs [options]     (install first: bash scripts/e2e/install.sh)
//   --extension <dir>   extension under development        (default: repo root;  env CLIO_E2E_EXTENSION)
//   --workspace <dir>   folder opened in the workbench     (default: test/e2e/fixtures/workspace; env CLIO_E2E_WORKSPACE)
//                       It is copied to a fresh run folder first, so tests may edit and save freely.
//   --no-copy           open --workspace in place instead of a copy
//   --tests <file>      compiled tests module exporting run() (default: out/e2e/index.js, what
//                       `node esbuild.js --tests` builds from test/e2e/index.ts; env CLIO_E2E_TESTS)
//   --grep <regexp>     only run tests whose full title matches (env CLIO_E2E_GREP, read by index.ts)
//   --timeout <sec>     overall limit                      (default: 480; env CLIO_E2E_TIMEOUT)
//   --screenshot <png>  save a picture of the workbench when the tests end (pass or fail)
//   --keep              keep the run folder (test/e2e/.run/run-*) even when the tests pass
//   --verbose           also print code-server's own output and browser console errors
// Exit code: the tests' exit code (0 = all passed); 124 on timeout; 2 when the harness itself
// failed (code-server or Chromium did not start, tests module missing, ...).
import fs from 'node:fs';
import path from 'node:path';
import {
  REPO_ROOT, checkInstalled, startCodeServer, launchBrowser, workbenchUrl, makeRunDir, parseArgs, log,
} from './lib.mjs';

// Workbench chatter relayed by codeAutomationLog that says nothing about the tests (shown with --verbose).
const NOISE = [
  /^Resolving connection token /, /^Resolved connection token /, /^Creating a socket /,
  /^Ignoring fetching additional builtin extensions/, /^\[Service Worker\] registered/,
  /^ChatSessionStore: /, /^Updating additional builtin extensions cache/,
];

const spec = {
  extension: 'value', workspace: 'value', grep: 'value', 'no-copy': 'flag', tests: 'value', timeout: 'value',
  screenshot: 'value', keep: 'flag', verbose: 'flag',
};

function usage() {
  const text = fs.readFileSync(new URL(import.meta.url), 'utf8').split('\n');
  const start = text.findIndex((l) => l.startsWith('// Usage'));
  const end = text.findIndex((l, i) => i > start && !l.startsWith('//'));
  return text.slice(start, end).map((l) => l.replace(/^\/\/ ?/, '')).join('\n');
}

async function main() {
  const t0 = Date.now();
  let opts;
  try {
    opts = parseArgs(process.argv.slice(2), spec);
  } catch (e) {
    console.error(`${e.message}\n\n${usage()}`);
    return 2;
  }
  if (opts.help) { console.log(usage()); return 0; }

  const extension = path.resolve(opts.extension || process.env.CLIO_E2E_EXTENSION || REPO_ROOT);
  const workspaceSrc = path.resolve(opts.workspace || process.env.CLIO_E2E_WORKSPACE || path.join(REPO_ROOT, 'test/e2e/fixtures/workspace'));
  const tests = path.resolve(opts.tests || process.env.CLIO_E2E_TESTS || path.join(REPO_ROOT, 'out/e2e/index.js'));
  const timeoutSec = Number(opts.timeout || process.env.CLIO_E2E_TIMEOUT || 480);
  if (opts.grep) process.env.CLIO_E2E_GREP = opts.grep; // inherited by code-server's extension host
  const verbose = !!opts.verbose || process.env.CLIO_E2E_VERBOSE === '1';

  try {
    checkInstalled();
    for (const [what, p] of [['extension', path.join(extension, 'package.json')], ['workspace', workspaceSrc], ['tests module', tests]]) {
      if (!fs.existsSync(p)) throw new Error(`${what} not found: ${p}${what === 'tests module' ? ' (build it first: node esbuild.js --tests)' : ''}`);
    }
    if (!(timeoutSec > 0)) throw new Error(`bad --timeout: ${opts.timeout}`);
    const pkg = JSON.parse(fs.readFileSync(path.join(extension, 'package.json'), 'utf8'));
    if (pkg.main && !fs.existsSync(path.resolve(extension, pkg.main))) {
      log(`warning: the extension's main (${pkg.main}) does not exist: build it first (npm run build), or activation fails`);
    }
  } catch (e) {
    log(`ERROR ${e.message}`);
    return 2;
  }

  const runDir = makeRunDir('run');
  let workspace = workspaceSrc;
  if (!opts['no-copy']) {
    workspace = path.join(runDir, 'workspace', path.basename(workspaceSrc));
    fs.cpSync(workspaceSrc, workspace, { recursive: true });
  }
  log(`extension: ${extension}`);
  log(`workspace: ${workspace}${opts['no-copy'] ? '' : ` (copy of ${workspaceSrc})`}`);
  log(`tests:     ${tests}`);
  log(`run dir:   ${path.relative(REPO_ROOT, runDir)} (timeout ${timeoutSec}s)`);

  let server = null;
  let browser = null;
  let exitCode = 2;
  let failed = true;
  let cleaning = null;
  const cleanup = () => cleaning ??= (async () => {
    if (browser) await Promise.race([browser.context.close().catch(() => {}), new Promise((r) => setTimeout(r, 10_000))]);
    if (server) await server.stop();
    if (!failed && !opts.keep) fs.rmSync(runDir, { recursive: true, force: true });
    else log(`run folder kept: ${path.relative(REPO_ROOT, runDir)} (code-server.log${fs.existsSync(path.join(runDir, 'failure.png')) ? ', failure.png' : ''})`);
  })();
  const onSignal = (sig) => {
    log(`${sig}: cleaning up`);
    cleanup().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  process.once('SIGHUP', onSignal);

  try {
    server = await startCodeServer({ runDir, verbose });
    log(`code-server up on ${server.origin} (pid ${server.pid}) after ${((Date.now() - t0) / 1000).toFixed(1)}s`);
    browser = await launchBrowser({ runDir });
    const { page, context } = browser;

    let resolveExit;
    const exited = new Promise((r) => { resolveExit = r; });
    await context.exposeFunction('codeAutomationLog', (type, args) => {
      const parts = (Array.isArray(args) ? args : [args]).map((a) => (typeof a === 'string' ? a : JSON.stringify(a)));
      const line = parts.join(' ');
      if (!verbose && NOISE.some((re) => re.test(line))) return;
      if (type === 'error') process.stderr.write(`${line}\n`);
      else process.stdout.write(`${line}\n`);
    });
    await context.exposeFunction('codeAutomationExit', (code) => { resolveExit({ code: Number(code) }); });
    page.on('crash', () => resolveExit({ error: 'the browser page crashed' }));
    page.on('pageerror', (err) => { if (verbose) log(`page error: ${err.message}`); });
    if (verbose) page.on('console', (m) => { if (m.type() === 'error') log(`console.error: ${m.text()}`); });
    server.exitPromise.then((e) => resolveExit({ error: `code-server exited during the run (${JSON.stringify(e)})` }));

    const url = workbenchUrl({ origin: server.origin, port: server.port, folder: workspace, extensionDevelopmentPath: extension, extensionTestsPath: tests });
    if (verbose) log(`opening ${url}`);
    await page.goto(url, { waitUntil: 'domcontentloaded' });

    let timer;
    const timedOut = new Promise((r) => { timer = setTimeout(() => r({ timeout: true }), timeoutSec * 1000 - (Date.now() - t0)); });
    const result = await Promise.race([exited, timedOut]);
    clearTimeout(timer);

    if (opts.screenshot || !(result.code === 0)) {
      const file = opts.screenshot ? path.resolve(opts.screenshot) : path.join(runDir, 'failure.png');
      await page.screenshot({ path: file }).then(() => log(`screenshot: ${file}`)).catch((e) => log(`screenshot failed: ${e.message}`));
    }
    if (result.timeout) {
      log(`TIMEOUT: the tests did not finish within ${timeoutSec}s. Last code-server output:\n${server.recent.slice(-20).join('\n')}`);
      exitCode = 124;
    } else if (result.error) {
      log(`ERROR ${result.error}\n${server.recent.slice(-20).join('\n')}`);
      exitCode = 2;
    } else {
      exitCode = result.code;
      failed = exitCode !== 0;
    }
  } catch (e) {
    log(`ERROR ${e.stack || e.message}`);
    exitCode = 2;
  } finally {
    await cleanup();
  }
  log(`${exitCode === 0 ? 'PASSED' : `FAILED (exit ${exitCode})`} in ${((Date.now() - t0) / 1000).toFixed(1)}s`);
  return exitCode;
}

main().then((code) => process.exit(code), (e) => { console.error(e); process.exit(2); });
