import * as path from 'node:path';
import type { DocFormat } from '../knowledge/model';

const EXT: Record<string, DocFormat> = { '.md': 'markdown', '.markdown': 'markdown', '.tex': 'latex', '.txt': 'plaintext' };

/** The essay format of a file, by its extension, or undefined when Clio does not read it. */
export function formatFor(file: string): DocFormat | undefined {
  return EXT[path.extname(file).toLowerCase()];
}

/** A file that looks binary: NUL bytes or many control characters in its first 8 KiB. */
export function looksBinary(buf: Uint8Array | string): boolean {
  const n = Math.min(buf.length, 8192);
  let ctrl = 0;
  for (let i = 0; i < n; i++) {
    const c = typeof buf === 'string' ? buf.charCodeAt(i) : buf[i];
    if (c === 0) return true;
    if (c < 9 || (c > 13 && c < 32)) ctrl++;
  }
  return n > 0 && ctrl / n > 0.1;
}
