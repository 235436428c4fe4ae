#!/usr/bin/env node
// `npm run bench`: the engine on its own, then the same essays through the server over stdio
// (both built by test/bench/common.mjs), beside a server that only publishes (test/bench/publishServer.ts).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const esbuild = path.join(root, 'node_modules', '.bin', 'esbuild');
const b = spawnSync(esbuild, ['test/bench/engineBench.ts', 'test/bench/publishServer.ts', '--bundle', '--platform=node', '--outdir=out/bench', '--log-level=warning'], { cwd: root, stdio: 'inherit' });
if (b.status !== 0) process.exit(b.status ?? 1);
const e = spawnSync(process.execPath, ['out/bench/engineBench.js', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
if (e.status !== 0) process.exit(e.status ?? 1);
const s = spawnSync(process.execPath, ['test/bench/serverBench.mjs'], { cwd: root, stdio: 'inherit' });
process.exit(s.status ?? 1);
