// Bundles the extension, the server and the CLI (and, with --tests, the test suites).
// Type-checking is `tsc --noEmit`, run first unless --no-check is given.
const esbuild = require('esbuild');
const fs = require('node:fs');
const path = require('node:path');
const { execFileSync } = require('node:child_process');

const args = new Set(process.argv.slice(2));
const watch = args.has('--watch');
const production = args.has('--production');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
};

// vscode-languageserver and vscode-jsonrpc require child_process and crypto at load time, for
// global npm folders, pipe names and UUIDs that a session over stdio never needs: load each on
// first use instead (child_process ~6 ms, crypto ~3.5 ms of start-up).
const LAZY = [
  { file: /vscode-languageserver[\\/]lib[\\/]node[\\/]files\.js$/, modules: ['child_process'] },
  { file: /vscode-jsonrpc[\\/]lib[\\/]node[\\/](ril|main)\.js$/, modules: ['crypto'] },
];
const lazyBuiltins = {
  name: 'lazy-builtins',
  setup(build) {
    for (const { file, modules } of LAZY) {
      build.onLoad({ filter: file }, (args) => {
        let source = fs.readFileSync(args.path, 'utf8');
        for (const m of modules) {
          const eager = `const ${m}_1 = require("${m}");`;
          if (!source.includes(eager)) throw new Error(`esbuild.js: ${args.path} no longer requires ${m} as expected; update LAZY`);
          source = source.replace(eager, `const ${m}_1 = new Proxy({}, { get: (_, key) => require("${m}")[key] });`);
        }
        return { contents: source, loader: 'js' };
      });
    }
  },
};

function listTests(dir) {
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name === 'e2e' || entry.name === 'fixtures' || entry.name === 'node_modules') continue;
      out.push(...listTests(p));
    } else if (entry.name.endsWith('.test.ts')) {
      out.push(p);
    }
  }
  return out;
}

async function main() {
  if (!args.has('--no-check')) {
    execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '--noEmit', '-p', '.'], { stdio: 'inherit' });
  }
  // The bundled pack is compiled (parsed, validated) at build time so start-up only
  // loads a prepared JSON file.
  const builds = [
    { ...common, entryPoints: { extension: 'client/src/extension.ts' }, outdir: 'dist', external: ['vscode'] },
    // The server's source stays in memory as long as it runs (V8 keeps it for lazy compilation),
    // twice over while it compiles, and as two bytes a character if one comment has a curly quote:
    // without comments and blank space it is ASCII and under half the size. Names are kept, so
    // stack traces still read.
    { ...common, minifyWhitespace: true, minifySyntax: true, legalComments: 'none', charset: 'ascii', lineLimit: 200, entryPoints: { 'server-core': 'server/src/lsp/main.ts', server: 'server/src/lsp/start.ts', cli: 'server/src/cli/main.ts' }, outdir: 'dist', plugins: [lazyBuiltins] },
  ];
  if (args.has('--tests')) {
    builds.push({ ...common, entryPoints: listTests('test'), outdir: 'out/test', outbase: 'test', external: ['vscode', 'mocha', 'fast-check'] });
    if (fs.existsSync('test/e2e/suite')) {
      builds.push({ ...common, entryPoints: ['test/e2e/index.ts', ...fs.readdirSync('test/e2e/suite').filter((f) => f.endsWith('.ts')).map((f) => 'test/e2e/suite/' + f)], outdir: 'out/e2e', outbase: 'test/e2e', external: ['vscode', 'mocha'] });
    }
  }
  if (watch) {
    for (const b of builds) (await esbuild.context(b)).watch();
    return;
  }
  await Promise.all(builds.map((b) => esbuild.build(b)));
  // esbuild leaves regular expressions as written: one curly quote in one would make the whole
  // source two bytes a character in memory (write it as \u2019).
  const core = fs.readFileSync('dist/server-core.js', 'latin1');
  const wide = core.search(/[^\x00-\x7f]/);
  if (wide >= 0) throw new Error(`esbuild.js: dist/server-core.js is not ASCII near "${core.slice(Math.max(0, wide - 40), wide + 10)}"; escape the character in the source`);
  // Compile the bundled packs with the CLI just built: the same code validates them as at run time.
  fs.mkdirSync('dist/knowledge', { recursive: true });
  for (const f of fs.readdirSync('knowledge').filter((n) => n.endsWith('.yaml'))) {
    execFileSync(process.execPath, ['dist/cli.js', 'compile', path.join('knowledge', f), '-o', path.join('dist/knowledge', f.replace(/\.yaml$/, '.json'))], { stdio: 'inherit' });
  }
  fs.copyFileSync('knowledge/pack.schema.json', 'dist/knowledge/pack.schema.json');
  // The V8 code cache dist/server.js starts the server with: written by one short session.
  fs.rmSync('dist/server-core.js.cache', { force: true });
  execFileSync(process.execPath, ['scripts/code-cache.mjs'], { stdio: 'inherit' });
}

main().catch((e) => {
  console.error(e.message || e);
  process.exit(1);
});
