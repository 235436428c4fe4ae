import type { DocFormat } from '../../knowledge/model';
import { markdownProse } from './markdown';
export { clearMarkdownCache, markdownCacheSize } from './markdown';
import { latexProse } from './latex';
import { plaintextProse } from './plaintext';
import type { Prose } from './types';

export type { Prose, Block, Directive } from './types';

/** The prose of a document in one of the supported formats. */
export function extractProse(text: string, format: DocFormat): Prose {
  switch (format) {
    case 'markdown':
      return markdownProse(text);
    case 'latex':
      return latexProse(text);
    default:
      return plaintextProse(text);
  }
}
