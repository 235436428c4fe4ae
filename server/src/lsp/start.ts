/**
 * dist/server.js: starts the language server bundle (dist/server-core.js) with a V8 code cache,
 * so a cold start skips compiling the functions a session uses. The build writes the cache
 * beside the bundle (by running a short session); a Node.js whose V8 rejects it (another
 * version, other flags) compiles as usual and keeps its own cache in the temporary folder.
 * Any failure here falls back to a plain require: the cache only ever saves time.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import Module = require('node:module');

const core = path.join(__dirname, 'server-core.js');

// Memory: let the heap grow in small steps (10% over what is live rather than V8's default
// factor). V8 reads this whenever it resizes the heap, so setting it here, before the server
// allocates, works (command-line flags would be lost to editors that start the server themselves).
// Measured with lsp-bench: peak memory ~175-200 → ~150 MiB, full checks about 10% slower.
v8.setFlagsFromString('--heap-growing-percent=10');

type Wrapped = (exports: unknown, require: NodeJS.Require, module: Module, filename: string, dirname: string) => void;

/** The bundle compiled with the best cache at hand (or none). */
function compile(): Wrapped {
  const source = fs.readFileSync(core, 'utf8');
  const stat = fs.statSync(core);
  const beside = `${core}.cache`;
  // This machine's own cache: keyed by V8 version, flags and the bundle, since V8 rejects any other.
  const flags = process.execArgv.join(' ').replace(/[^\w=.-]+/g, '_').slice(0, 60);
  const own = path.join(os.tmpdir(), 'clio-code-cache', `${process.versions.v8}-${stat.size}-${Math.floor(stat.mtimeMs)}${flags ? `-${flags}` : ''}.cache`);
  const writeTo = process.env.CLIO_WRITE_CODE_CACHE === '1' ? beside : undefined;
  const tryCompile = (file: string | undefined): vm.Script | undefined => {
    let cachedData: Buffer | undefined;
    if (file) {
      try {
        cachedData = fs.readFileSync(file);
      } catch {
        return undefined;
      }
    }
    const script = new vm.Script(Module.wrap(source), { filename: core, cachedData });
    return cachedData && script.cachedDataRejected ? undefined : script;
  };
  // The build's cache, else this machine's own (another V8 rejects the build's), else none.
  const fromBuild = writeTo ? undefined : tryCompile(beside);
  const cached = fromBuild ?? (writeTo ? undefined : tryCompile(own));
  const script = cached ?? tryCompile(undefined)!;
  const target = writeTo ?? (cached ? undefined : own);
  // What the server reports in clio/stats.
  (globalThis as { clioCodeCache?: string }).clioCodeCache = fromBuild ? 'build' : cached ? 'machine' : 'none';
  if (target) {
    // Written when the session ends: by then the cache holds every function the session compiled.
    process.on('exit', () => {
      try {
        fs.mkdirSync(path.dirname(target), { recursive: true });
        const tmp = `${target}.${process.pid}.tmp`;
        // V8 rejects a cache made under other flags than the next start's, and the server changes
        // one as it runs (memory.ts): put it back to its default first.
        v8.setFlagsFromString('--semi-space-growth-factor=2');
        fs.writeFileSync(tmp, script.createCachedData());
        fs.renameSync(tmp, target);
        if (target !== beside) forgetOldCaches(path.dirname(target));
      } catch {
        /* a read-only folder: start without a cache next time */
      }
    });
  }
  return script.runInThisContext() as Wrapped;
}

/** Caches of builds and Node.js versions not started for a month are deleted (each is ~1 MB). */
function forgetOldCaches(dir: string): void {
  const monthAgo = Date.now() - 30 * 24 * 3600 * 1000;
  for (const f of fs.readdirSync(dir)) {
    const file = path.join(dir, f);
    try {
      if (fs.statSync(file).atimeMs < monthAgo && fs.statSync(file).mtimeMs < monthAgo) fs.rmSync(file, { force: true });
    } catch {
      /* another server removed it */
    }
  }
}

let fn: Wrapped | undefined;
try {
  fn = compile();
} catch (e) {
  process.stderr.write(`clio: starting without a code cache (${(e as Error).message})\n`);
}
if (fn) {
  const m = new Module(core, module);
  m.filename = core;
  m.paths = (Module as unknown as { _nodeModulePaths(dir: string): string[] })._nodeModulePaths(__dirname);
  fn.call(m.exports, m.exports, Module.createRequire(core), m, core, __dirname);
} else {
  require(core);
}
