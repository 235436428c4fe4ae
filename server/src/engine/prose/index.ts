import type { DocFormat } from '../../knowledge/model';
import { markdownProse } from './markdown';
export { clearMarkdownCache, markdownCacheSize } from './markdown';
import { latexProse } from './latex';
import { plaintextProse } from './plaintext';
import type { EditRegion, Prose } from './types';

export type { Prose, Block, Directive, EditRegion } from './types';

/** The prose of a document in one of the supported formats. */
export function extractProse(text: string, format: DocFormat, previous?: { prose: Prose; region: EditRegion }): Prose {
  switch (format) {
    case 'markdown':
      return markdownProse(text, previous);
    case 'latex':
      return latexProse(text);
    default:
      return plaintextProse(text);
  }
}
