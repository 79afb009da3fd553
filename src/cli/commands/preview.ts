// `preview`: the interactive map of a seed served on 127.0.0.1, regenerated (in memory, no
// database) whenever the --config file changes and pushed to the open page, which redraws and
// keeps its view. A config that does not validate is shown in the page (and on stderr) while
// the last good universe stays. The URL goes to stderr (stdout is data only; --json prints it
// as {"url": …} on stdout). Ctrl-C (or SIGTERM) stops the server cleanly, exit 0.
import { watch, type FSWatcher } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import type { Command } from 'commander';
import { UsageError } from '../../errors.js';
import type { PageData } from '../../render/html/page-data.js';
import { createOutput, type Output } from '../output.js';
import { messageOf } from '../flags.js';
import { addCommonOptions, addUniverseOptions, resolveUniverseInput, type CommonOptions, type UniverseOptions } from '../options.js';

interface PreviewOptions extends UniverseOptions, CommonOptions {
  port: string;
}

/** Waits after the last change event before regenerating: editors write a file in several steps. */
const SETTLE_MS = 150;

function parsePort(raw: string): number {
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port "${raw}" must be a whole number from 0 to 65535 (0 picks a free port)`);
  return port;
}

/** The universe of the options as the page shows it: generated in memory, never loaded. */
async function makePageData(options: PreviewOptions, output?: Output): Promise<PageData> {
  const input = resolveUniverseInput(options, output);
  const [{ readUniverse }, { pageDataOf }] = await Promise.all([import('../../app/read.js'), import('../../render/html/page.js')]);
  const source = await readUniverse({ input });
  return pageDataOf({ tables: source.tables, description: source.description, seed: input.seed, preset: input.preset }, input.params.names.starterSystem);
}

export function registerPreview(program: Command): void {
  const command = program
    .command('preview')
    .description('serve the interactive map on 127.0.0.1 and redraw it whenever the --config file changes')
    .option('--port <n>', 'port to listen on (0 picks a free one)', '4321');
  addUniverseOptions(command);
  addCommonOptions(command);
  command.addHelpText(
    'after',
    `
Examples:
  $ echoes-universe preview --seed 42 --config my.json        edit my.json, watch the map change
  $ echoes-universe preview --seed 42 --preset eve --port 0   any free port; the URL is printed`,
  );
  command.action(async (options: PreviewOptions) => {
    const output = await createOutput(options);
    const port = parsePort(options.port);
    // A bad seed, preset or config at start is a usage error like anywhere else (exit 2).
    const started = Date.now();
    const first = await makePageData(options, output);
    const { startPreviewServer } = await import('../../render/html/preview-server.js');
    let server;
    try {
      server = await startPreviewServer(first, port);
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code === 'EADDRINUSE') throw new UsageError(`port ${port} on 127.0.0.1 is in use; choose another --port (0 picks a free one)`);
      throw error;
    }
    const live = server;
    if (options.json) output.data(JSON.stringify({ url: live.url }) + '\n');
    process.stderr.write(`preview: ${live.url} (${first.meta.counts.solar_systems} systems in ${((Date.now() - started) / 1000).toFixed(1)} s)\n`);

    let watcher: FSWatcher | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let regenerating = false;
    let again = false;
    const regenerate = async (): Promise<void> => {
      if (regenerating) {
        again = true;
        return;
      }
      regenerating = true;
      try {
        const began = Date.now();
        const data = await makePageData(options);
        live.publish(data);
        output.info(`regenerated from ${options.config}: ${data.meta.counts.solar_systems} systems in ${((Date.now() - began) / 1000).toFixed(1)} s`);
      } catch (error) {
        // Only a bad config (UsageError) is expected here; anything else is shown the same way.
        const message = messageOf(error);
        live.problem(message);
        output.warn(`not regenerated, the page keeps the last good universe: ${message}`);
      } finally {
        regenerating = false;
        if (again) {
          again = false;
          void regenerate();
        }
      }
    };
    if (options.config !== undefined) {
      // The directory is watched, not the file: editors often save by writing a new file and renaming it.
      const file = resolve(options.config);
      watcher = watch(dirname(file), (_event, name) => {
        if (name !== null && name !== basename(file)) return;
        clearTimeout(timer);
        timer = setTimeout(() => void regenerate(), SETTLE_MS);
      });
      output.info(`watching ${options.config}; Ctrl-C to stop`);
    } else {
      output.info('no --config to watch (give one to see changes live); Ctrl-C to stop');
    }

    await new Promise<void>((resolveStop) => {
      const stop = (): void => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        clearTimeout(timer);
        watcher?.close();
        void live.close().then(() => {
          output.info('preview stopped');
          resolveStop();
        });
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
  });
}
