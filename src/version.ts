// The tool's name and version, read once from package.json (the JSON meta and --version use them).
import { PACKAGE_MANIFEST } from './package-root.js';

export const GENERATOR_NAME = 'echoes-universe';

export function packageVersion(): string {
  return PACKAGE_MANIFEST.version;
}
