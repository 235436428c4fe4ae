/** `node dist/cli.js` as a user runs it: output formats, exit codes, messages. */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT } from '../helpers';

const CLI = path.join(ROOT, 'dist', 'cli.js');

function clio(args: string[], cwd = ROOT): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 30000 });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const MD = '# Essay\n\nStalin was General Secretary from 1922.\n\nBukharin, the leader of the left wing, wanted to keep NEP.\n';
const TEX = '\\section{The Right}\nSome intro.\n\n% a comment: Bukharin led the left wing\nIn 1924 Trotsky led the \\emph{right wing}.\n';
const TXT = 'Zinoviev had his power base in Leningrad.\nTrotsky commanded the Red Army in 1923.\n';

interface JsonFinding {
  line: number;
  column: number;
  start: number;
  end: number;
  code: string;
  message: string;
  severity: string;
  words: string;
  fixes: { title: string; preferred: boolean; edits: { start: number; end: number; text: string }[] }[];
}

describe('CLI: clio check', function () {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clio-cli-'));
    fs.writeFileSync(path.join(dir, 'essay.md'), MD);
    fs.writeFileSync(path.join(dir, 'essay.tex'), TEX);
    fs.writeFileSync(path.join(dir, 'clean.txt'), TXT);
    fs.writeFileSync(path.join(dir, 'notes.csv'), 'Bukharin,left wing\n'); // not an essay: ignored in folders
    fs.mkdirSync(path.join(dir, 'clean'));
    fs.writeFileSync(path.join(dir, 'clean', 'ok.md'), TXT);
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('prints file:line:col: warning code: message and exits 1 with findings', () => {
    const r = clio(['check', dir]);
    assert.equal(r.code, 1, r.stderr);
    const lines = r.stdout.trim().split('\n');
    const md = path.join(dir, 'essay.md');
    const tex = path.join(dir, 'essay.tex');
    const mdLine = lines.find((l) => l.startsWith(md + ':'));
    assert.ok(mdLine, r.stdout);
    // "left wing" is on line 5, column 29.
    assert.match(mdLine, /^.*essay\.md:5:29: warning faction: Bukharin was in the right wing.*left wing/);
    const texLine = lines.find((l) => l.startsWith(tex + ':'));
    assert.ok(texLine, r.stdout);
    assert.match(texLine, /essay\.tex:5:\d+: warning faction: /);
    assert.ok(!lines.some((l) => l.includes('essay.tex:4:')), 'a LaTeX comment is not prose');
    assert.ok(!lines.some((l) => l.includes('clean.txt') || l.includes('notes.csv')), r.stdout);
    for (const l of lines) assert.match(l, /^.+:\d+:\d+: (warning|error|info|hint) [a-z-]+: .+/);
    assert.match(r.stderr, /4 files checked, 2 findings/);
  });

  it('exits 0 on clean essays', () => {
    const r = clio(['check', path.join(dir, 'clean.txt'), path.join(dir, 'clean')]);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /2 files checked, 0 findings/);
  });

  it('exits 2 with a message for a missing file', () => {
    const missing = path.join(dir, 'nope.md');
    const r = clio(['check', missing]);
    assert.equal(r.code, 2);
    assert.ok(r.stderr.includes(missing), r.stderr);
    assert.match(r.stderr, /no such file/);
  });

  it('exits 2 even when another file has findings, if one could not be read', () => {
    const r = clio(['check', path.join(dir, 'essay.md'), path.join(dir, 'nope.md')]);
    assert.equal(r.code, 2);
    assert.match(r.stdout, /faction/);
  });

  it('exits 2 with a message for a bad option or value', () => {
    for (const [args, msg] of [
      [['check', '--frobnicate', dir], /unknown option --frobnicate/],
      [['check', '--format', 'xml', dir], /unknown format "xml"/],
      [['check', '--max-bytes', '-5', dir], /--max-bytes needs a positive number/],
      [['check', '--format'], /--format needs a value/],
      [['check'], /name at least one file/],
      [['frobnicate'], /unknown command "frobnicate"/],
      [['check', path.join(dir, 'notes.csv')], /not an essay/],
    ] as [string[], RegExp][]) {
      const r = clio(args);
      assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
      assert.match(r.stderr, msg, args.join(' '));
      assert.equal(r.stdout, '', 'nothing on stdout for a usage error');
    }
  });

  it('--format json: findings with line, column, code and fixes that apply', () => {
    const r = clio(['check', '--format', 'json', path.join(dir, 'essay.md')]);
    assert.equal(r.code, 1, r.stderr);
    const out = JSON.parse(r.stdout) as { file: string; findings: JsonFinding[] }[];
    assert.equal(out.length, 1);
    assert.equal(out[0].file, path.join(dir, 'essay.md'));
    const f = out[0].findings.find((x) => x.code === 'faction');
    assert.ok(f, r.stdout);
    assert.equal(f.line, 5);
    assert.equal(f.column, 29);
    assert.equal(f.words, 'left wing');
    assert.equal(MD.slice(f.start, f.end), 'left wing');
    assert.equal(f.severity, 'warning');
    const fix = f.fixes.find((x) => x.preferred);
    assert.ok(fix);
    let text = MD;
    for (const e of [...fix.edits].sort((a, b) => b.start - a.start)) text = text.slice(0, e.start) + e.text + text.slice(e.end);
    assert.equal(text, MD.replace('left wing', 'right wing'));
  });

  it('--format json on a clean essay is an empty list of findings, exit 0', () => {
    const r = clio(['check', '--format=json', path.join(dir, 'clean.txt')]);
    assert.equal(r.code, 0);
    assert.deepEqual(JSON.parse(r.stdout), [{ file: path.join(dir, 'clean.txt'), findings: [] }]);
  });

  it('--format sarif: SARIF 2.1.0 with rule ids and regions', () => {
    const r = clio(['check', '--format', 'sarif', dir]);
    assert.equal(r.code, 1, r.stderr);
    const s = JSON.parse(r.stdout) as {
      version: string;
      runs: { tool: { driver: { name: string; rules: { id: string }[] } }; results: { ruleId: string; level: string; message: { text: string }; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number; endLine: number; endColumn: number } } }[] }[] }[];
    };
    assert.equal(s.version, '2.1.0');
    assert.equal(s.runs.length, 1);
    assert.equal(s.runs[0].tool.driver.name, 'clio');
    const ruleIds = new Set(s.runs[0].tool.driver.rules.map((x) => x.id));
    assert.ok(ruleIds.has('faction'));
    const results = s.runs[0].results;
    assert.equal(results.length, 2);
    for (const res of results) {
      assert.ok(ruleIds.has(res.ruleId), res.ruleId);
      assert.ok(res.message.text);
      assert.ok(['error', 'warning', 'note', 'none'].includes(res.level));
      const region = res.locations[0].physicalLocation.region;
      assert.ok(region.startLine >= 1 && region.startColumn >= 1 && region.endColumn > region.startColumn);
    }
    const md = results.find((x) => x.locations[0].physicalLocation.artifactLocation.uri.endsWith('essay.md'));
    assert.ok(md);
    assert.deepEqual(md.locations[0].physicalLocation.region, { startLine: 5, startColumn: 29, endLine: 5, endColumn: 38 });
  });

  it('skips a binary file and a file over --max-bytes with a message', () => {
    const bin = path.join(dir, 'skip');
    fs.mkdirSync(bin, { recursive: true });
    fs.writeFileSync(path.join(bin, 'binary.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x42, 0x75, 0x6b]));
    fs.writeFileSync(path.join(bin, 'big.md'), MD + 'More prose. '.repeat(200));
    let r = clio(['check', '--max-bytes', '1000', bin]);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.match(r.stderr, /binary\.md: skipped: looks like a binary file/);
    assert.match(r.stderr, /big\.md: skipped: .*over the size limit/);
    assert.equal(r.stdout, '');
    // Without the limit the big file is checked.
    r = clio(['check', bin]);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /big\.md:5:29: warning faction/);
  });

  it('--pack with a broken pack prints file:line:col: error: … and exits 2', () => {
    const pack = path.join(dir, 'broken.yaml');
    fs.writeFileSync(pack, 'pack: broken\ntitle: Broken\nentities:\n  - id: x\n    kind: persn\n    name: X\nfacts: []\n');
    const r = clio(['check', '--pack', pack, path.join(dir, 'clean.txt')]);
    assert.equal(r.code, 2);
    assert.ok(r.stderr.includes(`${pack}:5:11: error: `), r.stderr);
    assert.match(r.stderr, /kind "persn" must be one of .*did you mean "person"/);
    // The bundled knowledge still checks the essays.
    const r2 = clio(['check', '--pack', pack, path.join(dir, 'essay.md')]);
    assert.equal(r2.code, 2);
    assert.match(r2.stdout, /essay\.md:5:29: warning faction/);
  });

  it('--pack with a good pack and --no-bundled uses only that pack', () => {
    const pack = path.join(dir, 'good.yaml');
    fs.writeFileSync(pack, 'pack: good\ntitle: Good\nentities:\n  - { id: ivan-testov, kind: person, name: Ivan Testov, label: Testov, role: Commissar for Imaginary Affairs }\nfacts: []\n');
    const r = clio(['check', '--no-bundled', '--pack', pack, path.join(dir, 'essay.md')]);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    const e = clio(['explain', '--no-bundled', '--pack', pack, 'Testov']);
    assert.equal(e.code, 0, e.stderr);
    assert.match(e.stdout, /Ivan Testov/);
    assert.match(e.stdout, /Imaginary Affairs/);
  });
});

