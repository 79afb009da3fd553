// The tool's name and version, read once from package.json (the JSON meta and --version use them).
import { PACKAGE_MANIFEST, PACKAGE_NAME } from './package-root.js';

export const GENERATOR_NAME = PACKAGE_NAME;

export function packageVersion(): string {
  return PACKAGE_MANIFEST.version;
}
