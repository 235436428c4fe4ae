// Development aid: print the claims and findings the engine makes for a sentence.
// npx esbuild scripts/dev/claims.ts --bundle --platform=node --outfile=out/claims.js && node out/claims.js "text" [format]
import { loadBundled } from '../../server/src/knowledge/load';
import { buildKnowledge } from '../../server/src/knowledge/build';
import { analyseBlock } from '../../server/src/engine/claims';
import { lexiconFor } from '../../server/src/engine/lexicon';
import { Engine } from '../../server/src/engine';
import type { DocFormat } from '../../server/src/knowledge/model';

const kb = buildKnowledge(loadBundled('dist/knowledge').packs).kb;
const text = process.argv[2];
const format = (process.argv[3] ?? 'markdown') as DocFormat;
const eng = new Engine(kb);
const a = eng.analyse(text, format);
for (const b of a.prose.blocks) {
  const bt = a.prose.masked.slice(b.start, b.end);
  const r = analyseBlock(kb, lexiconFor(kb), bt);
  console.log('mentions:', r.mentions.map((m) => `${bt.slice(m.s, m.e)}=${m.entity.id}${m.form ? '/' + m.form : ''}${m.possessive ? "'s" : ''}`).join(' | '));
  for (const c of r.claims) console.log('claim:', c.code, c.rel, c.subjects.map((p) => p.text + '=' + p.ent.id).join(','), '->', c.target.id, JSON.stringify(bt.slice(c.s, c.e)), c.time ? `${c.time.from}-${c.time.to}` : 'undated', c.bind, c.cue?.phrase ?? '', c.starts ? 'starts' : '');
}
for (const f of a.findings) console.log('FINDING', f.code, JSON.stringify(text.slice(f.start, f.end)), f.message, f.fixes.map((x) => `${x.preferred ? '*' : ''}${x.title}`).join(' / '));
