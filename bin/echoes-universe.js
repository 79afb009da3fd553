#!/usr/bin/env node
// Thin shim: the program is dist/bundle/main.js, the compiled CLI (dist/cli/main.js) bundled into a
// few dozen chunks so start-up loads fewer modules (scripts/build-cli-bundle.mjs). Both are built by
// `npm run build` (run on install by `prepare`). There is no fallback to dist/cli/main.js: the tests
// and users then run the same code, and a build that lacks the bundle fails here, loudly.
import { main } from '../dist/bundle/main.js';

main(process.argv).then((code) => {
  process.exitCode = code;
});
