// What both project benchmarks share: the essays (from the bundled pack's Markdown examples, in
// paragraphs of four, every sentence made unique by its own note number, as in real writing),
// the statistics, and the commit they ran on.
import { execSync } from 'node:child_process';
import path from 'node:path';
import { packExamples } from '../../scripts/lib/pack-examples.mjs';

export function benchSentences(root) {
  return packExamples(path.join(root, 'dist', 'knowledge')).filter((e) => e.format === 'markdown').map((e) => e.text.trim());
}

/** A deterministic essay of about `words` words. */
export function essay(sentences, words, seed = 11) {
  let state = seed;
  const next = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) >>> 8;
  const out = ['# The struggle for power after Lenin', ''];
  let count = 0;
  let note = 0;
  while (count < words) {
    const para = [];
    for (let i = 0; i < 4; i++) para.push(sentences[next() % sentences.length].replace(/([.!?])(?=\s|$)/g, (m) => ` [${++note}]${m}`));
    const p = para.join(' ');
    out.push(p, '');
    count += p.split(/\s+/).length;
  }
  return out.join('\n');
}

export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
export const pct = (xs, q) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * q))];
export const ms = (x) => `${x.toFixed(x < 10 ? 2 : 1)} ms`;

export function commit(root) {
  try {
    return execSync('git rev-parse --short HEAD', { cwd: root }).toString().trim();
  } catch {
    return 'unknown';
  }
}
