// R11 in a real browser: `map --out galaxy.html` (seed 42, standard) opened from disk in Debian's
// chromium. It loads with no console error and no request leaving the page, draws something,
// finds "Genesis Prime" from the search box and shows its planets in the system panel, follows a
// stargate link, draws the same route as the `route` command with security per jump, and a
// system named "</script><script>alert(1)</script>" through --config shows as text and runs nothing.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  countColour,
  launchBrowser,
  overlappingPairs,
  placedLabels,
  screenPosition,
  screenshotVariance,
  watchPage,
  type Page,
  type TestBrowser,
} from '../helpers/browser.js';
import { runCli } from '../helpers/cli.js';
import { generated } from '../fixtures/generated.js';

const ROUTE_COLOUR = '#ff4fd8';
const EVIL = '</script><script>alert(1)</script>';
const work = mkdtempSync(join(tmpdir(), 'echoes-page-'));
const standardPage = join(work, 'standard.html');
const evilPage = join(work, 'evil.html');
let browser: TestBrowser;

async function openPage(file: string): Promise<{ page: Page; watch: Awaited<ReturnType<typeof watchPage>>['watch'] }> {
  const opened = await watchPage(browser.browser);
  await opened.page.goto(pathToFileURL(file).href);
  await opened.page.getByRole('searchbox', { name: 'Find a system' }).waitFor();
  await opened.page.waitForSelector('body[data-ready=true]');
  return opened;
}

beforeAll(async () => {
  const config = join(work, 'evil.json');
  writeFileSync(config, JSON.stringify({ names: { starterSystem: EVIL } }));
  const [standard, evil, launched] = await Promise.all([
    runCli(['map', '--seed', '42', '--out', standardPage]),
    runCli(['map', '--seed', '7', '--preset', 'tiny', '--config', config, '--out', evilPage]),
    launchBrowser(),
  ]);
  browser = launched;
  expect(standard.code, standard.stderr).toBe(0);
  expect(evil.code, evil.stderr).toBe(0);
});

afterAll(async () => {
  await browser?.close();
});

