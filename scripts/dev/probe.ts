// Development aid: run "+code|sentence" / "-|sentence" probes and print the misses.
import * as fs from 'node:fs';
import { loadBundled } from '../../server/src/knowledge/load';
import { buildKnowledge } from '../../server/src/knowledge/build';
import { Engine } from '../../server/src/engine';

const kb = buildKnowledge(loadBundled('dist/knowledge').packs).kb;
const eng = new Engine(kb);
let bad = 0;
let n = 0;
for (const line of fs.readFileSync(process.argv[2], 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const [want, ...rest] = line.split('|');
  const text = rest.reverse().join(' ');
  n++;
  const fs2 = eng.analyse(text, 'markdown').findings.filter((f) => f.code !== 'name-spelling');
  const ok = want === '-' ? fs2.length === 0 : fs2.some((f) => f.code === want.slice(1));
  if (!ok) bad++;
  if (!ok || process.argv[3] === '-v') console.log(`${ok ? 'ok  ' : 'MISS'} ${want} ${text}\n      ${fs2.map((f) => `${f.code} "${text.slice(f.start, f.end)}" ${f.message} [${f.fixes.map((x) => (x.preferred ? '*' : '') + x.title).join(' / ')}]`).join('\n      ')}`);
}
console.log(`${bad} of ${n} wrong`);
