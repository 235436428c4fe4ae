// The examples of the compiled packs in a folder (dist/knowledge): a compiled pack keeps its
// source under `raw`; examples to flag are objects, examples to pass may be plain strings.
import fs from 'node:fs';
import path from 'node:path';

/** Every example of every compiled pack in `dir`, as { text, format } (format defaults to markdown). */
export function packExamples(dir) {
  return fs.readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'pack.schema.json')
    .flatMap((f) => {
      const ex = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')).raw?.examples ?? {};
      return [...(ex.flag ?? []), ...(ex.pass ?? [])].map((e) => (typeof e === 'string' ? { text: e } : e));
    })
    .map((e) => ({ ...e, format: e.format ?? 'markdown' }));
}
