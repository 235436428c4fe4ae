/**
 * Holds the current knowledge base and swaps in a new one on reload. A reload that fails
 * (a pack that does not validate) keeps the last good pack in its place, so one bad edit to
 * a workspace pack never takes away the knowledge the user had.
 */
import { buildKnowledge, type KnowledgeBase } from './build';
import type { CompiledPack, PackProblem } from './model';
import { bundledDir, loadBundled, loadPackFile, packFilesAt, type LoadedPacks } from './load';

export interface KnowledgeOptions {
  /** Include the bundled packs. */
  bundled: boolean;
  /** Extra pack files or folders. */
  paths: string[];
  bundledDir?: string;
}

export class KnowledgeService {
  private current: KnowledgeBase;
  private problems: PackProblem[] = [];
  /** Last good compiled pack per file, kept when a later version of that file fails. */
  private readonly lastGood = new Map<string, CompiledPack>();
  private files: string[] = [];
  /** The bundled packs per folder, read once: they do not change while Clio runs (workspace packs are read on every reload). */
  private readonly bundledPacks = new Map<string, LoadedPacks>();

  constructor(options: KnowledgeOptions) {
    this.current = this.build(options);
  }

  get kb(): KnowledgeBase {
    return this.current;
  }

  get lastProblems(): readonly PackProblem[] {
    return this.problems;
  }

  get watchedFiles(): readonly string[] {
    return this.files;
  }

  reload(options: KnowledgeOptions): KnowledgeBase {
    this.current = this.build(options);
    return this.current;
  }

  private build(options: KnowledgeOptions): KnowledgeBase {
    const problems: PackProblem[] = [];
    const packs: CompiledPack[] = [];
    const files: string[] = [];
    if (options.bundled) {
      const b = this.loadBundled(options.bundledDir ?? bundledDir());
      packs.push(...b.packs);
      problems.push(...b.problems);
    }
    for (const p of options.paths) {
      const list = packFilesAt(p);
      for (const f of list) {
        files.push(f);
        const r = loadPackFile(f);
        problems.push(...r.problems);
        if (r.pack) {
          this.lastGood.set(f, r.pack);
          packs.push(r.pack);
        } else {
          const keep = this.lastGood.get(f);
          if (keep) {
            packs.push(keep);
            problems.push({ file: f, line: 1, column: 1, severity: 'warning', message: 'Clio keeps using the last version of this pack that loaded' });
          }
        }
      }
    }
    const built = buildKnowledge(packs);
    problems.push(...built.problems);
    this.problems = problems;
    this.files = files;
    return built.kb;
  }

  private loadBundled(dir: string): LoadedPacks {
    const cached = this.bundledPacks.get(dir);
    if (cached) return cached;
    const b = loadBundled(dir);
    // A folder that failed to load (not built yet) is read again on the next reload.
    if (!b.problems.length) this.bundledPacks.set(dir, b);
    return b;
  }
}
