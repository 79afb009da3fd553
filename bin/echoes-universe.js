#!/usr/bin/env node
// Thin shim: the program lives in dist/cli/main.js (built by `npm run build`, run on install by `prepare`).
import { main } from '../dist/cli/main.js';

main(process.argv).then((code) => {
  process.exitCode = code;
});
