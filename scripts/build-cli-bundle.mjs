// Build step of the CLI (npm run build, after tsc and the snapshot steps): bundles the compiled
// command-line program (dist/cli/main.js and what it imports of ours) into dist/bundle/, which
// bin/echoes-universe.js runs. Node 20's ES module loader costs ≈ 0.5 ms per module, and a
// `generate --preset tiny` run loaded ≈ 100 of ours; the bundle loads ≈ 30 chunks.
//
//   - Splitting stays on: every dynamic import() of ours (a command's handler, zod, Drizzle's
//     schema builders when the registry snapshot is stale) remains a chunk loaded on demand. One
//     file without splitting measured slower than no bundle (it evaluates all of them up front).
//   - Packages stay external (imported from node_modules as before): only our own modules are
//     merged, so their module instances and licences are untouched.
//   - Input is dist/, not src/: the build's snapshots are valid for the compiled modules they
//     hash (src/snapshot.ts), and the bundle is made of exactly those bytes.
//   - Files are found through src/package-root.ts, never relative to a module's own URL, which
//     in a chunk is dist/bundle/. The worker modules are not bundled: they load from dist/.
//
// The bundle is written beside its destination and renamed into place, so an interrupted build
// never leaves a main.js whose chunks are missing.
import { build } from 'esbuild';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'dist', 'bundle');
const tmpDir = `${outDir}.tmp`;
rmSync(tmpDir, { recursive: true, force: true });

await build({
  entryPoints: { main: join(root, 'dist', 'cli', 'main.js') },
  outdir: tmpDir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: ['node20'],
  packages: 'external',
  logLevel: 'warning',
});

if (!existsSync(join(tmpDir, 'main.js'))) throw new Error('esbuild wrote no dist/bundle/main.js');
rmSync(outDir, { recursive: true, force: true });
renameSync(tmpDir, outDir);
