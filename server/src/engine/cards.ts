/**
 * Hover cards: Markdown built from the knowledge base. Every piece of pack text is escaped,
 * so a pack cannot inject links, HTML or images; ordinary punctuation inside words is kept.
 */
import type { KnowledgeBase } from '../knowledge/build';
import type { Entity, Fact } from '../knowledge/model';
import { formatYears } from './time';

/** Escape Markdown syntax in pack text. Word-internal punctuation ("Five-Year", "Lenin's") stays. */
export function escapeMarkdown(s: string): string {
  return s
    .replace(/[\\`*[\]<>|{}~]/g, (c) => `\\${c}`)
    .replace(/(^|[^\p{L}\p{N}])_/gu, '$1\\_')
    .replace(/_(?=[^\p{L}\p{N}]|$)/gu, '\\_')
    .replace(/!(?=\\\[)/g, '\\!')
    .replace(/&/g, '&amp;')
    // Indentation would make a code block; a line-leading marker a heading or list ("1\." not "\1.").
    .replace(/(^|\n)[ \t]+/g, '$1')
    .replace(/(^|\n)([#+\-=])/g, '$1\\$2')
    .replace(/(^|\n)(\d+)([.)])/g, '$1$2\\$3')
    // Schemes and bare www. addresses would be linked by renderers that autolink (GFM, VS Code).
    .replace(/(?:https?|ftp|file|command|vscode|vscode-insiders|data|javascript|mailto):/gi, (m) => m.replace(':', '&#58;'))
    .replace(/\bwww\./gi, (m) => m.replace('.', '&#46;'));
}

/** A fact's years in brackets (" (1923–1929)"), or nothing for an undated fact. */
export function factYears(f: Fact): string {
  const y = formatYears({ from: f.from, to: f.to });
  return y ? ` (${y.replace(/^in /, '')})` : '';
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export function formatDate(d: { year: number; month?: number; day?: number }): string {
  return `${d.day ? `${d.day} ` : ''}${d.month ? `${MONTHS[d.month - 1]} ` : ''}${d.year}`;
}

/** An event's date, or its span when it took a while ("December 1922 – January 1923"). */
function eventDate(ev: Entity): string {
  return ev.until ? `${formatDate(ev.date!)} – ${formatDate(ev.until)}` : formatDate(ev.date!);
}

function nameOf(kb: KnowledgeBase, id: string): string {
  return escapeMarkdown(kb.get(id)?.name ?? id);
}
function labelOf(kb: KnowledgeBase, id: string): string {
  return escapeMarkdown(kb.get(id)?.label ?? id);
}

const cardCache = new WeakMap<KnowledgeBase, Map<string, string>>();

/** The card of an entity (built once per knowledge base: hover and completion ask often). */
export function card(kb: KnowledgeBase, ent: Entity): string {
  let cache = cardCache.get(kb);
  if (!cache) {
    cache = new Map();
    cardCache.set(kb, cache);
  }
  let md = cache.get(ent.id);
  if (md === undefined) {
    md = buildCard(kb, ent);
    cache.set(ent.id, md);
  }
  return md;
}

function buildCard(kb: KnowledgeBase, ent: Entity): string {
  const lines: string[] = [];
  const kind = ent.kind === 'idea' ? 'idea' : ent.kind;
  lines.push(`**${escapeMarkdown(ent.name)}**${ent.role ? ` — ${escapeMarkdown(ent.role)}` : ` (${kind})`}`);
  lines.push('');
  const about = kb.factsAbout(ent.id).filter((f) => !(f.rel === 'member' && kb.factsAbout(ent.id).some((g) => g.rel === 'leads' && g.what === f.what && g !== f && g.from === f.from)));
  const on = kb.factsOn(ent.id);
  const bullet = (label: string, items: string[]): void => {
    if (items.length) lines.push(`- *${label}:* ${[...new Set(items)].join('; ')}`);
  };
  if (ent.kind === 'person') {
    bullet('Faction', about.filter((f) => f.rel === 'leads' || f.rel === 'member').map((f) => `${f.rel === 'leads' ? 'led the ' : ''}${nameOf(kb, f.what)}${factYears(f)}`));
    bullet('Offices', about.filter((f) => f.rel === 'holds').map((f) => `${nameOf(kb, f.what)}${factYears(f)}`));
    bullet('Controlled', about.filter((f) => f.rel === 'controls').map((f) => `${nameOf(kb, f.what)}${factYears(f)}`));
    bullet('Power base', about.filter((f) => f.rel === 'base').map((f) => `${nameOf(kb, f.what)}${factYears(f)}`));
    const authored = new Set(about.filter((f) => f.rel === 'authored').map((f) => f.what));
    bullet('Views', about.filter((f) => (f.rel === 'supports' || f.rel === 'opposes') && !authored.has(f.what)).map((f) => `${f.rel === 'supports' ? 'for' : 'against'} ${nameOf(kb, f.what)}${factYears(f)}`));
    bullet('Authored', about.filter((f) => f.rel === 'authored').map((f) => `${nameOf(kb, f.what)}${factYears(f)}`));
    // Sides, in the order they were taken: "Allies: Zinoviev (1923–1925), …".
    const sides = (rel: 'allied' | 'rivals'): string[] => about.filter((f) => f.rel === rel).sort((a, b) => a.from - b.from).map((f) => `${labelOf(kb, f.what)}${factYears(f)}`);
    bullet('Allies', sides('allied'));
    bullet('Rivals', sides('rivals'));
    const dates: string[] = [];
    if (ent.born) dates.push(`born ${formatDate(ent.born)}`);
    for (const ev of kb.entities.values()) if (ev.kind === 'event' && ev.subject === ent.id && ev.date) dates.push(`${escapeMarkdown(ev.name)}: ${eventDate(ev)}`);
    if (ent.died) dates.push(`died ${formatDate(ent.died)}`);
    bullet('Key dates', dates);
  } else {
    if (ent.kind === 'faction') {
      bullet('Led by', on.filter((f) => f.rel === 'leads').map((f) => `${labelOf(kb, f.who)}${factYears(f)}`));
      bullet('Members', on.filter((f) => f.rel === 'member').map((f) => `${labelOf(kb, f.who)}${factYears(f)}`));
    }
    if (ent.kind === 'office') {
      bullet('Held by', on.filter((f) => f.rel === 'holds').map((f) => `${labelOf(kb, f.who)}${factYears(f)}`));
      if (ent.body) bullet('Body', [nameOf(kb, ent.body)]);
    }
    if (ent.kind === 'body' || ent.kind === 'place') {
      const offices = [...kb.entities.values()].filter((o) => o.kind === 'office' && o.body === ent.id);
      bullet('Headed by', offices.flatMap((o) => kb.factsOn(o.id).filter((f) => f.rel === 'holds').map((f) => `${labelOf(kb, f.who)} as ${escapeMarkdown(o.name)}${factYears(f)}`)));
      bullet('Controlled by', on.filter((f) => f.rel === 'controls').map((f) => `${labelOf(kb, f.who)}${factYears(f)}`));
      bullet('Power base of', on.filter((f) => f.rel === 'base').map((f) => `${labelOf(kb, f.who)}${factYears(f)}`));
    }
    if (['policy', 'idea', 'phrase', 'term'].includes(ent.kind)) {
      bullet('Author', on.filter((f) => f.rel === 'authored').map((f) => `${labelOf(kb, f.who)}${factYears(f)}`));
      const authors = new Set(on.filter((f) => f.rel === 'authored').map((f) => f.who));
      bullet('Supporters', on.filter((f) => f.rel === 'supports' && !authors.has(f.who)).map((f) => `${labelOf(kb, f.who)}${factYears(f)}`));
      bullet('Opponents', on.filter((f) => f.rel === 'opposes').map((f) => `${labelOf(kb, f.who)}${factYears(f)}`));
      bullet('Rivals', (ent.rivals ?? []).map((r) => nameOf(kb, r)));
    }
    const dates: string[] = [];
    if (ent.date) dates.push(eventDate(ent));
    for (const ev of kb.entities.values()) if (ev.kind === 'event' && ev.subject === ent.id && ev.date) dates.push(`${escapeMarkdown(ev.name)}: ${eventDate(ev)}`);
    bullet(ent.kind === 'event' ? 'Date' : 'Key dates', dates);
    if (ent.kind === 'event' && ent.subject) bullet('Who', [nameOf(kb, ent.subject)]);
  }
  if (ent.summary) {
    lines.push('');
    lines.push(escapeMarkdown(ent.summary));
  }
  const aka = ent.aliases.filter((a) => a !== ent.name && a !== ent.label);
  if (aka.length) {
    lines.push('');
    lines.push(`*Also:* ${aka.map(escapeMarkdown).join(', ')}`);
  }
  const sources = new Set<string>();
  if (ent.source) sources.add(ent.source);
  for (const f of [...about, ...on]) if (f.source) sources.add(f.source);
  const titles = [...sources].map((s) => kb.sourceTitle(s)).filter((s): s is string => !!s);
  if (titles.length) {
    lines.push('');
    lines.push(`*Source:* ${titles.map(escapeMarkdown).join('; ')}`);
  }
  return lines.join('\n');
}

/** One line for completion detail: full name and role. */
export function detail(ent: Entity): string {
  return ent.role ? `${ent.name} — ${ent.role}` : `${ent.name} (${ent.kind})`;
}
