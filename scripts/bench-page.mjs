// Benchmark of the interactive page (R11), in Debian's headless chromium on this machine:
//   node scripts/bench-page.mjs [--preset eve] [--scale 10] [--runs 3] [--shot docs/x.png]
// Writes the page with the built CLI (map --seed 42 --out …), then opens it `runs` times, each in a
// fresh browser, and reports the file size, the median time from navigation to a usable search
// box (enabled, with the universe decoded and drawn), and the median and 90th-percentile time of
// a pan/zoom step (one wheel event until the next frame after it is painted). --shot saves a
// screenshot of the last run (the README's pictures; --search NAME selects a system first).
/* global requestAnimationFrame, document, performance, WheelEvent, window, Event -- the page.evaluate callbacks run in the browser */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';

const { values } = parseArgs({
  options: {
    preset: { type: 'string', default: 'eve' },
    scale: { type: 'string' },
    runs: { type: 'string', default: '3' },
    shot: { type: 'string' },
    search: { type: 'string' },
    width: { type: 'string', default: '1280' },
    height: { type: 'string', default: '800' },
  },
});
const work = mkdtempSync(join(tmpdir(), 'echoes-bench-page-'));
const page = join(work, 'galaxy.html');
const args = ['bin/echoes-universe.js', 'map', '--seed', '42', '--preset', values.preset, '--out', page, '--quiet'];
if (values.scale) args.push('--scale', values.scale);
const made = spawnSync(process.execPath, args, { stdio: 'inherit' });
if (made.status !== 0) process.exit(made.status ?? 1);
const sizeBytes = statSync(page).size;

const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
const percentile90 = (list) => [...list].sort((a, b) => a - b)[Math.min(list.length - 1, Math.floor(list.length * 0.9))];
const usable = [];
const steps = [];
for (let run = 0; run < Number(values.runs); run++) {
  const profile = mkdtempSync(join(tmpdir(), 'echoes-bench-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    viewport: { width: Number(values.width), height: Number(values.height) },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const tab = await context.newPage();
  const started = Date.now();
  await tab.goto(`file://${page}`, { timeout: 120_000 });
  await tab.waitForSelector('#search:enabled', { timeout: 120_000 });
  await tab.waitForSelector('body[data-ready=true]');
  await tab.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  usable.push(Date.now() - started);
  const times = await tab.evaluate(async () => {
    const canvas = document.getElementById('map');
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
    const list = [];
    for (let i = 0; i < 30; i++) {
      const t0 = performance.now();
      canvas.dispatchEvent(new WheelEvent('wheel', { deltaY: i % 10 < 5 ? -120 : 120, clientX: 640, clientY: 400, bubbles: true, cancelable: true }));
      await frame();
      await frame();
      list.push(performance.now() - t0);
    }
    return list;
  });
  steps.push(...times);
  if (values.shot && run === Number(values.runs) - 1) {
    if (values.search) {
      await tab.fill('#search', values.search);
      await tab.press('#search', 'Enter');
    } else {
      await tab.evaluate(() => window.dispatchEvent(new Event('resize')));
    }
    await tab.waitForTimeout(800);
    await tab.screenshot({ path: values.shot });
  }
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
rmSync(work, { recursive: true, force: true });
const label = `${values.preset}${values.scale ? ` ×${values.scale}` : ''}`;
console.log(`page ${label}: ${(sizeBytes / 1e6).toFixed(1)} MB`);
console.log(`navigation → usable search box: median ${(median(usable) / 1000).toFixed(2)} s of ${usable.length} (${usable.map((ms) => (ms / 1000).toFixed(2)).join(', ')})`);
console.log(`pan/zoom step (wheel → painted, two frames at 60 Hz ≈ 33 ms): median ${median(steps).toFixed(0)} ms, p90 ${percentile90(steps).toFixed(0)} ms`);
