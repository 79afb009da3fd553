// `map`: draw the universe as an SVG picture (PNG when the file name ends in .png), or write the
// interactive page (R11) for a name ending in .html. Any other extension is a usage error.
// The picture can be cut down to one region (--region) and show a route (--route A B, found by
// the same code as the `route` command).
import { extname } from 'node:path';
import type { Command } from 'commander';
import { UsageError } from '../../errors.js';
import { createOutput, formatCount } from '../output.js';
import { addCommonOptions, type CommonOptions } from '../options.js';
import { checkOutPath, writeOutFile } from '../out-file.js';
import { addSourceOptions, readUniverseSource, requireSystems, sourceVerifyOptions, type SourceOptions } from '../universe-source.js';

interface MapOptions extends SourceOptions, CommonOptions {
  out?: string;
  width: string;
  region?: string;
  route?: string[];
}

const FORMATS = { '.svg': 'svg', '.png': 'png', '.html': 'html', '.htm': 'html' } as const;
type MapFormat = (typeof FORMATS)[keyof typeof FORMATS];

/** What --out asks for, by its extension; anything else is refused before any work. */
function outFormat(path: string): MapFormat {
  const extension = extname(path).toLowerCase();
  if (Object.hasOwn(FORMATS, extension)) return FORMATS[extension as keyof typeof FORMATS];
  throw new UsageError(`--out ${path}: unknown extension "${extension || '(none)'}"; use .svg, .png or .html`);
}

export function registerMap(program: Command): void {
  const command = program
    .command('map')
    .description('draw the universe (systems by security, lanes, regions) as SVG, PNG for a .png name, or an interactive page for .html')
    .option('--out <file>', 'write to a file: .svg or .png picture, .html interactive page; default: SVG on stdout')
    .option('--width <px>', 'picture width in pixels', '1600')
    .option('--region <name>', 'draw one region only (SVG/PNG)')
    .option('--route <from-and-to...>', 'draw the shortest route between two systems (SVG/PNG): --route "Genesis Prime" Borren');
  addSourceOptions(command);
  addCommonOptions(command);
  command.addHelpText(
    'after',
    `
Examples:
  $ echoes-universe map --seed 42 --out galaxy.svg            preview a seed, no database
  $ echoes-universe map --seed 42 --preset eve --out galaxy.html   interactive page: search, systems, routes
  $ echoes-universe map --input universe.json --out galaxy.png
  $ echoes-universe map --seed 42 --region Genesis --route "Genesis Prime" Borren --out genesis.svg
  $ echoes-universe map --out live.svg --database-url postgres://localhost/echoes`,
  );
  command.action(async (options: MapOptions) => {
    const output = createOutput(options);
    const widthPx = Number(options.width);
    if (!Number.isInteger(widthPx) || widthPx < 200 || widthPx > 20000) {
      throw new UsageError(`--width "${options.width}" must be a whole number of pixels between 200 and 20000`);
    }
    if (options.json && options.out === undefined) throw new UsageError('--json needs --out (the picture itself goes to stdout)');
    // Check the destination before the (possibly long) read and render.
    if (options.out !== undefined) checkOutPath(options.out);
    const format = options.out === undefined ? 'svg' : outFormat(options.out);
    if (options.route !== undefined && options.route.length !== 2) {
      throw new UsageError(`--route takes two system names (from and to), got ${options.route.length}; quote names with spaces`);
    }
    if (format === 'html' && (options.region !== undefined || options.route !== undefined)) {
      throw new UsageError('--region and --route draw on the SVG/PNG picture; the .html page has its own region filter and route finder');
    }
    const source = requireSystems(await readUniverseSource(options));
    const starterSystem = (await sourceVerifyOptions(source)).starter?.system;
    if (format === 'html' && options.out !== undefined) {
      const { renderMapHtml } = await import('../../render/html/page.js');
      const html = renderMapHtml(source, { starterSystem });
      await writeOutFile(options.out, html);
      const systems = source.tables.solar_systems.length;
      if (options.json) output.data(JSON.stringify({ out: options.out, systems, bytes: Buffer.byteLength(html) }) + '\n');
      else output.info(`${output.color.green('✔')} wrote ${options.out} (${formatCount(systems, 'system')}; open it in a browser)`);
      return;
    }
    // The renderer (and resvg's native module) load only when a map is drawn.
    const { renderMapPng, renderMapSvg } = await import('../../render/map-svg.js');
    let route: string[] | undefined;
    if (options.route !== undefined) {
      const { findRoute } = await import('../../inspect/route.js');
      route = findRoute(source.tables, options.route[0], options.route[1]);
    }
    let tables = source.tables;
    let title = source.description;
    if (options.region !== undefined) {
      const { cropToRegion, findRegion } = await import('../../render/crop.js');
      title = `${source.description} — region ${findRegion(tables, options.region).name}`;
      tables = cropToRegion(tables, options.region, route);
    }
    const svg = renderMapSvg(tables, { widthPx, title, starterSystem, route });
    if (options.out === undefined) {
      output.data(svg);
      return;
    }
    const content = format === 'png' ? await renderMapPng(svg) : svg;
    await writeOutFile(options.out, content);
    const systems = tables.solar_systems.length;
    if (options.json) output.data(JSON.stringify({ out: options.out, systems, bytes: Buffer.byteLength(content), ...(route ? { routeJumps: route.length - 1 } : {}) }) + '\n');
    else output.info(`${output.color.green('✔')} wrote ${options.out} (${formatCount(systems, 'system')}${route ? `, a route of ${formatCount(route.length - 1, 'jump')}` : ''})`);
  });
}
