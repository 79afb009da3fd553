// The interactive map as one self-contained HTML file: the page template with the universe
// embedded as a JSON block and the bundled client code inline (both built by `npm run build`
// into dist/render/html/). Nothing is fetched, so the file opens from disk.
//
// Embedding is where injection would happen, so it is done in one place: JSON inside a
// <script type="application/json"> block with every "<", ">" and "&" written as a \u escape
// (plus U+2028/U+2029), so no name can close the block ("</script>") or open a comment;
// the page reads names back with JSON.parse and shows them as text nodes only.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DEFAULT_STARTER } from '../../inspect/starter.js';
import { distFile } from '../../package-root.js';
import { UNIVERSE_TABLES } from '../../db/schema/registry.js';
import type { UniverseTables } from '../../universe/rows.js';
import { buildPageData } from './page-data-build.js';
import type { PageData, PageMeta } from './page-data.js';

export interface PageAssets {
  template: string;
  script: string;
}

export interface PageOptions {
  /** Set by `preview`: where the page listens for new universes (server-sent events). */
  eventsUrl?: string;
  /** Set by `preview`: the version of the embedded universe, so the server knows what the page has. */
  version?: number;
}

/** A universe and what is known of its origin (the CLI's UniverseSource fits). */
export interface PageSource {
  tables: UniverseTables;
  /** "seed 42 (standard)", "dry-run file u.json", the database. */
  description: string;
  seed?: string;
  preset?: string;
}

/** The page's headline facts: where the universe came from, its seed, preset and counts. */
export function pageMeta(source: PageSource, starterSystem: string = DEFAULT_STARTER.system): PageMeta {
  const counts = Object.fromEntries(UNIVERSE_TABLES.map((table) => [table, source.tables[table].length]));
  return { title: `Echoes of Imperial — ${source.description}`, seed: source.seed ?? null, preset: source.preset ?? null, starterSystem, counts };
}

/** The page data of a universe (also what `preview` pushes to an open page). */
export function pageDataOf(source: PageSource, starterSystem?: string): PageData {
  return buildPageData(source.tables, pageMeta(source, starterSystem));
}

/** JSON that is safe inside a <script> element: no "<", ">" or "&" (and no JS line separators) left raw. */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Text safe inside an HTML element (the <title>). */
export function htmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

let cachedAssets: PageAssets | undefined;

/**
 * The built template and client bundle, in the package's dist/render/html/ (from the sources under
 * vitest, dist/ and the CLI's bundle alike).
 */
export function loadPageAssets(): PageAssets {
  if (cachedAssets === undefined) {
    const directory = distFile('render/html/');
    if (!existsSync(fileURLToPath(new URL('client.js', directory)))) {
      throw new Error('the interactive page is not built (dist/render/html/client.js is missing); run `npm run build`');
    }
    const read = (name: string): string => readFileSync(fileURLToPath(new URL(name, directory)), 'utf8');
    cachedAssets = { template: read('page.html'), script: read('client.js') };
  }
  return cachedAssets;
}

/** Fills the template: each placeholder replaced once, by position, so no inserted text is re-read. */
export function assemblePage(assets: PageAssets, data: PageData, options: PageOptions = {}): string {
  if (/<\/script/i.test(assets.script)) throw new Error('the client bundle contains "</script"; it cannot be inlined');
  const values: Record<string, string> = {
    TITLE: htmlText(data.meta.title),
    DATA: scriptSafeJson(data),
    OPTIONS: scriptSafeJson(options),
    SCRIPT: assets.script,
  };
  return assets.template.replace(/\{\{(TITLE|DATA|OPTIONS|SCRIPT)\}\}/g, (_, key: string) => values[key]);
}

export function renderMapHtml(source: PageSource, options: PageOptions & { starterSystem?: string } = {}): string {
  const { starterSystem, ...pageOptions } = options;
  return assemblePage(loadPageAssets(), pageDataOf(source, starterSystem), pageOptions);
}
