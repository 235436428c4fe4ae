/**
 * The hand-written tokenizer must give exactly the tokens of the pattern it replaces (words are
 * runs of letters, marks and digits by code point; any other non-space character stands alone),
 * with the same normalised forms, on any text, astral letters and lone surrogates included.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { normaliseToken, tokenize, type Token } from '../../server/src/engine/tokens';

function reference(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(/[\p{L}\p{M}\p{N}]+|[^\s]/gu)) {
    const t = m[0];
    const c = t.charCodeAt(0);
    const w = (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c > 0x7f && !(c >= 0xd800 && c <= 0xdfff && t.length === 1) && /[\p{L}\p{N}]/u.test(t));
    out.push({ s: m.index!, e: m.index! + t.length, t, n: normaliseToken(t), w });
  }
  return out;
}

describe('tokenizer', () => {
  it('agrees with the reference pattern on random text of every kind of character', () => {
    const piece = fc.constantFrom('Trotsky', 'BUKHARIN', 'Zinov’ev', 'é', 'e\u0301', '\u0301', 'Ⅻ', '١٩٢٦', '1926', '—', '–', '-', "'", '’', '"', '“', '.', ',', ' ', '\t', '\n', '\r\n', '\u00a0', '\u2009', '\u3000', '\ufeff', '\u0085', '\u0000', '𝐀', '𝟙', '😀', '\ud800', '\udc00', 'ß', 'İ', 'Σ', 'ǅ', '_', '#', '[', ']');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.string({ unit: 'binary', maxLength: 12 }), (parts, extra) => {
        const text = parts.join('') + extra;
        assert.deepEqual(tokenize(text), reference(text), JSON.stringify(text));
      }),
      { numRuns: Number(process.env.CLIO_FASTCHECK_RUNS ?? 4000) },
    );
  });

  it('splits a sentence into words and marks', () => {
    const toks = tokenize('Bukharin’s “right” (1928)—ended.');
    assert.deepEqual(
      toks.map((t) => [t.t, t.n, t.w]),
      [['Bukharin', 'bukharin', true], ['’', "'", false], ['s', 's', true], ['“', '"', false], ['right', 'right', true], ['”', '"', false], ['(', '(', false], ['1928', '1928', true], [')', ')', false], ['—', '—', false], ['ended', 'ended', true], ['.', '.', false]],
    );
  });
});
