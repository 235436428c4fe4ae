#!/usr/bin/env node
// Clio in Emacs with eglot: runs `emacs --batch -Q -l test/editors/emacs-init.el`, which sets up
// eglot as docs/editors.md says, opens test/editors/fixtures/essay.md and checks hover,
// completion-at-point, Flymake diagnostics, code actions, applying a fix and shutdown. The Lisp
// side writes its results to a JSON file; this script prints them and ends with
// `emacs: N passed, N failed`. Exit code 0 only when every check passed. Needs Emacs 28+ and
// eglot (Debian: emacs-nox elpa-eglot; installed with apt when missing and running as root,
// otherwise it fails and says how to install them) and a built server (node esbuild.js).
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { REPO, SERVER, ensureTool, fixtureCopy, report, requireServer, run } from './lib.mjs';

const EXPECTED = 8; // checks in emacs-init.el

function eglotInstalled(emacs) {
  // Built into Emacs 29+; Debian's elpa-eglot for 28.
  const r = spawnSync(emacs, ['--batch', '-Q', '--eval',
    `(progn (require 'package) (add-to-list 'package-directory-list "/usr/share/emacs/site-lisp/elpa") (package-initialize) (princ (if (locate-library "eglot") "yes" "no")))`], { encoding: 'utf8' });
  return r.stdout.trim() === 'yes';
}

async function main() {
  const t0 = Date.now();
  let emacs;
  try {
    emacs = ensureTool('emacs', 'emacs', ['emacs-nox', 'elpa-eglot']);
    if (!eglotInstalled(emacs)) {
      const pkgs = ['elpa-eglot'];
      if (process.getuid?.() === 0 && fs.existsSync('/usr/bin/apt-get')) {
        console.log('emacs: eglot is missing; installing elpa-eglot with apt-get');
        spawnSync('apt-get', ['install', '-y', '-q', ...pkgs], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
      }
      if (!eglotInstalled(emacs)) throw new Error('emacs: eglot is not installed; install it with: sudo apt-get install -y elpa-eglot (Emacs 29+ has it built in)');
    }
    requireServer('emacs');
  } catch (e) {
    console.error(e.message);
    console.log('emacs: 0 passed, 1 failed');
    return 1;
  }
  const tmp = fixtureCopy('emacs');
  const resultFile = path.join(tmp.dir, 'results.json');
  try {
    const r = await run(emacs, ['--batch', '-Q', '-l', path.join(REPO, 'test/editors/emacs-init.el')], {
      cwd: tmp.essays,
      env: { CLIO_SERVER: SERVER, CLIO_ESSAY: path.join(tmp.essays, 'essay.md'), CLIO_RESULT: resultFile },
      timeoutMs: 90_000,
    });
    if (!fs.existsSync(resultFile)) {
      console.log(`  ✖ emacs wrote no results (exit ${r.code}${r.signal ? `, ${r.signal}` : ''}${r.timedOut ? ', timed out after 90 s' : ''})`);
      if (r.stderr.trim() || r.stdout.trim()) console.log((r.stderr + r.stdout).trim().split('\n').map((l) => `    ${l}`).join('\n'));
      console.log(`emacs: 0 passed, ${EXPECTED} failed`);
      return 1;
    }
    const { emacs: version, eglot, results } = JSON.parse(fs.readFileSync(resultFile, 'utf8'));
    console.log(`GNU Emacs ${version}, eglot ${eglot} (${path.relative(REPO, SERVER)})`);
    const code = report('emacs', results, EXPECTED, ` (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
    if (code !== 0 && r.stderr.trim()) console.log(r.stderr.trim().split('\n').slice(-20).map((l) => `    ${l}`).join('\n'));
    return code;
  } finally {
    tmp.cleanup();
  }
}

main().then((code) => process.exit(code), (e) => { console.error(e); process.exit(1); });
