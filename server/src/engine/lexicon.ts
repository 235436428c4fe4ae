/**
 * Every name the knowledge base knows (names, aliases, faction word forms, office titles
 * composed with their bodies) in one token trie, so mentions are found in a single pass over
 * the text, whatever the number of aliases.
 */
import type { KnowledgeBase } from '../knowledge/build';
import type { Entity, FormKey } from '../knowledge/model';
import { FORM_KEYS } from '../knowledge/model';
import { phraseTokens, type Token } from './tokens';

export interface Terminal {
  id: string;
  /** For factions: which word form matched. */
  form?: FormKey;
  /** Index of the form within its list (0 is the canonical one). */
  formIndex?: number;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  term?: Terminal;
}

export interface Mention {
  entity: Entity;
  /** Token indices [t0, t1) and offsets [s, e). */
  t0: number;
  t1: number;
  s: number;
  e: number;
  form?: FormKey;
  /** Followed by 's / ' (the possessive). */
  possessive: boolean;
  /** A misspelling of the entity's name ("Bukarin"): checked as the person, and reported for its spelling too. */
  misspelled?: boolean;
}

/** What a man has, after a bare possessive ("Kamenevs base"). */
const OWNED = new Set(['base', 'bases', 'power', 'idea', 'ideas', 'theory', 'policy', 'policies', 'slogan', 'programme', 'program', 'plan', 'support', 'supporters', 'allies', 'ally', 'view', 'views', 'position', 'faction', 'wing', 'men', 'followers', 'rivals', 'enemies', 'stronghold', 'testament', 'leadership', 'office', 'post', 'job', 'role', 'strength', 'belief', 'beliefs', 'argument', 'aim', 'aims', 'opposition', 'defeat', 'fall']);

export class Lexicon {
  private readonly root: TrieNode = { next: new Map() };
  /** Every normalised single word that is part of some name, to keep the spelling check quiet on them. */
  readonly nameWords = new Set<string>();
  /** The normalised words of the packs' historians' names ("lewin"): a spelling of their own, not a figure's. */
  readonly historianWords = new Set<string>();

  constructor(readonly kb: KnowledgeBase) {
    for (const ent of kb.entities.values()) this.addEntity(ent);
    for (const h of kb.historians) for (const t of phraseTokens(h)) this.historianWords.add(t);
  }

  private add(phrase: string, term: Terminal): void {
    const toks = phraseTokens(phrase);
    if (!toks.length) return;
    let node = this.root;
    for (const t of toks) {
      let nx = node.next.get(t);
      if (!nx) {
        nx = { next: new Map() };
        node.next.set(t, nx);
      }
      node = nx;
    }
    // The first pack to name a thing keeps the name.
    if (!node.term) node.term = term;
  }

  private addEntity(ent: Entity): void {
    const names = new Set([ent.name, ent.label, ...ent.aliases]);
    // A faction's plain name is one of its word forms; a bare lower-case word ("middle") needs the
    // context a short form needs ("the middle"), or "in the middle of a speech" would be a wing.
    const formOfName = (n: string): Terminal => {
      if (ent.kind !== 'faction') return { id: ent.id };
      const key = phraseTokens(n).join(' ');
      for (const k of FORM_KEYS) {
        const i = (ent.forms?.[k] ?? []).findIndex((f) => phraseTokens(f).join(' ') === key);
        if (i >= 0) return { id: ent.id, form: k, formIndex: i };
      }
      return /^[a-z]+$/.test(n) ? { id: ent.id, form: 'short', formIndex: 0 } : { id: ent.id };
    };
    for (const n of names) {
      this.add(n, formOfName(n));
      for (const t of phraseTokens(n)) this.nameWords.add(t);
      if (ent.kind === 'person') {
        const toks = phraseTokens(n);
        // The last word of a full name is a surname too ("Nikolai Bukharin" → "Bukharin").
        if (toks.length > 1 && /^[a-z]/.test(toks[toks.length - 1]) && toks[toks.length - 1].length >= 4) this.nameWords.add(toks[toks.length - 1]);
      }
    }
    if (ent.kind === 'faction' && ent.forms) {
      for (const key of FORM_KEYS) {
        (ent.forms[key] ?? []).forEach((f, i) => this.add(f, { id: ent.id, form: key, formIndex: i }));
      }
    }
    if (ent.kind === 'office' && ent.body && ent.titles?.length) {
      const body = this.kb.get(ent.body);
      if (body) {
        for (const b of new Set([body.name, body.label, ...body.aliases])) {
          for (const title of ent.titles) {
            this.add(`${title} of ${b}`, { id: ent.id });
            this.add(`${title} of the ${b}`, { id: ent.id });
            this.add(`${b}'s ${title}`, { id: ent.id });
          }
        }
      }
    }
  }

  /**
   * "Kamenevs base", "Stalins idea": a person's one-word name with an "s" and no apostrophe, before a
   * word of what a man has. Such a token is split in place into the name, an empty apostrophe and
   * the "s", so that it reads as the possessive it means (offsets stay those of the text).
   */
  splitBarePossessives(tokens: Token[]): void {
    for (let i = 0; i < tokens.length - 1; i++) {
      const t = tokens[i];
      if (!t.w || t.n.length < 5 || t.n.charCodeAt(t.n.length - 1) !== 115 || !OWNED.has(tokens[i + 1].n) || t.t[0] === t.t[0].toLowerCase()) continue;
      if (this.root.next.get(t.n)?.term) continue;
      const term = this.root.next.get(t.n.slice(0, -1))?.term;
      if (!term || this.kb.get(term.id)?.kind !== 'person') continue;
      const at = t.e - 1;
      tokens.splice(i, 1, { s: t.s, e: at, t: t.t.slice(0, -1), n: t.n.slice(0, -1), w: true }, { s: at, e: at, t: "'", n: "'", w: false }, { s: at, e: t.e, t: t.t.slice(-1), n: 's', w: true });
      i += 2;
    }
  }

  /** Longest-match mentions, left to right, in one pass over the tokens. */
  findMentions(tokens: readonly Token[]): Mention[] {
    const out: Mention[] = [];
    let i = 0;
    while (i < tokens.length) {
      let node: TrieNode | undefined = this.root;
      let best: { term: Terminal; end: number } | undefined;
      for (let j = i; j < tokens.length && node; j++) {
        node = node.next.get(tokens[j].n);
        if (node?.term) best = { term: node.term, end: j + 1 };
      }
      // A word inside a longer word ("Tomsk" in "Tomskyist") never matches: tokens are whole words.
      if (best) {
        const ent = this.kb.get(best.term.id)!;
        const end = best.end;
        const possessive = isPossessiveAt(tokens, end);
        out.push({ entity: ent, t0: i, t1: end, s: tokens[i].s, e: tokens[end - 1].e, form: best.term.form, possessive });
        i = end;
      } else i++;
    }
    return out;
  }
}

export function isPossessiveAt(tokens: readonly Token[], i: number): boolean {
  const a = tokens[i];
  if (!a || a.n !== "'") return false;
  if (a.s !== tokens[i - 1]?.e) return false;
  const b = tokens[i + 1];
  if (b && b.n === 's' && b.s === a.e) return true;
  // "Tomskys'" / names ending in s: a bare apostrophe.
  return !b || !b.w || b.s > a.e;
}

const cache = new WeakMap<KnowledgeBase, Lexicon>();
export function lexiconFor(kb: KnowledgeBase): Lexicon {
  let lx = cache.get(kb);
  if (!lx) {
    lx = new Lexicon(kb);
    cache.set(kb, lx);
  }
  return lx;
}
