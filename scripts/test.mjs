#!/usr/bin/env node
// The project's test command: type-check and build, then every suite — unit, data, golden,
// protocol and robustness tests (mocha), the VS Code end-to-end suite in code-server, and the
// Neovim and Emacs client tests — and one closing line "N passed, N failed".
// Options: --quick runs the mocha suites only (for development; CI and the README run all).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const quick = process.argv.includes('--quick');
let passed = 0;
let failed = 0;
const problems = [];

function run(name, cmd, args, parse) {
  process.stdout.write(`\n=== ${name}: ${[cmd, ...args].join(' ')}\n`);
  const t = Date.now();
  const r = spawnSync(cmd, args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024, env: { ...process.env, FORCE_COLOR: '0' } });
  process.stdout.write(r.stdout ?? '');
  process.stderr.write(r.stderr ?? '');
  const counts = parse ? parse(`${r.stdout}\n${r.stderr}`) : undefined;
  if (counts) {
    passed += counts.passed;
    failed += counts.failed;
  }
  if (r.status !== 0 && !(counts && counts.failed > 0)) {
    // A suite that failed without counting a failed test (crash, missing tool) still fails the run.
    failed += 1;
    problems.push(`${name} exited with ${r.status ?? r.signal}`);
  }
  process.stdout.write(`=== ${name}: ${counts ? `${counts.passed} passed, ${counts.failed} failed` : `exit ${r.status}`} in ${((Date.now() - t) / 1000).toFixed(1)} s\n`);
  return r.status === 0;
}

const mochaCounts = (out) => {
  const p = /(\d+) passing/.exec(out);
  const f = /(\d+) failing/.exec(out);
  return p || f ? { passed: Number(p?.[1] ?? 0), failed: Number(f?.[1] ?? 0) } : undefined;
};
const lineCounts = (prefix) => (out) => {
  const m = new RegExp(`${prefix}: (\\d+) passed, (\\d+) failed`).exec(out);
  return m ? { passed: Number(m[1]), failed: Number(m[2]) } : undefined;
};

if (run('build', process.execPath, ['esbuild.js', '--tests'])) {
  run('unit, data, golden, protocol and robustness tests', process.execPath, [path.join('node_modules', 'mocha', 'bin', 'mocha.js'), '--reporter', 'spec'], mochaCounts);
  if (!quick) {
    if (run('e2e install (code-server, chromium)', 'bash', ['scripts/e2e/install.sh'])) {
      run('VS Code end-to-end tests (code-server)', process.execPath, ['scripts/e2e/run.mjs'], lineCounts('e2e'));
    }
    run('Neovim client test', process.execPath, ['test/editors/nvim.test.mjs'], lineCounts('nvim'));
    run('Emacs eglot client test', process.execPath, ['test/editors/emacs.test.mjs'], lineCounts('emacs'));
  }
}
for (const p of problems) console.log(`problem: ${p}`);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
