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
import { addSourceOptions, readUniverseSource, type SourceOptions } from '../universe-source.js';
import type { MapFormat } from '../../app/inspect.js';

interface MapOptions extends SourceOptions, CommonOptions {
  out?: string;
  width: string;
  region?: string;
  route?: string[];
}

const FORMATS: Record<string, MapFormat> = { '.svg': 'svg', '.png': 'png', '.html': 'html', '.htm': 'html' };

/** What --out asks for, by its extension; anything else is refused before any work. */
function outFormat(path: string): MapFormat {
  const extension = extname(path).toLowerCase();
  if (Object.hasOwn(FORMATS, extension)) return FORMATS[extension];
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
    const output = await createOutput(options);
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
    const [{ renderMap }, { requireSystems }] = await Promise.all([import('../../app/inspect.js'), import('../../app/read.js')]);
    const source = requireSystems(await readUniverseSource(options));
    const route = options.route === undefined ? undefined : ([options.route[0], options.route[1]] as [string, string]);
    const map = await renderMap(source, { format, widthPx, region: options.region, route });
    if (options.out === undefined) {
      output.data(map.content as string);
      return;
    }
    await writeOutFile(options.out, map.content);
    if (options.json) {
      output.data(JSON.stringify({ out: options.out, systems: map.systems, bytes: Buffer.byteLength(map.content), ...(map.routeJumps !== undefined ? { routeJumps: map.routeJumps } : {}) }) + '\n');
    } else if (format === 'html') {
      output.info(`${output.color.green('✔')} wrote ${options.out} (${formatCount(map.systems, 'system')}; open it in a browser)`);
    } else {
      const drawnRoute = map.routeJumps !== undefined ? `, a route of ${formatCount(map.routeJumps, 'jump')}` : '';
      output.info(`${output.color.green('✔')} wrote ${options.out} (${formatCount(map.systems, 'system')}${drawnRoute})`);
    }
  });
}