describe('CLI: clio explain', () => {
  it('prints a card for Bukharin with "right wing"', () => {
    const r = clio(['explain', 'Bukharin']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /Nikolai Bukharin/);
    assert.match(r.stdout, /right wing/);
    assert.ok(!/\\[-.'(]/.test(r.stdout), 'plain text, no Markdown escapes');
  });

  it('prints pack text as the pack wrote it: every Markdown escape and entity of the card undone', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clio-explain-'));
    try {
      const summary = '1) first\\n2. second\\n# heading\\n- dash\\nSee www.example.com or https://x.example: 5 * 3 = 15, `code`, ~x~, {b} |p| !\\\\[img] &amp; &#58; a_b _c_ end\\\\';
      const pack = path.join(dir, 'tricky.yaml');
      fs.writeFileSync(pack, `pack: tricky\ntitle: Tricky\nentities:\n  - { id: ivan-testov, kind: person, name: Ivan Testov, label: Testov, summary: "${summary}" }\nfacts: []\n`);
      const r = clio(['explain', '--no-bundled', '--pack', pack, 'Testov']);
      assert.equal(r.code, 0, r.stderr);
      const text = JSON.parse(`"${summary}"`) as string;
      assert.ok(r.stdout.includes(text), r.stdout);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('exits 2 for a name it does not know', () => {
    const r = clio(['explain', 'Napoleon Bonaparte']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /not in the knowledge base/);
  });
});
