#!/usr/bin/env node
// Clio in Neovim: runs `nvim --headless -u NONE` with test/editors/nvim-init.lua, which starts
// dist/server.js through vim.lsp.start_client, opens test/editors/fixtures/essay.md and checks
// hover, completion, diagnostics, code actions, applying a fix and shutdown. The Lua side writes
// its results to a JSON file; this script prints them and ends with `nvim: N passed, N failed`.
// Exit code 0 only when every check passed. Needs Neovim 0.7+ (installed with apt when missing
// and running as root; otherwise it fails and says how to install it) and a built server
// (node esbuild.js).
import fs from 'node:fs';
import path from 'node:path';
import { REPO, SERVER, ensureTool, fixtureCopy, report, requireServer, run } from './lib.mjs';

const EXPECTED = 8; // checks in nvim-init.lua

async function main() {
  const t0 = Date.now();
  let nvim;
  try {
    nvim = ensureTool('nvim', 'nvim', ['neovim']);
    requireServer('nvim');
  } catch (e) {
    console.error(e.message);
    console.log('nvim: 0 passed, 1 failed');
    return 1;
  }
  const version = (await run(nvim, ['--version'], { timeoutMs: 10_000 })).stdout.split('\n')[0];
  const tmp = fixtureCopy('nvim');
  const resultFile = path.join(tmp.dir, 'results.json');
  try {
    const r = await run(nvim, ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${path.join(REPO, 'test/editors/nvim-init.lua')}`], {
      cwd: tmp.essays,
      env: { CLIO_SERVER: SERVER, CLIO_ESSAY: path.join(tmp.essays, 'essay.md'), CLIO_RESULT: resultFile },
      timeoutMs: 90_000,
    });
    console.log(`${version} (${path.relative(REPO, SERVER)})`);
    if (!fs.existsSync(resultFile)) {
      console.log(`  ✖ nvim wrote no results (exit ${r.code}${r.signal ? `, ${r.signal}` : ''}${r.timedOut ? ', timed out after 90 s' : ''})`);
      if (r.stderr.trim() || r.stdout.trim()) console.log((r.stderr + r.stdout).trim().split('\n').map((l) => `    ${l}`).join('\n'));
      console.log(`nvim: 0 passed, ${EXPECTED} failed`);
      return 1;
    }
    const { results } = JSON.parse(fs.readFileSync(resultFile, 'utf8'));
    return report('nvim', results, EXPECTED, ` (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  } finally {
    tmp.cleanup();
  }
}

main().then((code) => process.exit(code), (e) => { console.error(e); process.exit(1); });
