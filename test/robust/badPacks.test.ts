/**
 * Broken knowledge packs, one mistake each (test/fixtures/bad-packs). Every file starts with
 * `# expect: LINE: SUBSTRING`: some problem must name the file, that line and that text. A bad
 * pack never takes away good knowledge: beside the bundled pack it leaves Bukharin known, and a
 * workspace pack that breaks keeps its last good version.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildKnowledge } from '../../server/src/knowledge/build';
import { loadPackFile, loadPacks } from '../../server/src/knowledge/load';
import { parsePack, MAX_PACK_BYTES } from '../../server/src/knowledge/parse';
import { KnowledgeService } from '../../server/src/knowledge/service';
import type { PackProblem } from '../../server/src/knowledge/model';
import { Engine } from '../../server/src/engine';
import { FIXTURES, ROOT } from '../helpers';

const DIR = path.join(FIXTURES, 'bad-packs');
const BUNDLED_YAML = path.join(ROOT, 'knowledge', 'power-struggle.yaml');
const files = fs
  .readdirSync(DIR)
  .filter((f) => /\.(ya?ml|json)$/.test(f))
  .sort();

function expectationOf(file: string): { line: number; text: string } {
  const first = fs.readFileSync(file, 'latin1').split('\n')[0];
  const m = /^# expect: (\d+): (.+)$/.exec(first.trimEnd());
  if (!m) throw new Error(`${file} does not start with "# expect: LINE: TEXT"`);
  return { line: Number(m[1]), text: m[2] };
}

/** Problems of one pack file: parse and validate, then (when it parses) merge, for clashes. */
function problemsOf(file: string): PackProblem[] {
  const r = loadPackFile(file);
  const out = [...r.problems];
  if (r.pack) out.push(...buildKnowledge([r.pack]).problems);
  return out;
}

function show(ps: readonly PackProblem[]): string {
  return ps.map((p) => `${path.basename(p.file)}:${p.line}:${p.column}: ${p.severity}: ${p.message}`).join('\n') || '(no problems)';
}

/** Every problem is well formed: names a file, a line and column within the file, and says something. */
function assertWellFormed(ps: readonly PackProblem[], file: string): void {
  const lines = fs.existsSync(file) ? fs.readFileSync(file, 'latin1').split('\n').length : 1;
  for (const p of ps) {
    assert.equal(p.file, file);
    assert.ok(Number.isInteger(p.line) && p.line >= 1 && p.line <= lines, `line ${p.line} of ${lines}`);
    assert.ok(Number.isInteger(p.column) && p.column >= 1, `column ${p.column}`);
    assert.ok(p.message.length > 10 && !/undefined|\[object Object\]/.test(p.message), p.message);
  }
}

