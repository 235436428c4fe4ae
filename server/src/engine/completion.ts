/**
 * Completion of names and terms. The typed prefix may span several words ("Socialism in O",
 * "the first five"); each item's range starts where its typed name starts, and items that
 * match more of what was typed rank first.
 */
import type { KnowledgeBase } from '../knowledge/build';
import type { Entity, EntityKind } from '../knowledge/model';
import { card, detail } from './cards';

export interface CompletionItem {
  label: string;
  /** What the typed text is matched against (an alias when the alias matched). */
  filterText: string;
  insertText: string;
  detail: string;
  documentation: string;
  kind: EntityKind;
  sortText: string;
  /** Offsets of the text the item replaces (end is the cursor). */
  start: number;
  end: number;
}

interface Entry {
  ent: Entity;
  name: string;
  key: string;
  canonical: boolean;
}

const OFFERED: ReadonlySet<EntityKind> = new Set(['person', 'body', 'office', 'faction', 'policy', 'idea', 'phrase', 'term', 'event', 'place']);
const KIND_RANK: Record<EntityKind, number> = { person: 0, body: 1, office: 2, policy: 3, idea: 3, faction: 4, term: 5, phrase: 6, event: 7, place: 8 };

const cache = new WeakMap<KnowledgeBase, Entry[]>();
/** Every name completion offers, folded for matching: built once per knowledge base. */
export function entries(kb: KnowledgeBase): Entry[] {
  let list = cache.get(kb);
  if (list) return list;
  list = [];
  for (const ent of kb.entities.values()) {
    if (!OFFERED.has(ent.kind)) continue;
    const seen = new Set<string>();
    for (const [i, name] of [ent.label, ent.name, ...ent.aliases].entries()) {
      const key = fold(name);
      if (seen.has(key)) continue;
      seen.add(key);
      list.push({ ent, name, key, canonical: i < 2 });
    }
  }
  cache.set(kb, list);
  return list;
}

function fold(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

const WORD_CHAR = /[\p{L}\p{N}'\u2019-]/u;

export function complete(kb: KnowledgeBase, text: string, offset: number, maxItems = 50): CompletionItem[] {
  // Candidate starts: beginnings of the last few words on the line.
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const starts: number[] = [];
  let i = offset;
  while (i > lineStart && WORD_CHAR.test(text[i - 1])) i--;
  if (i === offset) {
    // Right after a space: "Red " still completes "Red Army" (from the words before the space).
    if (!(offset - 1 > lineStart && text[offset - 1] === ' ' && WORD_CHAR.test(text[offset - 2]))) return [];
    i = offset - 1;
    while (i > lineStart && WORD_CHAR.test(text[i - 1])) i--;
  }
  starts.push(i);
  let words = 1;
  let j = i;
  while (words < 6 && j > lineStart) {
    let k = j;
    while (k > lineStart && text[k - 1] === ' ') k--;
    if (k === j || k <= lineStart) break;
    let w = k;
    while (w > lineStart && WORD_CHAR.test(text[w - 1])) w--;
    if (w === k) break;
    starts.push(w);
    j = w;
    words++;
  }
  const out: CompletionItem[] = [];
  const taken = new Set<string>();
  const all = entries(kb);
  // Longest typed phrase first: it is the most specific match.
  for (let si = starts.length - 1; si >= 0; si--) {
    const start = starts[si];
    const typed = fold(text.slice(start, offset));
    if (!typed.trim()) continue;
    const typedWords = typed.split(' ').length;
    const matches = all.filter((e) => e.key.startsWith(typed));
    // Prefer the canonical name when several names of one entity match.
    matches.sort((a, b) => Number(b.canonical) - Number(a.canonical) || KIND_RANK[a.ent.kind] - KIND_RANK[b.ent.kind] || a.name.length - b.name.length);
    for (const m of matches) {
      if (taken.has(m.ent.id)) continue;
      taken.add(m.ent.id);
      const label = m.ent.kind === 'person' ? m.ent.label : m.ent.name;
      const folded = fold(label);
      const filterMatchesLabel = folded.startsWith(typed);
      out.push({
        label,
        filterText: filterMatchesLabel ? label : m.name,
        insertText: filterMatchesLabel ? label : m.ent.kind === 'person' ? label : m.name,
        detail: detail(m.ent) + (filterMatchesLabel ? '' : ` — also “${m.name}”`),
        documentation: card(kb, m.ent),
        kind: m.ent.kind,
        // More of the typed text matched, then the entity's own name, then the least left to type.
        sortText: `${String(9 - Math.min(typedWords, 9))}${m.ent.kind === 'event' ? 1 : 0}${m.canonical ? 0 : 1}${String(Math.min(99, Math.max(0, m.name.length - typed.length))).padStart(2, '0')}${KIND_RANK[m.ent.kind]}${folded}`,
        start,
        end: offset,
      });
      if (out.length >= maxItems) return out;
    }
  }
  return out;
}
