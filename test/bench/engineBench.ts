/**
 * The project's own benchmark of the engine alone (no LSP): full checks of 1k/10k/100k-word
 * essays, one keystroke at a time, hover and completion. Essays are built from the fixture
 * sentences with a running note number, so every sentence is unique, as in real writing.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { execSync } from 'node:child_process';
import { buildKnowledge } from '../../server/src/knowledge/build';
import { loadBundled } from '../../server/src/knowledge/load';
import { Engine } from '../../server/src/engine';
import { extractProse } from '../../server/src/engine/prose';

const root = process.cwd();
const kb = buildKnowledge(loadBundled(path.join(root, 'dist', 'knowledge')).packs).kb;
const sentences = kb.examples.filter((e) => e.format === 'markdown').map((e) => e.text.trim());

export function essay(words: number, seed = 11): string {
  let state = seed;
  const next = (): number => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) >>> 8;
  const out = ['# The struggle for power after Lenin', ''];
  let count = 0;
  let note = 0;
  while (count < words) {
    const para: string[] = [];
    for (let i = 0; i < 4; i++) para.push(sentences[next() % sentences.length].replace(/([.!?])(?=\s|$)/g, (m) => ` [${++note}]${m}`));
    const p = para.join(' ');
    out.push(p, '');
    count += p.split(/\s+/).length;
  }
  return out.join('\n');
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pct = (xs: number[], q: number): number => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * q))];
const time = (f: () => void): number => {
  const t = process.hrtime.bigint();
  f();
  return Number(process.hrtime.bigint() - t) / 1e6;
};

const results: Record<string, unknown> = {};
let commit = 'unknown';
try {
  commit = execSync('git rev-parse --short HEAD', { cwd: root }).toString().trim();
} catch {
  /* not a checkout */
}
results.commit = commit;

const text100k = essay(100000);
const floor = median([0, 1, 2, 3, 4].map(() => time(() => void text100k.match(/[\p{L}\p{N}]+/gu))));
results.wordScanFloorMs = floor;

for (const words of [1000, 10000, 100000]) {
  const times: number[] = [];
  const proseTimes: number[] = [];
  for (let run = 0; run < (words === 100000 ? 3 : 5); run++) {
    const text = essay(words, 11 + run);
    const engine = new Engine(kb); // cold caches: a full check
    proseTimes.push(time(() => extractProse(text, 'markdown')));
    const engine2 = new Engine(kb);
    times.push(time(() => engine2.analyse(text, 'markdown')));
    void engine;
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
    times.push(time(() => engine.analyse(cur, 'markdown')));
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
results.peakRssMiB = process.memoryUsage().rss / 1024 / 1024;

const f = (x: number): string => `${x.toFixed(x < 10 ? 2 : 1)} ms`;
const r = results as Record<string, Record<string, number>> & { commit: string; wordScanFloorMs: number; peakRssMiB: number };
console.log(`clio engine benchmark at ${r.commit} (no LSP)`);
for (const w of [1000, 10000, 100000]) console.log(`  full check ${w} words: ${f(r[`full${w}`].medianMs)} (of which prose extraction ${f(r[`full${w}`].proseMs)})`);
console.log(`  100k words = ${(r.full100000.medianMs / r.wordScanFloorMs).toFixed(1)}x the word-scan floor (${f(r.wordScanFloorMs)}); 10x words cost ${(r.full100000.medianMs / r.full10000.medianMs).toFixed(1)}x`);
console.log(`  keystroke on 10k words: median ${f(r.keystroke10k.medianMs)}, p95 ${f(r.keystroke10k.p95Ms)}`);
console.log(`  hover on 100k words: p50 ${f(r.hover100k.p50Ms)}, p99 ${f(r.hover100k.p99Ms)}; completion p50 ${f(r.completion100k.p50Ms)}, p99 ${f(r.completion100k.p99Ms)}`);
console.log(`  memory: ${r.peakRssMiB.toFixed(0)} MiB`);
if (process.argv.includes('--json')) fs.writeFileSync(process.argv[process.argv.indexOf('--json') + 1], JSON.stringify(results, null, 2));
