/** Completion reaches every figure, body and term of the bundled pack, as a client filters and sorts. */
import * as assert from 'node:assert/strict';
import { bundledEngine, bundledKb } from '../helpers';

function offered(text: string): string[] {
  const items = bundledEngine()
    .complete(text, text.length)
    .filter((it) => it.filterText.toLowerCase().startsWith(text.slice(it.start).toLowerCase()))
    .sort((a, b) => (a.sortText < b.sortText ? -1 : a.sortText > b.sortText ? 1 : 0));
  return items.map((i) => i.label);
}

describe('completion reaches every name', () => {
  it('each name, typed but for its last letter, is among the first three items', () => {
    const misses: string[] = [];
    for (const ent of bundledKb().entities.values()) {
      if (ent.kind === 'event') continue;
      const label = ent.kind === 'person' ? ent.label : ent.name;
      const top = offered(`We read about ${label.slice(0, -1)}`).slice(0, 3).map((l) => l.toLowerCase());
      if (!top.includes(label.toLowerCase())) misses.push(`${label}: ${top.join(' | ')}`);
    }
    assert.deepEqual(misses, []);
  });

  it('completes across a trailing space ("Red " → Red Army)', () => {
    assert.equal(offered('Trotsky built the Red ')[0], 'Red Army');
    assert.equal(offered('In 1928 came the First ')[0], 'First Five-Year Plan');
  });

  it('puts the shortest completion of a shared prefix first ("Lening" → Leningrad)', () => {
    assert.equal(offered('His base was Lening')[0], 'Leningrad');
  });
});
