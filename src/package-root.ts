// Where this package's files are, for every module that reads one (package.json, seeds/, drizzle/,
// the build's snapshots, the PGlite template, the page assets, the worker modules). The same code
// runs from three places: src/ as TypeScript (vitest), dist/ as tsc emitted it (the package API,
// the build steps) and dist/bundle/ (the CLI: esbuild's chunks, so that start-up loads a few dozen
// modules instead of a hundred). A path relative to a module's own URL holds in only some of them,
// so lookups go through the package root instead: the nearest directory above this module whose
// package.json names this package (two or three stat calls and one small read, once).
import { existsSync, readFileSync } from 'node:fs';

/** The name in this package's package.json: how its root is recognised. */
export const PACKAGE_NAME = 'echoes-universe';

interface PackageJson {
  name?: string;
  version: string;
}

function findPackageRoot(): { root: URL; manifest: PackageJson } {
  let dir = new URL('./', import.meta.url);
  for (;;) {
    const manifestUrl = new URL('package.json', dir);
    if (existsSync(manifestUrl)) {
      const manifest = JSON.parse(readFileSync(manifestUrl, 'utf8')) as PackageJson;
      if (manifest.name === PACKAGE_NAME) return { root: dir, manifest };
    }
    const parent = new URL('../', dir);
    if (parent.href === dir.href) throw new Error(`no package.json of ${PACKAGE_NAME} above ${import.meta.url}`);
    dir = parent;
  }
}

const found = findPackageRoot();

/** The package's directory (a file: URL ending in a slash). */
export const PACKAGE_ROOT: URL = found.root;

/** The package's package.json, parsed. */
export const PACKAGE_MANIFEST: Readonly<PackageJson> = found.manifest;

/**
 * Whether the code runs from the TypeScript sources (vitest) rather than a build. Build products
 * beside the compiled modules (the snapshots) are then not used: they describe dist/, which may
 * be older than the sources.
 */
export const RUNNING_FROM_SOURCES: boolean = import.meta.url.endsWith('.ts');

/** A file of the package, by its path from the package root (`seeds/names/regions.json`). */
export function packageFile(relativePath: string): URL {
  return new URL(relativePath, PACKAGE_ROOT);
}

/** A file of the build in dist/, by its path from dist/ (`db/schema/registry.js`). */
export function distFile(relativePath: string): URL {
  return new URL(relativePath, packageFile('dist/'));
}

/**
 * A worker thread's module, always the compiled one in dist/: under vitest the code runs from src/
 * as TypeScript, which a worker thread cannot load (`npm test` builds first), and the CLI's bundle
 * leaves the workers out (they are not on the start-up path).
 */
export function workerModule(relativePath: string): URL {
  return distFile(relativePath);
}
