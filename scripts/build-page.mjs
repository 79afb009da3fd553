// Build step of the interactive map page (npm run build, after tsc): bundles the browser code
// (src/render/html/client/main.ts with d3-zoom, delaunator and the shared route module) into one
// minified script and copies the page template, both into dist/render/html/ where
// src/render/html/page.ts reads them to write self-contained HTML files.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'dist', 'render', 'html');
mkdirSync(outDir, { recursive: true });

await build({
  entryPoints: [join(root, 'src', 'render', 'html', 'client', 'main.ts')],
  outfile: join(outDir, 'client.js'),
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: ['es2020'],
  minify: true,
  legalComments: 'eof',
  charset: 'utf8',
  logLevel: 'warning',
});
const script = readFileSync(join(outDir, 'client.js'), 'utf8');
if (/<\/script/i.test(script)) throw new Error('the bundled client contains "</script" and could not be inlined in the page');
copyFileSync(join(root, 'src', 'render', 'html', 'page.html'), join(outDir, 'page.html'));