describe('the standard page (seed 42) opened from disk', () => {
  it('loads with no console error and no request leaving the page, shows seed, preset and counts, and is drawn', async () => {
    const { page, watch } = await openPage(standardPage);
    await expect.poll(() => page.locator('#context').textContent()).toBe('seed 42 · preset standard');
    expect(await page.locator('#counts').textContent()).toContain(`${generated('standard', '42').solar_systems.length} systems`);
    expect(await screenshotVariance(page)).toBeGreaterThan(100);
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.pageErrors).toEqual([]);
    expect(watch.outside).toEqual([]);
    // One file: nothing but the inline script and the two JSON blocks.
    expect(await page.locator('script[src], link[href], img[src]').count()).toBe(0);
    await page.close();
  });

  it('"Genesis Prime" + Enter opens its panel: star, Genesis I … Genesis VIII in orbit order, gates that open their destination', async () => {
    const { page, watch } = await openPage(standardPage);
    const search = page.getByRole('searchbox', { name: 'Find a system' });
    await search.fill('Genesis Pr');
    await expect.poll(() => page.getByRole('option').first().textContent()).toBe('Genesis Prime');
    await search.fill('Genesis Prime');
    await search.press('Enter');
    const panel = page.getByRole('complementary', { name: 'Genesis Prime' });
    await panel.waitFor();
    const planets = await panel.locator('ol.planets > li > strong').allTextContents();
    expect(planets).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII'].map((n) => `Genesis ${n}`));
    const tables = generated('standard', '42');
    const genesis = tables.solar_systems.find((s) => s.name === 'Genesis Prime');
    expect(await panel.locator('.star').textContent()).toBe(`Star: ${genesis?.star_type} type, ${genesis?.star_temperature?.toLocaleString('en-US')} K`);
    expect(await panel.textContent()).toMatch(/Genesis I — \w[\w ]*, \d+ K, [\d.]+ AU/);
    // The system is centred in the map's clear area.
    const [x] = (await screenPosition(page, 'Genesis Prime')) ?? [0];
    expect(x).toBeGreaterThan(300);
    expect(x).toBeLessThan(1000);
    // Each stargate is a link; following one opens the destination's panel.
    const byId = new Map(tables.solar_systems.map((s) => [s.id, s.name]));
    const neighbours = tables.stargates.filter((g) => g.solar_system_id === genesis?.id).map((g) => byId.get(g.destination_system_id) as string);
    const gateLinks = panel.locator('ul.gates a');
    expect(await gateLinks.count()).toBe(neighbours.length);
    await gateLinks.first().click();
    const destination = (await page.locator('#panel-title').textContent()) as string;
    expect(neighbours).toContain(destination);
    await page.getByRole('complementary', { name: destination }).waitFor();
    // The orbit diagram of the same system.
    await page.getByRole('button', { name: 'Orbit diagram' }).click();
    expect(await page.getByRole('img', { name: `Orbit diagram of ${destination}` }).count()).toBe(1);
    expect(watch.consoleErrors).toEqual([]);
    await page.close();
  });

  it('a route between two systems is drawn and listed with the same jumps as `route`, with security per jump', async () => {
    const tables = generated('standard', '42');
    const from = 'Genesis Prime';
    const to = tables.solar_systems[tables.solar_systems.length - 1].name;
    const [cli, opened] = await Promise.all([runCli(['route', from, to, '--seed', '42', '--json']), openPage(standardPage)]);
    expect(cli.code, cli.stderr).toBe(0);
    const expected = JSON.parse(cli.stdout) as string[];
    expect(expected.length).toBeGreaterThan(3);
    const { page, watch } = opened;
    // The legend's route swatch has the colour too: count before and after.
    const before = await countColour(page, ROUTE_COLOUR);
    await page.getByRole('combobox', { name: 'From' }).fill(from);
    await page.getByRole('combobox', { name: 'To' }).fill(to);
    await page.getByRole('button', { name: 'Show route' }).click();
    const items = page.locator('#route-list li');
    await expect.poll(() => items.count()).toBe(expected.length);
    const security = new Map(tables.solar_systems.map((s) => [s.name, s.security_status.toFixed(1)]));
    expect(await items.allTextContents()).toEqual(expected.map((name) => `${security.get(name)} ${name}`));
    expect(await page.getByRole('status').textContent()).toBe(`${from} → ${to}: ${expected.length - 1} jumps`);
    await page.waitForTimeout(200);
    expect(await countColour(page, ROUTE_COLOUR)).toBeGreaterThan(before + 300);
    expect(watch.consoleErrors).toEqual([]);
    await page.close();
  });

  it('the security filter hides null-sec systems; the region filter fits the map to one region', async () => {
    const { page, watch } = await openPage(standardPage);
    const nullSecColour = '#e0245e'; // SECURITY_COLOURS[0]
    const before = await countColour(page, nullSecColour);
    await page.getByText('Filters').click();
    await page.getByRole('checkbox', { name: /Null-sec/ }).uncheck();
    await page.waitForTimeout(200);
    const after = await countColour(page, nullSecColour);
    expect(before).toBeGreaterThan(1000);
    expect(after).toBeLessThan(before / 5);
    await page.getByRole('checkbox', { name: /Null-sec/ }).check();
    // Two systems of the Genesis region drift apart on screen as the map zooms in on the region.
    const tables = generated('standard', '42');
    const genesis = tables.regions.find((r) => r.name === 'Genesis');
    const constellations = new Set(tables.constellations.filter((c) => c.region_id === genesis?.id).map((c) => c.id));
    const other = tables.solar_systems.filter((s) => constellations.has(s.constellation_id) && s.name !== 'Genesis Prime').at(-1)?.name as string;
    const apart = async (): Promise<number> => {
      const [a, b] = [await screenPosition(page, 'Genesis Prime'), await screenPosition(page, other)];
      return Math.hypot((a?.[0] ?? 0) - (b?.[0] ?? 0), (a?.[1] ?? 0) - (b?.[1] ?? 0));
    };
    const wholeMap = await apart();
    await page.getByRole('combobox', { name: 'Region' }).selectOption({ label: 'Genesis' });
    await page.waitForTimeout(200);
    expect(await apart()).toBeGreaterThan(1.5 * wholeMap);
    const [x, y] = (await screenPosition(page, 'Genesis Prime')) ?? [-1, -1];
    expect(x).toBeGreaterThan(0);
    expect(x).toBeLessThan(1280);
    expect(y).toBeGreaterThan(0);
    expect(y).toBeLessThan(800);
    expect(watch.consoleErrors).toEqual([]);
    await page.close();
  });

  it('labels never overlap, zoomed out and zoomed in', async () => {
    const { page } = await openPage(standardPage);
    const overlapping = async (): Promise<number> => {
      const boxes = await placedLabels(page);
      return boxes.length === 0 ? -1 : overlappingPairs(boxes);
    };
    expect(await overlapping()).toBe(0);
    await page.mouse.move(700, 420);
    for (let step = 0; step < 3; step++) await page.mouse.wheel(0, -300);
    await page.waitForTimeout(300);
    expect((await placedLabels(page)).length).toBeGreaterThan(20);
    expect(await overlapping()).toBe(0);
    await page.close();
  });
});

describe('a system named like markup, through --config', () => {
  it('is shown as text in the search, and the panel, and no script of it runs', async () => {
    const { page, watch } = await openPage(evilPage);
    expect(readFileSync(evilPage, 'utf8')).not.toContain('<script>alert(1)');
    const search = page.getByRole('searchbox', { name: 'Find a system' });
    await search.fill(EVIL);
    await search.press('Enter');
    await page.getByRole('complementary', { name: EVIL }).waitFor();
    expect(await page.locator('#panel-title').textContent()).toBe(EVIL);
    expect(await page.locator('script').count()).toBe(3);
    expect(watch.dialogs).toEqual([]);
    expect(watch.pageErrors).toEqual([]);
    await page.close();
  });
});
