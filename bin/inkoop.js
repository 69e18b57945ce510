#!/usr/bin/env node
// Thin launcher: everything lives in the built bundle.
import { main } from '../dist/cli.js';

main(process.argv);
