// The extension tests module (`extensionTestsPath`) for Clio's end-to-end tests.
// The workbench's extension host requires this file (bundled by `node esbuild.js --tests` to
// out/e2e/index.js) after loading the extension under development, and calls run(). It runs the
// mocha suites in ./suite/*.test.js next to it and rejects when any fails; the extension host
// then reports exit code 1 to the runner (scripts/e2e/run.mjs).
//
// Suites may use either mocha interface: suite/test (tdd) or describe/it (bdd).
// Environment (read in the extension host, which inherits code-server's environment):
//   CLIO_E2E_SUITE_DIR  folder holding the *.test.js files (default: ./suite next to this file)
//   CLIO_E2E_GREP       only run tests whose full title matches this regular expression
//   CLIO_E2E_TEST_TIMEOUT  per-test timeout in ms (default 30000)
//
// Results are printed line by line with console.log, already formatted (no %s placeholders),
// because the extension host forwards console output to the workbench's log, which hands it to
// the runner through window.codeAutomationLog.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha = require('mocha');

const { EVENT_RUN_END, EVENT_SUITE_BEGIN, EVENT_SUITE_END, EVENT_TEST_FAIL, EVENT_TEST_PASS, EVENT_TEST_PENDING } = Mocha.Runner.constants;

/** A plain reporter: one line per test, failures with their stacks, and a closing count line. */
class LineReporter extends Mocha.reporters.Base {
  constructor(runner: Mocha.Runner, options?: Mocha.MochaOptions) {
    super(runner, options);
    let depth = 0;
    const failures: { title: string; err: Error }[] = [];
    const pad = () => '  '.repeat(depth);
    runner.on(EVENT_SUITE_BEGIN, (s: Mocha.Suite) => {
      if (!s.root) console.log(`${pad()}${s.title}`);
      depth++;
    });
    runner.on(EVENT_SUITE_END, () => { depth--; });
    runner.on(EVENT_TEST_PASS, (t: Mocha.Test) => console.log(`${pad()}✔ ${t.title} (${t.duration ?? 0}ms)`));
    runner.on(EVENT_TEST_PENDING, (t: Mocha.Test) => console.log(`${pad()}- ${t.title} (skipped)`));
    runner.on(EVENT_TEST_FAIL, (t: Mocha.Test, err: Error) => {
      failures.push({ title: t.fullTitle(), err });
      console.log(`${pad()}✖ ${failures.length}) ${t.title}`);
    });
    runner.once(EVENT_RUN_END, () => {
      failures.forEach(({ title, err }, i) => {
        console.log(`\n${i + 1}) ${title}`);
        console.log(String((err && (err.stack || err.message)) || err));
      });
      const s = runner.stats ?? { passes: 0, failures: failures.length, pending: 0 };
      console.log(`\ne2e: ${s.passes} passed, ${s.failures} failed, ${s.pending} skipped`);
    });
  }
}

function findSuites(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir)
    .filter((f) => f.endsWith('.test.js'))
    .sort()
    .map((f) => path.join(dir, f));
}

export function run(): Promise<void> {
  const mocha = new Mocha({
    ui: 'bdd',
    color: false,
    timeout: Number(process.env.CLIO_E2E_TEST_TIMEOUT) || 30_000,
    reporter: LineReporter as unknown as typeof Mocha.reporters.Base,
  });
  Mocha.interfaces.tdd(mocha.suite); // suite()/test() too, beside describe()/it()
  if (process.env.CLIO_E2E_GREP) mocha.grep(new RegExp(process.env.CLIO_E2E_GREP));

  const dir = process.env.CLIO_E2E_SUITE_DIR || path.join(__dirname, 'suite');
  const files = findSuites(dir);
  if (files.length === 0) return Promise.reject(new Error(`no *.test.js suites in ${dir}`));
  console.log(`e2e: running ${files.length} suite file(s) from ${dir}`);
  for (const f of files) mocha.addFile(f);

  return new Promise((resolve, reject) => {
    try {
      mocha.run((failures) => {
        if (failures > 0) reject(new Error(`${failures} test(s) failed`));
        else resolve();
      });
    } catch (err) {
      reject(err);
    }
  });
}
