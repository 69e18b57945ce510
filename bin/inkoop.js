#!/usr/bin/env node
// Thin launcher: everything lives in the built bundle. With a code cache for
// this V8 the one-file build starts fastest (see ./code-cache.js); without
// one, the ES module build loads only the chunks a command needs. Global
// flags alone (`--help`, `--version`) need only commander: the ES module
// build loads just that, which is quicker than reading the whole cache.
import { fileURLToPath } from 'node:url';
import { loadCached } from './code-cache.js';

const flagsOnly = process.argv.slice(2).every((arg) => arg.startsWith('-'));
const cli =
  (flagsOnly ? null : loadCached(fileURLToPath(new URL('../dist/', import.meta.url)))) ??
  (await import('../dist/cli.js'));
cli.main(process.argv);
