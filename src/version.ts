// The tool's name and version, read once from package.json (the JSON meta and --version use them).
import { readFileSync } from 'node:fs';

let cached: string | undefined;

export const GENERATOR_NAME = 'echoes-universe';

export function packageVersion(): string {
  cached ??= (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  return cached;
}
