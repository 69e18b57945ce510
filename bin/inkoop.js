#!/usr/bin/env node
// Thin launcher: everything lives in the built bundle. With a code cache for
// this V8 the one-file build starts fastest (see ./code-cache.js); without
// one, the ES module build loads only the chunks a command needs.
import { fileURLToPath } from 'node:url';
import { loadCached } from './code-cache.js';

const cli = loadCached(fileURLToPath(new URL('../dist/', import.meta.url))) ?? (await import('../dist/cli.js'));
cli.main(process.argv);
