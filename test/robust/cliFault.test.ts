/**
 * A fault inside the engine on one essay: the CLI names that file as not checked, still reports
 * the others, and exits 2. The fault is injected by making `Engine.analyse` throw for one text.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { run } from '../../server/src/cli/main';
import { Engine } from '../../server/src/engine';

describe('CLI: an engine fault on one essay', function () {
  let dir: string;
  const original = Engine.prototype.analyse;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clio-fault-'));
    fs.writeFileSync(path.join(dir, 'a.md'), 'Bukharin led the left wing.\n');
    fs.writeFileSync(path.join(dir, 'b.md'), 'POISON: Stalin was General Secretary.\n');
    fs.writeFileSync(path.join(dir, 'c.txt'), 'Trotsky was General Secretary in 1923.\n');
    Engine.prototype.analyse = function (this: Engine, text: string, ...rest: unknown[]) {
      if (text.startsWith('POISON')) throw new RangeError('index 99 past the sentence');
      return (original as (...a: unknown[]) => ReturnType<Engine['analyse']>).call(this, text, ...rest);
    } as Engine['analyse'];
  });
  after(() => {
    Engine.prototype.analyse = original;
    fs.rmSync(dir, { recursive: true, force: true });
  });

  function check(format: string): { code: number; out: string; err: string } {
    const out: string[] = [];
    const err: string[] = [];
    const code = run(['check', '--format', format, dir], (s) => out.push(s), (s) => err.push(s));
    return { code, out: out.join('\n'), err: err.join('\n') };
  }

  it('reports the other files, names the failed one on stderr and exits 2', () => {
    const r = check('text');
    assert.equal(r.code, 2);
    assert.match(r.out, /a\.md:1:\d+: warning faction: Bukharin was in the right wing/);
    assert.match(r.out, /c\.txt:1:\d+: warning office: /);
    assert.ok(!r.out.includes('b.md'), r.out);
    assert.match(r.err, /clio: .*b\.md: not checked: internal error \(index 99 past the sentence\)/);
    assert.match(r.err, /2 files checked, 2 findings/);
    assert.ok(!/\n\s+at /.test(r.err), 'no stack trace');
  });

  it('keeps stdout valid JSON listing only the files checked', () => {
    const r = check('json');
    assert.equal(r.code, 2);
    const files = (JSON.parse(r.out) as { file: string; findings: unknown[] }[]).map((f) => path.basename(f.file));
    assert.deepEqual(files, ['a.md', 'c.txt']);
    assert.match(r.err, /b\.md: not checked/);
  });
});