describe('bad packs: each mistake is reported with file, line and a clear message', () => {
  it('there are at least 32 of them', () => {
    assert.ok(files.length >= 32, `${files.length} files`);
  });

  for (const name of files) {
    const file = path.join(DIR, name);
    it(name, function () {
      this.timeout(10000);
      const want = expectationOf(file);
      const started = Date.now();
      const ps = problemsOf(file);
      assert.ok(Date.now() - started < 5000, 'refused quickly');
      assert.ok(ps.some((p) => p.severity === 'error'), `an error is reported:\n${show(ps)}`);
      assertWellFormed(ps, file);
      const hit = ps.find((p) => p.line === want.line && p.message.includes(want.text));
      assert.ok(hit, `expected a problem on line ${want.line} containing ${JSON.stringify(want.text)}, got:\n${show(ps)}`);
    });
  }

  it('a pack with __proto__ and constructor keys does not pollute Object.prototype', () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const ps = problemsOf(path.join(DIR, 'proto-keys.yaml'));
    assert.ok(ps.length >= 3, show(ps));
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.equal((Object.prototype as Record<string, unknown>).polluted, undefined);
    assert.deepEqual(Object.getOwnPropertyNames(Object.prototype).sort(), before);
    // A valid pack may use such words as ids and names: they are data, nothing more.
    const ok = parsePack(
      'pack: proto-ok\ntitle: Ids that look like built-ins\nsources:\n  constructor: { title: A source }\nentities:\n  - { id: constructor, kind: person, name: Constructor Petrov, aliases: [__proto__, toString], source: constructor }\nfacts: []\n',
      'proto-ok.yaml',
    );
    assert.deepEqual(ok.problems, []);
    const kb = buildKnowledge([ok.pack!]).kb;
    const engine = new Engine(kb);
    const a = engine.analyse('__proto__ and toString met Constructor Petrov. hasOwnProperty valueOf constructor.', 'plaintext');
    assert.ok(a.mentions.some((m) => m.entity.id === 'constructor'));
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });

  it('an alias bomb is refused quickly', () => {
    const started = Date.now();
    const ps = problemsOf(path.join(DIR, 'billion-laughs.yaml'));
    assert.ok(Date.now() - started < 2000, `${Date.now() - started} ms`);
    assert.ok(ps.some((p) => /alias/.test(p.message)), show(ps));
  });

  describe('generated packs', () => {
    let tmp: string;
    before(() => {
      tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'clio-bad-'));
    });
    after(() => fs.rmSync(tmp, { recursive: true, force: true }));

    it('a file over 2 MiB is refused before it is parsed', () => {
      const file = path.join(tmp, 'huge.yaml');
      const line = '# ' + 'padding '.repeat(12) + '\n';
      fs.writeFileSync(file, 'pack: huge\ntitle: Huge\nentities: []\nfacts: []\n' + line.repeat(Math.ceil((MAX_PACK_BYTES + 4096) / line.length)));
      assert.ok(fs.statSync(file).size > 2 * 1024 * 1024);
      const started = Date.now();
      const ps = problemsOf(file);
      assert.ok(Date.now() - started < 1000, 'refused without parsing');
      assert.equal(ps.length, 1, show(ps));
      assert.equal(ps[0].line, 1);
      assert.match(ps[0].message, /too large .*limit is 2048 KiB/);
      // The same text handed to the parser directly is refused too.
      assert.match(parsePack(fs.readFileSync(file, 'utf8'), file).problems[0].message, /too large/);
    });

    it('deep nesting is refused with the line where it gets too deep', () => {
      const file = path.join(tmp, 'deep.yaml');
      let text = 'pack: deep\ntitle: Deep\nentities: []\nfacts: []\ndescription:\n';
      for (let i = 1; i <= 40; i++) text += '  '.repeat(i) + `k${i}:\n`;
      fs.writeFileSync(file, text);
      const ps = problemsOf(file);
      assertWellFormed(ps, file);
      // The top map is level 1; "description:" holds level 2 on line 6, so level 13 starts on line 17.
      assert.ok(ps.some((p) => p.line === 17 && /nested too deeply/.test(p.message)), show(ps));
    });

    it('very deep flow nesting neither hangs nor crashes', function () {
      this.timeout(15000);
      for (const n of [1000, 50000]) {
        const file = path.join(tmp, `deep-flow-${n}.yaml`);
        fs.writeFileSync(file, `pack: deep\ntitle: Deep\nentities: []\nfacts: []\ndescription: ${'['.repeat(n)}${']'.repeat(n)}\n`);
        const started = Date.now();
        const ps = problemsOf(file);
        assert.ok(Date.now() - started < 10000);
        assertWellFormed(ps, file);
        assert.ok(ps.some((p) => p.line === 5 && /nested too deeply/.test(p.message)), show(ps));
      }
    });

    it('a long flat list (more items than a spread can take) is an ordinary error, not a crash', function () {
      this.timeout(20000);
      const file = path.join(tmp, 'flat.yaml');
      fs.writeFileSync(file, `pack: flat\ntitle: Flat\nentities: []\nfacts: []\nperiod: [${Array(200000).fill('1').join(',')}]\n`);
      const ps = problemsOf(file);
      assert.ok(ps.some((p) => p.line === 5 && /period has too many items/.test(p.message)), show(ps));
    });

    it('an empty (0-byte) file says it is empty', () => {
      const file = path.join(tmp, 'zero.yaml');
      fs.writeFileSync(file, '');
      const ps = problemsOf(file);
      assert.equal(ps.length, 1);
      assert.equal(ps[0].line, 1);
      assert.match(ps[0].message, /empty/);
    });

    it('a folder or a missing file is a problem, not an exception', () => {
      assert.match(problemsOf(tmp)[0].message, /not a file/);
      const missing = path.join(tmp, 'missing.yaml');
      assert.match(problemsOf(missing)[0].message, /cannot read the pack: ENOENT/);
      assert.match(loadPacks([missing]).problems[0].message, /no such file or folder/);
    });
  });
});

