/**
 * The knowledge model: the raw shape of a pack file (as the schema describes it) and the
 * immutable, indexed knowledge base the engine reads.
 */

export type EntityKind = 'person' | 'body' | 'office' | 'faction' | 'policy' | 'idea' | 'phrase' | 'event' | 'place' | 'term';
/** `allied` and `rivals` are between two people, and go both ways. */
export type Relation = 'member' | 'leads' | 'holds' | 'controls' | 'base' | 'supports' | 'opposes' | 'authored' | 'allied' | 'rivals';
export type FormKey = 'noun' | 'adjective' | 'member' | 'members' | 'short';
export const FORM_KEYS: readonly FormKey[] = ['noun', 'adjective', 'member', 'members', 'short'];
export type CheckCode = 'faction' | 'stance' | 'office' | 'power-base' | 'authorship' | 'date' | 'alliance' | 'fate';
export const CHECK_CODES: readonly CheckCode[] = ['faction', 'stance', 'office', 'power-base', 'authorship', 'date', 'alliance', 'fate'];
export type DocFormat = 'markdown' | 'latex' | 'plaintext';

export type RawDate = number | string;

export interface RawEntity {
  id: string;
  kind: EntityKind;
  name: string;
  label?: string;
  aliases?: string[];
  role?: string;
  summary?: string;
  pronoun?: 'he' | 'she';
  born?: RawDate;
  died?: RawDate;
  source?: string;
  group?: string;
  forms?: Partial<Record<FormKey, string[]>>;
  body?: string;
  titles?: string[];
  exclusive?: boolean;
  instrument?: boolean;
  article?: boolean;
  signatures?: string[][];
  rivals?: string[];
  date?: RawDate;
  until?: RawDate;
  subject?: string;
  verbs?: string[];
}

export interface RawFact {
  who: string;
  rel: Relation;
  what: string;
  from?: RawDate;
  to?: RawDate;
  primary?: boolean;
  source?: string;
  note?: string;
}

export interface RawFlagExample {
  text: string;
  format?: DocFormat;
  code: CheckCode;
  words: string;
  fixed: string;
}

export type RawPassExample = string | { text: string; format?: DocFormat; why?: string };

export interface RawPack {
  pack: string;
  title: string;
  description?: string;
  period?: [number, number];
  /** Historians and other writers an essay on the topic cites ("Moshe Lewin"): their names are words of their own, not misspelled figures. */
  historians?: string[];
  sources?: Record<string, { title: string; url?: string }>;
  entities: RawEntity[];
  facts: RawFact[];
  examples?: { flag?: RawFlagExample[]; pass?: RawPassExample[] };
}

/** A date as far as the pack knows it. */
export interface KDate {
  year: number;
  month?: number;
  day?: number;
}

/** Where something came from, for messages that name file and line. */
export interface Origin {
  file: string;
  line: number;
}

export interface Entity {
  readonly id: string;
  readonly kind: EntityKind;
  readonly name: string;
  readonly label: string;
  readonly aliases: readonly string[];
  readonly role?: string;
  readonly summary?: string;
  /** People: the pronoun the text uses for them (a "he" is never read as a woman's). */
  readonly pronoun?: 'he' | 'she';
  readonly born?: KDate;
  readonly died?: KDate;
  readonly source?: string;
  readonly group?: string;
  readonly forms?: Readonly<Partial<Record<FormKey, readonly string[]>>>;
  readonly body?: string;
  readonly titles?: readonly string[];
  readonly exclusive?: boolean;
  /** Bodies: a tool of whoever ruled (the secret police): "Stalin's secret police" names its user, not its head. */
  readonly instrument?: boolean;
  /** Bodies: false when the name takes no "the" in running text ("Pravda", "Sovnarkom"). */
  readonly article?: boolean;
  readonly signatures?: readonly (readonly string[])[];
  readonly rivals?: readonly string[];
  readonly date?: KDate;
  /** Events that took a while: when they ended (date is when they began). */
  readonly until?: KDate;
  readonly subject?: string;
  readonly verbs?: readonly string[];
  readonly pack: string;
  readonly origin: Origin;
}

export interface Fact {
  readonly who: string;
  readonly rel: Relation;
  readonly what: string;
  /** First and last year (inclusive); open ends are ±Infinity. */
  readonly from: number;
  readonly to: number;
  readonly fromDate?: KDate;
  readonly toDate?: KDate;
  readonly primary: boolean;
  readonly source?: string;
  readonly note?: string;
  readonly pack: string;
  readonly origin: Origin;
}

export interface Source {
  readonly id: string;
  readonly title: string;
  readonly url?: string;
}

export interface PackSummary {
  readonly id: string;
  readonly title: string;
  readonly file: string;
  readonly entities: number;
  readonly facts: number;
}

export interface Example {
  readonly pack: string;
  readonly origin: Origin;
  readonly text: string;
  readonly format: DocFormat;
  readonly flag?: { code: CheckCode; words: string; fixed: string };
  readonly why?: string;
}

/** A problem found while loading packs: always names the file and (1-based) line and column. */
export interface PackProblem {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly message: string;
  readonly severity: 'error' | 'warning';
  /** Where the other side of a clash lives. */
  readonly related?: { file: string; line: number; column: number; message: string };
}

/** A validated pack ready to merge: plain JSON, so it can be compiled at build time. */
export interface CompiledPack {
  readonly file: string;
  readonly raw: RawPack;
  /** 1-based line of each entity and fact, parallel to raw.entities / raw.facts. */
  readonly entityLines: number[];
  readonly factLines: number[];
  readonly flagLines: number[];
  readonly passLines: number[];
}
