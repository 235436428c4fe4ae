/**
 * Entry point of the server bundle, dist/server-core.js (started by dist/server.js, start.ts). `--stdio` speaks LSP over stdin/stdout (any editor);
 * the VS Code extension starts it over IPC (`--node-ipc`). Nothing but LSP goes to stdout.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

// Anything printed by accident must not corrupt the protocol stream.
console.log = (...args: unknown[]) => process.stderr.write(args.map(String).join(' ') + '\n');
console.info = console.log;

const connection = createConnection(ProposedFeatures.all);
process.on('uncaughtException', (e) => process.stderr.write(`clio: uncaught: ${e.stack ?? e}\n`));
process.on('unhandledRejection', (e) => process.stderr.write(`clio: unhandled: ${String(e)}\n`));
startServer(connection);
