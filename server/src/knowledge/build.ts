/**
 * Merge compiled packs into one immutable, indexed knowledge base. Pure: no I/O.
 * Clashes between packs (one id or name for two things, contradicting facts) are reported
 * naming both files; the clashing item of the later pack is left out.
 */
import type { CompiledPack, Entity, Example, Fact, KDate, PackProblem, PackSummary, Source, FormKey } from './model';
import { normaliseName, parseDate } from './parse';

export class KnowledgeBase {
  readonly entities: ReadonlyMap<string, Entity>;
  readonly facts: readonly Fact[];
  readonly packs: readonly PackSummary[];
  readonly sources: ReadonlyMap<string, Source>;
  readonly examples: readonly Example[];
  /** The years an undated claim is about. */
  readonly period: readonly [number, number];
  /** The historians the packs list ("Moshe Lewin"): writers essays cite, not figures. */
  readonly historians: readonly string[];
  /** Changes with every build; caches key on it. */
  readonly version: number;
  private readonly byWho = new Map<string, Fact[]>();
  private readonly byWhat = new Map<string, Fact[]>();

  constructor(init: { entities: Map<string, Entity>; facts: Fact[]; packs: PackSummary[]; sources: Map<string, Source>; examples: Example[]; period: [number, number]; historians?: string[] }) {
    this.entities = init.entities;
    this.facts = init.facts;
    this.packs = init.packs;
    this.sources = init.sources;
    this.examples = init.examples;
    this.period = init.period;
    this.historians = init.historians ?? [];
    this.version = ++versionCounter;
    for (const f of init.facts) {
      push(this.byWho, f.who, f);
      push(this.byWhat, f.what, f);
      if (f.rel === 'leads') {
        // Leading a faction implies being in it.
        const member: Fact = { ...f, rel: 'member' };
        push(this.byWho, f.who, member);
        push(this.byWhat, f.what, member);
      }
      if (f.rel === 'allied' || f.rel === 'rivals') {
        // Between two people, both ways: Zinoviev's ally Stalin is Stalin's ally Zinoviev.
        const back: Fact = { ...f, who: f.what, what: f.who };
        push(this.byWho, back.who, back);
        push(this.byWhat, back.what, back);
      }
      if (f.rel === 'authored') {
        // Authors support their ideas, while they live.
        const died = init.entities.get(f.who)?.died?.year;
        const sup: Fact = { ...f, rel: 'supports', to: died !== undefined ? Math.min(f.to, died) : f.to };
        push(this.byWho, f.who, sup);
        push(this.byWhat, f.what, sup);
      }
    }
    Object.freeze(this);
  }

  get(id: string): Entity | undefined {
    return this.entities.get(id);
  }

  factsAbout(who: string): readonly Fact[] {
    return this.byWho.get(who) ?? [];
  }

  factsOn(what: string): readonly Fact[] {
    return this.byWhat.get(what) ?? [];
  }

  /** Facts of one relation that hold at some year in [from, to]. */
  holding(who: string | undefined, rel: Fact['rel'], what: string | undefined, from: number, to: number): Fact[] {
    const list = who !== undefined ? this.factsAbout(who) : what !== undefined ? this.factsOn(what) : this.facts;
    const out: Fact[] = [];
    for (const f of list) if (f.rel === rel && (who === undefined || f.who === who) && (what === undefined || f.what === what) && f.from <= to && f.to >= from) out.push(f);
    return out;
  }

  sourceTitle(id: string | undefined): string | undefined {
    return id ? this.sources.get(id)?.title : undefined;
  }

  get entityCount(): number {
    return this.entities.size;
  }
}

let versionCounter = 0;

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

function toKDate(d: unknown): KDate | undefined {
  return d === undefined ? undefined : parseDate(d as string | number);
}

export interface BuildResult {
  kb: KnowledgeBase;
  problems: PackProblem[];
}

