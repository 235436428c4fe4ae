// The server over stdio: time from didOpen to diagnostics on 1k/10k/100k-word essays, one
// keystroke at a time on 10k words (beside a server that only publishes the same diagnostics: the
// floor the protocol and the LSP library set), hover and completion latency, cold start, peak memory.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { LspClient } from '../../scripts/lib/lsp-client.mjs';
import { benchSentences, commit, essay as essayOf, median, ms as f, pct } from './common.mjs';

const root = process.cwd();
const sentences = benchSentences(root);
const essay = (words, seed = 11) => essayOf(sentences, words, seed);

/** The server's peak resident memory (Linux), in MiB. */
const peakMiB = (pid) => {
  try {
    return Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024;
  } catch {
    return NaN;
  }
};

const t0 = performance.now();
const c = new LspClient(path.join(root, 'dist/server.js'));
await c.request('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
c.notify('initialized', {});
let n = 0;
const open = async (text) => {
  const uri = `file:///bench/essay${++n}.md`;
  const t = performance.now();
  const d = c.diagnostics(uri);
  c.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  await d;
  return { uri, ms: performance.now() - t };
};
const first = await open(essay(1000, 1));
console.log(`clio server benchmark at ${commit(root)} (stdio)`);
console.log(`  cold start to first diagnostics: ${f(performance.now() - t0)} (first open ${f(first.ms)}; goal under 200 ms)`);
const full = {};
for (const words of [1000, 10000, 100000]) {
  const times = [];
  for (let run = 0; run < 3; run++) times.push((await open(essay(words, 21 + run))).ms);
  full[words] = median(times);
  console.log(`  full check ${words} words: median ${f(full[words])}`);
}
// The floor, as the shared lsp-bench defines it: one plain word scan of the 100k essay, here.
const scans = [];
const big = essay(100000, 21);
for (let k = 0; k < 7; k++) {
  const t = performance.now();
  let words = 0;
  for (const _ of big.matchAll(/\p{L}+/gu)) words++;
  scans.push(performance.now() - t);
}
const floor = median(scans);
console.log(`  100k words = ${(full[100000] / floor).toFixed(1)}x the word-scan floor (${f(floor)}; goal 5x); 10x words cost ${(full[100000] / full[10000]).toFixed(1)}x (goal at most 12x)`);
/** 200 keystrokes typed in the middle of a 10k-word essay, each timed until its diagnostics arrive. */
async function keystrokes(client, uri, text) {
  const at = Math.floor(text.length / 2);
  const times = [];
  let last;
  let line = 0;
  let ch = 0;
  for (let i = 0; i < at; i++) if (text[i] === '\n') { line++; ch = 0; } else ch++;
  for (let v = 2; v < 202; v++) {
    const t = performance.now();
    const d = client.diagnostics(uri, v);
    client.notify('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: [{ range: { start: { line, character: ch }, end: { line, character: ch } }, text: 'x' }] });
    last = await d;
    times.push(performance.now() - t);
    ch++;
  }
  return { times, diagnostics: last.diagnostics };
}
{
  const text = essay(10000, 5);
  const { uri } = await open(text);
  const { times, diagnostics } = await keystrokes(c, uri, text);
  console.log(`  keystroke on 10k words: median ${f(median(times))}, p95 ${f(pct(times, 0.95))} (goal 3 ms, 10 ms)`);
  // The floor under that: a server on the same library that only publishes the same diagnostics.
  const file = path.join(root, 'out', 'bench', 'diagnostics.json');
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(diagnostics));
  const p = new LspClient(path.join(root, 'out', 'bench', 'publishServer.js'), { ...process.env, CLIO_BENCH_DIAGNOSTICS: file });
  await p.request('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
  p.notify('initialized', {});
  const uri2 = 'file:///bench/floor.md';
  const opened = p.diagnostics(uri2);
  p.notify('textDocument/didOpen', { textDocument: { uri: uri2, languageId: 'markdown', version: 1, text } });
  await opened;
  const floorTimes = (await keystrokes(p, uri2, text)).times;
  console.log(`    publishing the same ${diagnostics.length} diagnostics without analysis (same LSP library): median ${f(median(floorTimes))}, p95 ${f(pct(floorTimes, 0.95))}`);
  await p.request('shutdown', null);
  p.notify('exit', null);
}
{
  const text = essay(100000, 9);
  const { uri } = await open(text);
  const lines = text.split('\n');
  const withName = lines.map((l, i) => [i, l.indexOf('Bukharin')]).filter(([, c]) => c >= 0);
  const hov = [];
  const comp = [];
  for (let i = 0; i < 200 && withName.length; i++) {
    const [li, col] = withName[(i * 7919) % withName.length];
    let t = performance.now();
    await c.request('textDocument/hover', { textDocument: { uri }, position: { line: li, character: col + 2 } });
    hov.push(performance.now() - t);
    t = performance.now();
    await c.request('textDocument/completion', { textDocument: { uri }, position: { line: li, character: col + 4 } });
    comp.push(performance.now() - t);
  }
  console.log(`  hover on 100k words: p50 ${f(median(hov))}, p99 ${f(pct(hov, 0.99))}; completion p50 ${f(median(comp))}, p99 ${f(pct(comp, 0.99))}`);
}
console.log(`  server peak memory: ${peakMiB(c.proc.pid).toFixed(0)} MiB (goal under 100 MiB)`);
await c.request('shutdown', null);
c.notify('exit', null);
