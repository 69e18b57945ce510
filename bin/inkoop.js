#!/usr/bin/env node
// Thin launcher: everything lives in the built bundle (dist/), an ES module
// build split per command, so a run loads only the chunks its command needs.
// Where Node has a compile cache (module.enableCompileCache, Node 22.8 and
// later) it is switched on first: later runs then skip parsing and compiling
// the bundle. Node keeps that cache in its own folder under the system's
// temporary folder; NODE_DISABLE_COMPILE_CACHE=1 turns it off. Node 20 has
// none and runs the same bundle without it.
import module from 'node:module';

module.enableCompileCache?.();
const { main } = await import('../dist/cli.js');
main(process.argv);