describe('bad packs never take away good knowledge', function () {
  this.timeout(60000);
  const wrong = 'Bukharin, the leader of the left wing, wanted to keep NEP.';

  it('the bundled pack plus each bad pack: Bukharin is still known and still checked', () => {
    for (const name of files) {
      const file = path.join(DIR, name);
      const service = new KnowledgeService({ bundled: false, paths: [BUNDLED_YAML, file] });
      const kb = service.kb;
      assert.ok(kb.get('bukharin'), `${name}: Bukharin is still known`);
      assert.ok(kb.packs.some((p) => p.id === 'power-struggle'), name);
      assert.ok(service.lastProblems.some((p) => p.file === file && p.severity === 'error'), `${name}: its problem is reported`);
      assert.ok(!service.lastProblems.some((p) => p.file === BUNDLED_YAML && p.severity === 'error'), `${name}: nothing is blamed on the bundled pack\n${show(service.lastProblems)}`);
      const f = new Engine(kb).analyse(wrong, 'markdown').findings.filter((x) => x.code === 'faction');
      assert.equal(f.length, 1, name);
    }
  });

  it('with the compiled bundled pack (as the server loads it) too', function () {
    const dir = path.join(ROOT, 'dist', 'knowledge');
    if (!fs.existsSync(dir)) this.skip();
    const service = new KnowledgeService({ bundled: true, bundledDir: dir, paths: [DIR] });
    assert.ok(service.kb.get('bukharin'));
    // Every bad file in the folder is reported.
    for (const name of files) assert.ok(service.lastProblems.some((p) => p.file === path.join(DIR, name)), name);
  });

  it('a workspace pack that was good and becomes bad keeps its last good version', () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'clio-lastgood-'));
    try {
      const file = path.join(tmp, 'extra.yaml');
      const good = 'pack: extra\ntitle: Extra\nentities:\n  - { id: good-marker, kind: person, name: Gavril Goodman, label: Goodman }\nfacts: []\n';
      fs.writeFileSync(file, good);
      const opts = { bundled: false, paths: [tmp] };
      const service = new KnowledgeService(opts);
      assert.ok(service.kb.get('good-marker'));
      assert.equal(service.lastProblems.length, 0);
      for (const name of files) {
        const bad = fs.readFileSync(path.join(DIR, name));
        fs.writeFileSync(file, bad);
        const parsed = loadPackFile(file);
        const kb = service.reload(opts);
        if (parsed.pack) {
          // It parses (the mistake is a clash between its facts): the new version is used, minus the clashing fact.
          assert.ok(service.lastProblems.some((p) => p.file === file && /contradicts/.test(p.message)), name);
        } else {
          assert.ok(kb.get('good-marker'), `${name}: the last good version is kept`);
          assert.ok(service.lastProblems.some((p) => p.file === file && p.severity === 'error'), name);
          assert.ok(service.lastProblems.some((p) => p.file === file && p.severity === 'warning' && /last version/.test(p.message)), name);
        }
        // Back to good, so that the next bad version starts from the good one again.
        fs.writeFileSync(file, good);
        assert.ok(service.reload(opts).get('good-marker'));
      }
      fs.writeFileSync(file, good.replace('Gavril Goodman', 'Gavril Betterman'));
      const kb = service.reload(opts);
      assert.equal(kb.get('good-marker')?.name, 'Gavril Betterman', 'a new good version replaces the old one');
      assert.equal(service.lastProblems.length, 0);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});
