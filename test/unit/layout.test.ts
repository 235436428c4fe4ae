/** Where the words sit on the page: table cells, footnotes, struck-out and switched-off text. */
import * as assert from 'node:assert/strict';
import { findings } from '../helpers';
import type { DocFormat } from '../../server/src/knowledge/model';

const codes = (text: string, format: DocFormat = 'markdown'): string[] => findings(text, format).filter((f) => f.code !== 'name-spelling').map((f) => `${f.code}: ${text.slice(f.start, f.end)}`);

describe('layout', () => {
  it('reads each row of a Markdown table on its own: a header row binds no cell below it', () => {
    assert.deepEqual(codes('| | Trotsky | Stalin |\n|---|---|---|\n| Office | War Commissar | General Secretary |\n| Base | Red Army | party apparatus |\n'), []);
    assert.deepEqual(codes('| Claim | Verdict |\n|---|---|\n| Trotsky was General Secretary | false |\n'), ['office: General Secretary']);
    assert.deepEqual(codes('| Leader | Office |\n|---|---|\n| Trotsky | General Secretary |\n'), ['office: General Secretary']);
  });

  it('reads a LaTeX footnote apart from its sentence', () => {
    assert.deepEqual(codes("Zinoviev's base was Leningrad\\footnote{Kamenev's was Moscow.}.\n", 'latex'), []);
    assert.deepEqual(codes('Trotsky commanded the Red Army\\footnote{Deutscher (1954) describes his fall in 1927.}.\n', 'latex'), []);
    assert.deepEqual(codes('Stalin was General Secretary\\footnote{Bukharin led the left wing.}.\n', 'latex'), ['faction: left wing']);
  });

  it('does not read struck-out Markdown or LaTeX switched off with \\iffalse', () => {
    assert.deepEqual(codes('Trotsky was ~~General Secretary~~ War Commissar.\n'), []);
    assert.deepEqual(codes('\\iffalse\nBukharin led the left wing.\n\\fi\nBukharin led the right wing.\n', 'latex'), []);
  });
});
