/**
 * The project's own benchmark of the engine alone (no LSP): full checks of 1k/10k/100k-word
 * essays, one keystroke at a time, hover and completion, on the same essays as serverBench.mjs
 * (test/bench/common.mjs).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildKnowledge } from '../../server/src/knowledge/build';
import { loadBundled } from '../../server/src/knowledge/load';
import { Engine } from '../../server/src/engine';
import { extractProse } from '../../server/src/engine/prose';
import { benchSentences, commit, essay as essayOf, median, ms as f, pct } from './common.mjs';

const root = process.cwd();
const kb = buildKnowledge(loadBundled(path.join(root, 'dist', 'knowledge')).packs).kb;
const sentences = benchSentences(root);
const essay = (words: number, seed = 11): string => essayOf(sentences, words, seed);

const time = (f: () => void): number => {
  const t = process.hrtime.bigint();
  f();
  return Number(process.hrtime.bigint() - t) / 1e6;
};

const results: Record<string, unknown> = {};
results.commit = commit(root);

const text100k = essay(100000);
const floor = median([0, 1, 2, 3, 4].map(() => time(() => void text100k.match(/[\p{L}\p{N}]+/gu))));
results.wordScanFloorMs = floor;

for (const words of [1000, 10000, 100000]) {
  const times: number[] = [];
  const proseTimes: number[] = [];
  for (let run = 0; run < (words === 100000 ? 3 : 5); run++) {
    const text = essay(words, 11 + run);
    proseTimes.push(time(() => extractProse(text, 'markdown')));
    const engine = new Engine(kb); // cold caches: a full check
    times.push(time(() => void engine.analyse(text, 'markdown').findings.length)); // findings in document offsets, as the CLI gets them
  }
  results[`full${words}`] = { medianMs: median(times), proseMs: median(proseTimes) };
}

{
  const text = essay(10000);
  const engine = new Engine(kb);
  engine.analyse(text, 'markdown');
  let cur = text;
  const at = Math.floor(text.length / 2);
  const times: number[] = [];
  for (let i = 0; i < 200; i++) {
    const ch = 'abcdefghij'[i % 10];
    const pos = at + i;
    cur = cur.slice(0, pos) + ch + cur.slice(pos);
    times.push(time(() => void engine.analyse(cur, 'markdown').findings.length));
  }
  results.keystroke10k = { medianMs: median(times), p95Ms: pct(times, 0.95) };
}

{
  const engine = new Engine(kb);
  const a = engine.analyse(text100k, 'markdown');
  const hov: number[] = [];
  const comp: number[] = [];
  for (let i = 0; i < 300; i++) {
    const m = a.mentions[(i * 7919) % a.mentions.length];
    hov.push(time(() => engine.hover(a, m.start + 1)));
    const off = text100k.indexOf('Bukharin', (i * 2003) % (text100k.length - 100)) + 4;
    comp.push(time(() => engine.complete(text100k, off)));
  }
  results.hover100k = { p50Ms: median(hov), p99Ms: pct(hov, 0.99) };
  results.completion100k = { p50Ms: median(comp), p99Ms: pct(comp, 0.99) };
}
// The process's peak resident memory (as the server benchmark reads it), not just what is in use now.
results.peakRssMiB = process.resourceUsage().maxRSS / 1024;

const r = results as Record<string, Record<string, number>> & { commit: string; wordScanFloorMs: number; peakRssMiB: number };
console.log(`clio engine benchmark at ${r.commit} (no LSP)`);
for (const w of [1000, 10000, 100000]) console.log(`  full check ${w} words: ${f(r[`full${w}`].medianMs)} (of which prose extraction ${f(r[`full${w}`].proseMs)})`);
console.log(`  100k words = ${(r.full100000.medianMs / r.wordScanFloorMs).toFixed(1)}x the word-scan floor (${f(r.wordScanFloorMs)}); 10x words cost ${(r.full100000.medianMs / r.full10000.medianMs).toFixed(1)}x`);
console.log(`  keystroke on 10k words: median ${f(r.keystroke10k.medianMs)}, p95 ${f(r.keystroke10k.p95Ms)}`);
console.log(`  hover on 100k words: p50 ${f(r.hover100k.p50Ms)}, p99 ${f(r.hover100k.p99Ms)}; completion p50 ${f(r.completion100k.p50Ms)}, p99 ${f(r.completion100k.p99Ms)}`);
console.log(`  memory: ${r.peakRssMiB.toFixed(0)} MiB`);
if (process.argv.includes('--json')) fs.writeFileSync(process.argv[process.argv.indexOf('--json') + 1], JSON.stringify(results, null, 2));