export function buildKnowledge(packs: readonly CompiledPack[]): BuildResult {
  const problems: PackProblem[] = [];
  const entities = new Map<string, Entity>();
  const names = new Map<string, { id: string; file: string; line: number }>();
  const facts: Fact[] = [];
  const sources = new Map<string, Source>();
  const examples: Example[] = [];
  const summaries: PackSummary[] = [];
  let period: [number, number] | undefined;
  const historians: string[] = [];

  for (const pack of packs) {
    const raw = pack.raw;
    const skipped = new Set<string>();
    let entCount = 0;
    raw.entities.forEach((re, i) => {
      const line = pack.entityLines[i];
      const prev = entities.get(re.id);
      if (prev) {
        if (prev.kind !== re.kind || normaliseName(prev.name) !== normaliseName(re.name)) {
          problems.push({
            file: pack.file,
            line,
            column: 1,
            severity: 'error',
            message: `id "${re.id}" is already used for ${prev.kind} "${prev.name}" in ${prev.origin.file}:${prev.origin.line}; this ${re.kind} "${re.name}" is left out`,
            related: { file: prev.origin.file, line: prev.origin.line, column: 1, message: `"${re.id}" first defined here` },
          });
          skipped.add(re.id);
        }
        // Same id, same thing: packs may extend each other; the first definition wins.
        return;
      }
      for (const name of [re.name, ...(re.aliases ?? [])]) {
        const key = normaliseName(name);
        const owner = names.get(key);
        if (owner && owner.id !== re.id) {
          problems.push({
            file: pack.file,
            line,
            column: 1,
            severity: 'warning',
            message: `the name "${name}" of "${re.id}" already means "${owner.id}" (${owner.file}:${owner.line}); Clio keeps the first meaning`,
            related: { file: owner.file, line: owner.line, column: 1, message: `"${name}" first given to "${owner.id}" here` },
          });
        }
      }
      const ent: Entity = Object.freeze({
        id: re.id,
        kind: re.kind,
        name: re.name,
        label: re.label ?? re.name,
        aliases: Object.freeze([...(re.aliases ?? [])]),
        role: re.role,
        summary: re.summary,
        pronoun: re.pronoun,
        born: toKDate(re.born),
        died: toKDate(re.died),
        source: re.source,
        group: re.group,
        forms: re.forms ? (Object.freeze({ ...re.forms }) as Partial<Record<FormKey, readonly string[]>>) : undefined,
        body: re.body,
        titles: re.titles,
        exclusive: re.exclusive,
        instrument: re.instrument,
        article: re.article,
        signatures: re.signatures,
        rivals: re.rivals,
        date: toKDate(re.date),
        until: toKDate(re.until),
        subject: re.subject,
        verbs: re.verbs,
        pack: raw.pack,
        origin: { file: pack.file, line },
      });
      entities.set(re.id, ent);
      entCount++;
      for (const name of [re.name, ...(re.aliases ?? [])]) {
        const key = normaliseName(name);
        if (!names.has(key)) names.set(key, { id: re.id, file: pack.file, line });
      }
    });
    for (const [id, s] of Object.entries(raw.sources ?? {})) {
      if (!sources.has(id)) sources.set(id, { id, title: s.title, url: s.url });
    }
    let factCount = 0;
    raw.facts.forEach((rf, i) => {
      const line = pack.factLines[i];
      if (skipped.has(rf.who) || skipped.has(rf.what)) return;
      const fromDate = toKDate(rf.from);
      const toDate = toKDate(rf.to);
      const fact: Fact = Object.freeze({
        who: rf.who,
        rel: rf.rel,
        what: rf.what,
        from: fromDate ? fromDate.year : -Infinity,
        to: toDate ? toDate.year : Infinity,
        fromDate,
        toDate,
        primary: rf.primary ?? false,
        source: rf.source,
        note: rf.note,
        pack: raw.pack,
        origin: { file: pack.file, line },
      });
      const clash = findContradiction(fact, facts, entities);
      if (clash) {
        const { origin } = clash.fact;
        const where = origin.file === pack.file ? `line ${origin.line}` : `${origin.file}:${origin.line}`;
        problems.push({
          file: pack.file,
          line,
          column: 1,
          severity: 'error',
          message: `this fact (${describeFact(fact, entities)}) contradicts ${where} (${describeFact(clash.fact, entities)}): ${clash.why}; it is left out`,
          related: { file: origin.file, line: origin.line, column: 1, message: 'the fact it contradicts' },
        });
        return;
      }
      facts.push(fact);
      factCount++;
    });
    (raw.examples?.flag ?? []).forEach((ex, i) => {
      examples.push({ pack: raw.pack, origin: { file: pack.file, line: pack.flagLines[i] }, text: ex.text, format: ex.format ?? 'markdown', flag: { code: ex.code, words: ex.words, fixed: ex.fixed } });
    });
    (raw.examples?.pass ?? []).forEach((ex, i) => {
      const o = typeof ex === 'string' ? { text: ex } : ex;
      examples.push({ pack: raw.pack, origin: { file: pack.file, line: pack.passLines[i] }, text: o.text, format: ('format' in o && o.format) || 'markdown', why: 'why' in o ? o.why : undefined });
    });
    historians.push(...(raw.historians ?? []));
    if (raw.period) period = period ? [Math.min(period[0], raw.period[0]), Math.max(period[1], raw.period[1])] : [raw.period[0], raw.period[1]];
    summaries.push({ id: raw.pack, title: raw.title, file: pack.file, entities: entCount, facts: factCount });
  }
  return {
    kb: new KnowledgeBase({ entities, facts, packs: summaries, sources, examples, period: period ?? [-Infinity, Infinity], historians }),
    problems,
  };
}

