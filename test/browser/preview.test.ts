// R11 `preview` in a real browser: the spawned CLI serves the page on 127.0.0.1 (--port 0, URL on
// stderr); editing the --config file redraws the open page without a reload and keeps its view;
// a bad config shows its error in the page and keeps the last good universe; Ctrl-C stops the
// server cleanly.
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenPosition, watchPage, type TestBrowser } from '../helpers/browser.js';
import { startCli } from '../helpers/cli.js';

const work = mkdtempSync(join(tmpdir(), 'echoes-preview-'));
const config = join(work, 'my.json');
let browser: TestBrowser;
let server: ChildProcess;
let stderr = '';
const exited = (): Promise<number | null> => new Promise((resolveExit) => (server.exitCode !== null ? resolveExit(server.exitCode) : server.once('exit', (code) => resolveExit(code))));

beforeAll(async () => {
  writeFileSync(config, JSON.stringify({ names: { starterSystem: 'Haven Prime' } }));
  server = startCli(['preview', '--seed', '42', '--preset', 'tiny', '--config', config, '--port', '0']);
  server.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  browser = await launchBrowser();
  // The URL line comes on stderr once the first universe is generated and the port is bound.
  for (let waited = 0; !/http:\/\/127\.0\.0\.1:\d+\//.test(stderr) && server.exitCode === null && waited < 60_000; waited += 100) {
    await new Promise((resolveWait) => setTimeout(resolveWait, 100));
  }
});

afterAll(async () => {
  if (server.exitCode === null) server.kill('SIGKILL');
  await browser?.close();
});

describe('preview --seed 42 --preset tiny --config my.json --port 0', () => {
  it('serves the page on 127.0.0.1, redraws it when the config changes (keeping the view), shows a bad config\'s error, stops on Ctrl-C', async () => {
    const url = (stderr.match(/http:\/\/127\.0\.0\.1:\d+\//) as RegExpMatchArray)[0];
    const { page, watch } = await watchPage(browser.browser, url);
    await page.goto(url);
    await page.waitForSelector('body[data-ready=true]');
    const search = page.getByRole('searchbox', { name: 'Find a system' });
    await search.fill('Haven Prime');
    await search.press('Enter');
    await page.getByRole('complementary', { name: 'Haven Prime' }).waitFor();
    const before = await screenPosition(page, 'Haven Prime');

    // A new starter name: the page gets the new universe and keeps its pan and zoom.
    writeFileSync(config, JSON.stringify({ names: { starterSystem: 'Lumen Prime' } }));
    await page.waitForSelector('body[data-updates="1"]', { timeout: 60_000 });
    expect(await screenPosition(page, 'Haven Prime')).toBeNull();
    expect(await screenPosition(page, 'Lumen Prime')).toEqual(before);
    await search.fill('Lumen Prime');
    await search.press('Enter');
    await page.getByRole('complementary', { name: 'Lumen Prime' }).waitFor();

    // A config that does not validate: its error in the page, the last good universe kept.
    writeFileSync(config, JSON.stringify({ names: { starterSystem: 'Lumen Prime' }, bogusKey: 1 }));
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 60_000 });
    expect(await alert.textContent()).toMatch(/bogusKey/);
    expect(await screenPosition(page, 'Lumen Prime')).toEqual(before);
    expect(await page.locator('body').getAttribute('data-updates')).toBe('1');

    // Fixed again: the error goes away.
    writeFileSync(config, JSON.stringify({ names: { starterSystem: 'Haven Prime' } }));
    await page.waitForSelector('body[data-updates="2"]', { timeout: 60_000 });
    expect(await alert.isHidden()).toBe(true);
    expect(await screenPosition(page, 'Haven Prime')).toEqual(before);

    expect(watch.consoleErrors).toEqual([]);
    expect(watch.pageErrors).toEqual([]);
    expect(watch.outside).toEqual([]);
    await page.close();

    server.kill('SIGINT');
    expect(await exited()).toBe(0);
    expect(stderr).toMatch(/preview stopped/);
    expect(stderr).not.toMatch(/error: /);
  });
});
