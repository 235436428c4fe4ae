#!/usr/bin/env node
// The `clio` command: runs the bundled CLI (build it first with `npm run build`).
const { run } = require('../dist/cli.js');
process.exitCode = run(process.argv.slice(2), (s) => process.stdout.write(s + '\n'), (s) => process.stderr.write(s + '\n'));
