// Build step of the CLI (npm run build, after tsc and the snapshot steps): bundles the compiled
// command-line program (dist/cli/main.js and what it imports of ours) into dist/bundle/, which
// bin/echoes-universe.js runs. Node 20's ES module loader costs ≈ 0.5 ms per module, and a
// `generate --preset tiny` run loaded ≈ 100 of ours; the bundle loads ≈ 30 chunks.
//
//   - Splitting stays on: every dynamic import() of ours (a command's handler, zod, Drizzle's
//     schema builders when the registry snapshot is stale) remains a chunk loaded on demand. One
//     file without splitting measured slower than no bundle (it evaluates all of them up front).
//   - Small pure-JavaScript packages every run needs (BUNDLED: the CLI's parser and colours, the
//     generator's random streams, triangulation and noise) are merged too: resolving them from
//     node_modules cost ≈ 9 ms of a tiny run (208 → 199 ms, 15 interleaved runs each). Every other
//     dependency stays external, imported from node_modules as before: drivers with native or
//     WebAssembly parts (pg, PGlite, resvg) and what loads only on demand (Drizzle, zod). A
//     dependency added later is external unless listed here. Merged packages keep their licence
//     comments; a banner gives CommonJS ones (commander, seedrandom) a `require` for Node's built-ins.
//   - pg, the PostgreSQL driver, is a CommonJS package of ≈ 30 files that every database run
//     loads synchronously (db/postgres/connect.ts loadPg). It is bundled on its own into
//     dist/bundle/pg.cjs (one CommonJS file, so loadPg still requires it synchronously): a tiny
//     run into PostgreSQL 263 → 247 ms (15 interleaved runs each). Its optional native binding
//     (pg-native) and its Cloudflare socket (pg-cloudflare) stay external: pg requires them only
//     when asked to. pg-copy-streams (pure JavaScript, loaded by the first COPY) is merged.
//   - Input is dist/, not src/: the build's snapshots are valid for the compiled modules they
//     hash (src/snapshot.ts), and the bundle is made of exactly those bytes.
//   - Files are found through src/package-root.ts, never relative to a module's own URL, which
//     in a chunk is dist/bundle/. The worker modules are not bundled: they load from dist/.
//
// The bundle is written beside its destination and renamed into place, so an interrupted build
// never leaves a main.js whose chunks are missing.
import { build } from 'esbuild';
import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'dist', 'bundle');
const tmpDir = `${outDir}.tmp`;
rmSync(tmpDir, { recursive: true, force: true });

const BUNDLED = new Set(['commander', 'chalk', 'seedrandom', 'delaunator', 'simplex-noise', 'pg-copy-streams']);
const dependencies = Object.keys(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).dependencies ?? {});
const external = dependencies.filter((name) => !BUNDLED.has(name)).flatMap((name) => [name, `${name}/*`]);

await build({
  entryPoints: { main: join(root, 'dist', 'cli', 'main.js') },
  outdir: tmpDir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: ['node20'],
  external,
  legalComments: 'inline',
  // CommonJS packages merged into an ES module still call require() for Node's built-ins.
  banner: { js: "import { createRequire as createBundleRequire } from 'node:module'; const require = createBundleRequire(import.meta.url);" },
  logLevel: 'warning',
});

// The driver as one CommonJS file, required by loadPg (db/postgres/connect.ts) when it runs from a build.
await build({
  entryPoints: [join(root, 'node_modules', 'pg', 'lib', 'index.js')],
  outfile: join(tmpDir, 'pg.cjs'),
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: ['node20'],
  external: ['pg-native', 'pg-cloudflare'],
  legalComments: 'inline',
  logLevel: 'warning',
});

if (!existsSync(join(tmpDir, 'main.js'))) throw new Error('esbuild wrote no dist/bundle/main.js');
rmSync(outDir, { recursive: true, force: true });
renameSync(tmpDir, outDir);
