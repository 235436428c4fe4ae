/**
 * dist/server.js starts the bundle with the V8 code cache the build wrote; a cache that this
 * Node.js rejects (here: a corrupt file) never stops the server, and the machine keeps its own
 * (and forgets caches not used for a month).
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { LspClient } from './client';
import { ROOT } from '../helpers';

const ESSAY = 'Bukharin led the left wing of the party in 1926.\n';

async function session(opts: { server?: string; env?: NodeJS.ProcessEnv } = {}): Promise<{ codeCache: string; hover: string; diagnostics: number }> {
  const c = new LspClient(['--stdio'], opts);
  try {
    await c.initialize();
    const uri = 'file:///nonexistent/clio-cache/essay.md';
    const from = c.mark;
    c.open(uri, 'markdown', ESSAY, 1);
    const published = await c.diagnostics(uri, { from, version: 1 });
    const h = await c.hover(uri, { line: 0, character: 3 });
    const stats = (await c.request('clio/stats', {})) as { codeCache: string };
    return { codeCache: stats.codeCache, hover: h?.contents.value ?? '', diagnostics: published.diagnostics.length };
  } finally {
    await c.stop();
  }
}

describe('start-up with a V8 code cache', function () {
  this.timeout(60000);

  it('uses the cache the build wrote beside the bundle', async () => {
    assert.ok(fs.existsSync(path.join(ROOT, 'dist', 'server-core.js.cache')), 'the build writes dist/server-core.js.cache');
    const r = await session();
    assert.equal(r.codeCache, 'build');
    assert.match(r.hover, /Bukharin/);
    assert.equal(r.diagnostics, 1);
  });

  it('starts without it when the cache is corrupt, then keeps a cache of its own in the temporary folder', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clio-cache-test-'));
    try {
      const dist = path.join(dir, 'dist');
      fs.cpSync(path.join(ROOT, 'dist'), dist, { recursive: true });
      fs.writeFileSync(path.join(dist, 'server-core.js.cache'), Buffer.from('not a V8 code cache at all'.repeat(100)));
      const tmp = path.join(dir, 'tmp');
      fs.mkdirSync(tmp);
      const opts = { server: path.join(dist, 'server.js'), env: { ...process.env, TMPDIR: tmp } };
      // A cache of some other build, not used for two months: deleted when this one is written.
      const stale = path.join(tmp, 'clio-code-cache', 'old-build.cache');
      fs.mkdirSync(path.dirname(stale));
      fs.writeFileSync(stale, 'old');
      const twoMonthsAgo = new Date(Date.now() - 60 * 24 * 3600 * 1000);
      fs.utimesSync(stale, twoMonthsAgo, twoMonthsAgo);
      const first = await session(opts);
      assert.equal(first.codeCache, 'none');
      assert.match(first.hover, /Bukharin/);
      assert.equal(first.diagnostics, 1);
      const own = fs.readdirSync(path.join(tmp, 'clio-code-cache'));
      assert.equal(own.length, 1, `one cache written at exit, the stale one gone: ${own.join(', ')}`);
      assert.notEqual(own[0], 'old-build.cache');
      assert.ok(!own[0].endsWith('.tmp'));
      const second = await session(opts);
      assert.equal(second.codeCache, 'machine');
      assert.equal(second.diagnostics, 1);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
