/**
 * Settings → engine options, in one place. Any value may be missing, `null` or of the wrong
 * type (clients send what users write): each falls back to its default, and what was wrong
 * is reported once as a message naming the setting.
 */
import type { FindingCode, Severity } from '../engine';
import type { DocFormat } from '../knowledge/model';

export interface ClioSettings {
  enabled: boolean;
  languages: DocFormat[];
  checks: Record<FindingCode, Severity>;
  knowledgePaths: string[];
  bundledKnowledge: boolean;
  maxFileSize: number;
}

export const CODES: FindingCode[] = ['faction', 'stance', 'office', 'power-base', 'authorship', 'date', 'alliance', 'fate', 'name-spelling'];
const SEVERITIES: Severity[] = ['off', 'hint', 'information', 'warning', 'error'];
const LANGS: DocFormat[] = ['markdown', 'latex', 'plaintext'];

export function defaultSettings(): ClioSettings {
  return {
    enabled: true,
    languages: [...LANGS],
    checks: { faction: 'warning', stance: 'warning', office: 'warning', 'power-base': 'warning', authorship: 'warning', date: 'warning', alliance: 'warning', fate: 'warning', 'name-spelling': 'information' },
    knowledgePaths: [],
    bundledKnowledge: true,
    maxFileSize: 2 * 1024 * 1024,
  };
}

/** Read the `clio` section as a client sends it (nested objects or dotted keys). */
export function readSettings(raw: unknown, problems: string[] = []): ClioSettings {
  const s = defaultSettings();
  if (raw === null || raw === undefined) return s;
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    problems.push('clio: settings must be an object; using the defaults');
    return s;
  }
  const r = raw as Record<string, unknown>;
  const get = (path: string): unknown => {
    if (path in r) return r[path];
    let cur: unknown = r;
    for (const p of path.split('.')) {
      if (cur && typeof cur === 'object' && p in (cur as Record<string, unknown>)) cur = (cur as Record<string, unknown>)[p];
      else return undefined;
    }
    return cur;
  };
  const enabled = get('enabled');
  if (typeof enabled === 'boolean') s.enabled = enabled;
  else if (enabled != null) problems.push('clio.enabled must be true or false');
  const langs = get('languages');
  if (Array.isArray(langs)) {
    const ok = langs.filter((l): l is DocFormat => LANGS.includes(l as DocFormat));
    if (ok.length !== langs.length) problems.push(`clio.languages: only ${LANGS.join(', ')} are supported`);
    s.languages = ok;
  } else if (langs != null) problems.push('clio.languages must be a list of language ids');
  for (const code of CODES) {
    const v = get(`checks.${code}`);
    if (v == null) continue;
    if (typeof v === 'string' && SEVERITIES.includes(v as Severity)) s.checks[code] = v as Severity;
    else problems.push(`clio.checks.${code} must be one of ${SEVERITIES.join(', ')} (got ${JSON.stringify(v)})`);
  }
  const paths = get('knowledge.paths');
  if (Array.isArray(paths)) s.knowledgePaths = paths.filter((p): p is string => typeof p === 'string' && p.length > 0);
  else if (paths != null) problems.push('clio.knowledge.paths must be a list of files or folders');
  const bundled = get('knowledge.bundled');
  if (typeof bundled === 'boolean') s.bundledKnowledge = bundled;
  else if (bundled != null) problems.push('clio.knowledge.bundled must be true or false');
  const max = get('maxFileSize');
  if (typeof max === 'number' && max > 0) s.maxFileSize = max;
  else if (max != null) problems.push('clio.maxFileSize must be a positive number of bytes');
  return s;
}
