// Development aid: every failing pack example with what the engine did instead.
import * as path from 'node:path';
import { loadPacks } from '../../server/src/knowledge/load';
import { buildKnowledge } from '../../server/src/knowledge/build';
import { Engine } from '../../server/src/engine';

const file = process.argv[2] ?? 'knowledge/power-struggle.yaml';
const kb = buildKnowledge(loadPacks([path.resolve(file)]).packs).kb;
const eng = new Engine(kb);
let bad = 0;
for (const ex of kb.examples) {
  const fs = eng.analyse(ex.text, ex.format).findings.filter((f) => f.code !== 'name-spelling');
  if (!ex.flag) {
    if (fs.length) { bad++; console.log(`PASS-FAIL ${ex.text}\n   got: ${fs.map((f) => `${f.code} "${ex.text.slice(f.start, f.end)}" ${f.message}`).join(' | ')}`); }
    continue;
  }
  const fixes = fs.map((f) => f.fixes.map((x) => { let t = ex.text; for (const e of [...x.edits].sort((a, b) => b.start - a.start)) t = t.slice(0, e.start) + e.text + t.slice(e.end); return `${x.preferred ? '*' : ' '}${t}`; }));
  const pref = fixes.flat().filter((x) => x.startsWith('*')).map((x) => x.slice(1));
  if (fs.length !== 1 || fs[0].code !== ex.flag.code || pref[0] !== ex.flag.fixed) {
    bad++;
    console.log(`FLAG-FAIL [${ex.flag.code}] ${ex.text}\n   want: ${ex.flag.fixed}\n   got: ${fs.map((f) => `${f.code} "${ex.text.slice(f.start, f.end)}"`).join(' | ')}\n   fixes: ${fixes.flat().join('\n          ')}`);
  }
}
console.log(`${bad} failing of ${kb.examples.length}`);
