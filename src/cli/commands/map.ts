// `map`: draw the universe as an SVG picture (PNG when the file name ends in .png).
import type { Command } from 'commander';
import { UsageError } from '../../errors.js';
import { createOutput, formatCount } from '../output.js';
import { addCommonOptions, type CommonOptions } from '../options.js';
import { openOutFile, writeOutFile } from '../out-file.js';
import { addSourceOptions, readUniverseSource, requireSystems, sourceVerifyOptions, type SourceOptions } from '../universe-source.js';

interface MapOptions extends SourceOptions, CommonOptions {
  out?: string;
  width: string;
}

export function registerMap(program: Command): void {
  const command = program
    .command('map')
    .description('draw the universe (systems by security, lanes, regions) as SVG, or PNG for a .png name')
    .option('--out <file>', 'write the picture to a file (.svg or .png); default: SVG on stdout')
    .option('--width <px>', 'picture width in pixels', '1600');
  addSourceOptions(command);
  addCommonOptions(command);
  command.addHelpText(
    'after',
    `
Examples:
  $ echoes-universe map --seed 42 --out galaxy.svg            preview a seed, no database
  $ echoes-universe map --input universe.json --out galaxy.png
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
    if (options.out !== undefined) openOutFile(options.out).abandon();
    const source = requireSystems(await readUniverseSource(options));
    const starterSystem = (await sourceVerifyOptions(source)).starter?.system;
    // The renderer (and resvg's native module) load only when a map is drawn.
    const { renderMapPng, renderMapSvg } = await import('../../render/map-svg.js');
    const svg = renderMapSvg(source.tables, { widthPx, title: source.description, starterSystem });
    if (options.out === undefined) {
      output.data(svg);
      return;
    }
    const content = options.out.toLowerCase().endsWith('.png') ? await renderMapPng(svg) : svg;
    await writeOutFile(options.out, content);
    const systems = source.tables.solar_systems.length;
    if (options.json) output.data(JSON.stringify({ out: options.out, systems, bytes: Buffer.byteLength(content) }) + '\n');
    else output.info(`${output.color.green('✔')} wrote ${options.out} (${formatCount(systems, 'system')})`);
  });
}
