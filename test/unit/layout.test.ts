/** Where the words sit on the page: table cells, footnotes, struck-out and switched-off text. */
import * as assert from 'node:assert/strict';
import { findings } from '../helpers';
import type { DocFormat } from '../../server/src/knowledge/model';

const codes = (text: string, format: DocFormat = 'markdown'): string[] => findings(text, format).filter((f) => f.code !== 'name-spelling').map((f) => `${f.code}: ${text.slice(f.start, f.end)}`);

describe('layout', () => {
  it('reads each row of a Markdown table on its own: a header row binds no cell below it', () => {
    assert.deepEqual(codes('| | Trotsky | Stalin |\n|---|---|---|\n| Office | War Commissar | General Secretary |\n| Base | Red Army | party apparatus |\n'), []);
    assert.deepEqual(codes('| Claim | Verdict |\n|---|---|\n| Trotsky was General Secretary | true |\n'), ['office: General Secretary']);
    // A verdict cell that rejects the claim takes it back (as "…: false" does in prose).
    assert.deepEqual(codes('| Claim | Verdict |\n|---|---|\n| Trotsky was General Secretary | false |\n'), []);
    // A quiz item whose verdict opens the next block is taken back too; one the next block does not reject is not.
    assert.deepEqual(codes("**6. Socialism in One Country was Trotsky's idea.**\n\n> **Verdict: FALSE.** It was Stalin's policy of 1924.\n"), []);
    assert.deepEqual(codes("**6. Socialism in One Country was Trotsky's idea.**\n\n> **Verdict: TRUE.** It was his.\n"), ['authorship: Socialism in One Country']);
    assert.deepEqual(codes("Socialism in One Country was Trotsky's idea.\nIt was bold.\n\nFalse. It was Stalin's.\n"), ['authorship: Socialism in One Country']);
    // (With its reason after a dash: "False — …".)
    assert.deepEqual(codes('| Statement | Verdict |\n|---|---|\n| Bukharin led the left wing in 1924 | False — by 1924 he led the right |\n'), []);
    assert.deepEqual(codes('| Leader | Office |\n|---|---|\n| Trotsky | General Secretary |\n'), ['office: General Secretary']);
  });

  it('reads a table whose header says what its cells are: wing, power base, office, with the header\'s date', () => {
    const table = '| Leader | Wing (June 1924) | Power base | Office |\n|---|---|---|---|\n| Trotsky | Right | Moscow | General Secretary |\n| Stalin | Middle | party apparatus | General Secretary |\n| Zinoviev | the left | Leningrad | chairman of the Leningrad Soviet |\n';
    assert.deepEqual(codes(table), ['faction: Right', 'power-base: Moscow', 'office: General Secretary']);
    const f = findings(table, 'markdown').filter((x) => x.code !== 'name-spelling');
    assert.match(f[0].message, /^Trotsky was in the left wing in June 1924, not the right wing/);
    // A cell is fixed in place, in the cell's case: the row keeps its person.
    assert.deepEqual(f.map((x) => x.fixes.find((y) => y.preferred)?.edits[0].text), ['Left', 'the Red Army', "People's Commissar for War"]);
  });

  it('reads a LaTeX table whose rows are set off by rules (\\hline, \\toprule, \\midrule): a rule line ends no paragraph', () => {
    const rows = (rule: string): string => `\\begin{tabular}{lll}\n${rule}\nName & Wing (June 1924) & Base \\\\\n${rule}\nRykov & Left & --- \\\\\nKamenev & Left & Moscow \\\\\n${rule}\n\\end{tabular}\n`;
    for (const rule of ['\\hline', '\\midrule', '% a comment'])  assert.deepEqual(codes(rows(rule), 'latex'), ['faction: Left'], rule);
    // A blank line still ends a paragraph.
    assert.deepEqual(codes('Trotsky led the left.\n\nHe was General Secretary.\n', 'latex'), []);
    assert.deepEqual(codes('Trotsky led the left.\n\\hline\nHe was General Secretary.\n', 'latex'), ['office: General Secretary']);
  });

  it('reads each line of a timeline of dated lines on its own, without separators or full stops', () => {
    const timeline = (third: string): string[] => codes(`Nov 1927 Trotsky and Zinoviev expelled from the party\nDec 1927 15th Congress - Kamenev expelled\n${third}\n`, 'plaintext');
    assert.deepEqual(timeline('Jan 1928 Trotsky exiled to Alma-Ata'), []);
    assert.deepEqual(timeline('Jan 1927 Trotsky exiled to Alma-Ata'), ['date: 1927']);
    // (A line may open with a range: "1922-23   Lenin's Testament".)
    assert.deepEqual(codes('Apr 1922  Stalin becomes General Secretary\n1922-23   Lenin\'s Testament: remove Stalin as Gen. Sec.\n1923      Left Opposition (Trotsky) forms\n', 'plaintext'), []);
    // Prose wrapped at a year is one sentence still: only a run of dated lines is a timeline.
    assert.deepEqual(codes('Trotsky was expelled in November\n1927 and exiled to Alma-Ata in January 1928.\n', 'plaintext'), []);
  });

  it('reads a "he" opening a list item as the one man the item before named', () => {
    assert.deepEqual(codes('- Lenin suffered his first stroke in May 1922\n- He died on 21 January 1923\n'), ['date: 1923']);
    assert.deepEqual(codes('\\begin{itemize}\n\\item Lenin suffered his first stroke in May 1922\n\\item He died on 21 January 1923\n\\end{itemize}\n', 'latex'), ['date: 1923']);
    assert.deepEqual(codes('- Lenin suffered his first stroke in May 1922\n- He died on 21 January 1924\n'), []);
    // Two men before it: the "he" is neither for certain.
    assert.deepEqual(codes('- Stalin defeated Trotsky\n- He was General Secretary\n'), []);
    // A paragraph after a list is not an item.
    assert.deepEqual(codes('- Trotsky led the left\n\nHe was General Secretary.\n'), []);
    // An item that does not open with its man is about the heading's man: "he" stays his.
    assert.deepEqual(codes('## Zinoviev\n\n- Expelled in November 1927, together with Trotsky.\n- He was executed in 1936.\n'), []);
    assert.deepEqual(codes('## Stalin\n\n- **Main rival:** Trotsky.\n- He was General Secretary from April 1922.\n'), []);
    assert.deepEqual(codes('## Stalin\n\n- **Main rival:** Trotsky.\n- He was War Commissar in 1923.\n'), ['office: War Commissar']);
  });

  it('reads no relation into a table whose header does not name one, and no claim across cells', () => {
    assert.deepEqual(codes('| Leader | Enemies |\n|---|---|\n| Stalin | the left |\n'), []);
    assert.deepEqual(codes('| Leader | Views on the left |\n|---|---|\n| Stalin | the left was reckless |\n'), []);
    assert.deepEqual(codes('| Wing | Members |\n|---|---|\n| Left | Trotsky, Zinoviev |\n'), []);
  });

  it("reads a worksheet's lettered items as sentences of their own, with or without a full stop", () => {
    // (Else the name of item c is the subject of item d.)
    assert.deepEqual(codes('c) Trotsky argued for permanent revolution, the spreading of revolution to the West.\nd) The right wing wanted the NEP to continue.\n', 'plaintext'), []);
    assert.deepEqual(codes('a) Lenin died.\nb) In 1926 Zinoviev joined Trotsky.\n', 'plaintext'), []);
    assert.deepEqual(codes('(a) Lenin died\n(b) In 1926 Zinoviev joined Trotsky.\n', 'plaintext'), []);
    assert.deepEqual(codes('a) Lenin died in 1924.\nb) Zinoviev joined Bukharin in 1926.\n', 'plaintext'), ['alliance: Bukharin']);
    assert.deepEqual(codes('Stalin held (a) the Secretariat and (b) the Orgburo.'), []);
  });

  it("takes an answer sheet's verdict on the line after a statement, and a true-or-false question before it", () => {
    for (const verdict of ['Answer: F.', '(F)', 'That is false.', 'This claim is wrong.']) assert.deepEqual(codes(`2. Bukharin led the left wing.\n${verdict}\n`, 'plaintext'), [], verdict);
    assert.deepEqual(codes('2. Bukharin led the left wing.\nAnswer: T.\n', 'plaintext'), ['faction: left wing']);
    // (The "F." of an answer is no initial: the correction after it is a sentence of its own, and checked.)
    assert.deepEqual(codes('2. Bukharin led the left wing.\nAnswer: F. Bukharin led the right wing; Trotsky led the left.\n', 'plaintext'), []);
    assert.deepEqual(codes('2. Bukharin led the left wing.\nAnswer: F. Trotsky led the right wing.\n', 'plaintext'), ['faction: right wing']);
    assert.deepEqual(codes('True or false? Bukharin led the left wing.'), []);
    // A blank to fill in: a prompt, not a statement.
    assert.deepEqual(codes('e) Bukharin wanted to end the NEP as quickly as possible. ____\n', 'plaintext'), []);
    assert.deepEqual(codes('The Lenin Enrolment brought in members loyal to ______, not to Trotsky, who was General Secretary.'), []);
  });

  it('reads each dated line of a timeline, and each dash item of notes, as its own sentence', () => {
    const timeline = '1926 - Bukharin takes over the Comintern\nNov 1927 - Trotsky expelled\n1928 - Trotsky exiled to Alma-Ata\n';
    assert.deepEqual(codes(timeline, 'plaintext'), []);
    assert.deepEqual(codes(timeline, 'markdown'), []);
    assert.deepEqual(codes('1926 - Bukharin takes over the Comintern\n1926 - Trotsky expelled\n', 'plaintext'), ['date: 1926']);
    assert.deepEqual(codes('Notes\n- Zinoviev: left wing\n- Tomsky: left wing\n', 'plaintext'), ['faction: left wing']);
  });

  it('reads a header as a column name only when it is plain, and a cell only when it names the thing', () => {
    assert.deepEqual(codes('| Name | Role |\n|---|---|\n| Trotsky | rival of the General Secretary |\n| Kamenev | opposed the General Secretary |\n'), []);
    assert.deepEqual(codes('| Name | Office they fought |\n|---|---|\n| Trotsky | General Secretary |\n'), []);
    assert.deepEqual(codes("| Name | Opponent's post |\n|---|---|\n| Trotsky | General Secretary |\n"), []);
    // A bracketed year in a header dates the column (in prose it would be a citation).
    assert.deepEqual(codes('| Name | Office (1927) |\n|---|---|\n| Trotsky | War Commissar |\n'), ['office: War Commissar']);
  });

  it('reads no claim in a table column of myths', () => {
    assert.deepEqual(codes('| Myth | Fact |\n|---|---|\n| Bukharin led the left | Bukharin led the right |\n| Zinoviev relied on Moscow | Trotsky led the right |\n'), ['faction: right']);
  });

  it('reads a sentence whole when a LaTeX footnote hangs inside it, leaving the note out', () => {
    assert.deepEqual(codes('Trotsky\\footnote{Born Lev Bronstein.} became General Secretary in April 1922.\n', 'latex'), ['office: General Secretary']);
    assert.deepEqual(codes('Stalin\\footnote{Born Dzhugashvili.} became General Secretary in April 1922.\n', 'latex'), []);
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
