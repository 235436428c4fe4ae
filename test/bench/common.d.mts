export function benchSentences(root: string): string[];
export function essay(sentences: readonly string[], words: number, seed?: number): string;
export const median: (xs: number[]) => number;
export const pct: (xs: number[], q: number) => number;
export const ms: (x: number) => string;
export function commit(root: string): string;
