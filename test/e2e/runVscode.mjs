#!/usr/bin/env node
// Runs the same end-to-end suites (out/e2e/index.js) in desktop VS Code through
// @vscode/test-electron, the way most extensions test. It downloads VS Code into .vscode-test/
// (git-ignored) on first use, so it needs network access to update.code.visualstudio.com,
// and on Linux a display (run it under `xvfb-run -a` on a headless machine).
// The offline path is `npm run test:e2e`: the same suites in code-server's workbench.
//
// Usage: node test/e2e/runVscode.mjs        (build first: node esbuild.js --tests)
// Environment: CLIO_VSCODE_VERSION (default "stable"; e.g. 1.91.0, the oldest engine Clio allows),
//              CLIO_E2E_GREP, CLIO_E2E_TEST_TIMEOUT (passed to the tests, as with run.mjs).
// Exit codes: 0 all passed; 1 a test failed or VS Code could not run them; 3 VS Code could not be
// downloaded (no network).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const extensionTestsPath = path.join(repo, 'out/e2e/index.js');
const version = process.env.CLIO_VSCODE_VERSION || 'stable';

async function main() {
  if (!fs.existsSync(extensionTestsPath)) {
    console.error(`test:vscode: ${path.relative(repo, extensionTestsPath)} is missing: build it first with node esbuild.js --tests`);
    return 1;
  }
  let vscodeExecutablePath;
  try {
    vscodeExecutablePath = await downloadAndUnzipVSCode({ version, cachePath: path.join(repo, '.vscode-test'), timeout: 20_000 });
  } catch (e) {
    console.error([
      '',
      `test:vscode: could not download VS Code (${version}): ${e && e.message ? e.message : e}`,
      'This runner (@vscode/test-electron) needs network access to update.code.visualstudio.com the first time',
      '(it caches VS Code in .vscode-test/).',
      'Offline, run the same suites with: npm run test:e2e   (code-server + Chromium; install once with npm run test:e2e:install)',
    ].join('\n'));
    return 3;
  }
  // A fresh copy of the fixture workspace: the tests edit and save files.
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'clio-vscode-'));
  const workspace = path.join(tmp, 'workspace');
  fs.cpSync(path.join(repo, 'test/e2e/fixtures/workspace'), workspace, { recursive: true });
  try {
    await runTests({
      vscodeExecutablePath,
      extensionDevelopmentPath: repo,
      extensionTestsPath,
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes', `--user-data-dir=${path.join(tmp, 'user-data')}`],
      extensionTestsEnv: Object.fromEntries(['CLIO_E2E_GREP', 'CLIO_E2E_TEST_TIMEOUT'].filter((k) => process.env[k]).map((k) => [k, process.env[k]])),
    });
    console.log('test:vscode: all tests passed');
    return 0;
  } catch (e) {
    console.error(`test:vscode: ${e && e.message ? e.message : e}`);
    return 1;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().then((code) => process.exit(code), (e) => { console.error(e); process.exit(1); });