/**
 * Two facts contradict when one exclusive thing is given to two people at once, or one person is
 * put in two factions of a group at once, or supports and opposes one thing at once. Returns the
 * earlier fact that `f` contradicts and the rule the two break, in words.
 */
function findContradiction(f: Fact, facts: readonly Fact[], entities: ReadonlyMap<string, Entity>): { fact: Fact; why: string } | undefined {
  const overlaps = (g: Fact): boolean => g.from <= f.to && g.to >= f.from && !(g.to === f.from || g.from === f.to);
  const what = entities.get(f.what);
  const name = what?.name ?? f.what;
  if (f.rel === 'holds' || f.rel === 'controls') {
    if (!what?.exclusive) return undefined;
    const fact = facts.find((g) => g.rel === f.rel && g.what === f.what && g.who !== f.who && overlaps(g));
    return fact && { fact, why: `${name} is exclusive: one ${f.rel === 'holds' ? 'holder' : 'controller'} at a time` };
  }
  if (f.rel === 'member' || f.rel === 'leads') {
    const group = what?.group;
    if (!group) return undefined;
    const fact = facts.find((g) => (g.rel === 'member' || g.rel === 'leads') && g.who === f.who && g.what !== f.what && entities.get(g.what)?.group === group && overlaps(g));
    return fact && { fact, why: `the factions of group "${group}" exclude each other: one person is in one of them at a time` };
  }
  if (f.rel === 'supports' || f.rel === 'opposes') {
    const opposite = f.rel === 'supports' ? 'opposes' : 'supports';
    const fact = facts.find((g) => g.rel === opposite && g.who === f.who && g.what === f.what && overlaps(g));
    return fact && { fact, why: `one person cannot support and oppose ${name} at the same time` };
  }
  return undefined;
}

const REL_WORDS: Record<Fact['rel'], string> = {
  member: 'in',
  leads: 'leads',
  holds: 'holds',
  controls: 'controls',
  base: 'has a base in',
  supports: 'supports',
  opposes: 'opposes',
  authored: 'authored',
  allied: 'allied with',
  rivals: 'against',
};

export function describeFact(f: Fact, entities: ReadonlyMap<string, Entity>): string {
  const who = entities.get(f.who)?.label ?? f.who;
  const what = entities.get(f.what)?.name ?? f.what;
  const span = formatSpan(f);
  return `${who} ${REL_WORDS[f.rel]} ${what}${span ? ` ${span}` : ''}`;
}

export function formatSpan(f: { from: number; to: number }): string {
  const a = Number.isFinite(f.from) ? String(f.from) : '';
  const b = Number.isFinite(f.to) ? String(f.to) : '';
  if (a && b) return a === b ? `in ${a}` : `${a}–${b}`;
  if (a) return `from ${a}`;
  if (b) return `until ${b}`;
  return '';
}
