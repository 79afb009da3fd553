// A real browser for the page tests: Debian's chromium driven by playwright-core, headless, with
// a fresh profile and nothing that phones home. `watchPage` records console errors, uncaught
// exceptions, dialogs (an alert() would mean injected script ran) and every request that tries
// to leave the page (anything but file:, data:, blob: or the preview server itself), which is
// aborted.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface TestBrowser {
  browser: BrowserContext;
  close(): Promise<void>;
}

export async function launchBrowser(): Promise<TestBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'echoes-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  return {
    browser: context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export interface PageWatch {
  consoleErrors: string[];
  pageErrors: string[];
  dialogs: string[];
  /** Requests that would have left the page (aborted). */
  outside: string[];
}

/** A new page that records errors, dialogs and outside requests; `allowOrigin` admits one http origin (preview). */
export async function watchPage(context: BrowserContext, allowOrigin?: string): Promise<{ page: Page; watch: PageWatch }> {
  const page = await context.newPage();
  const watch: PageWatch = { consoleErrors: [], pageErrors: [], dialogs: [], outside: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') watch.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => watch.pageErrors.push(error.message));
  page.on('dialog', (dialog) => {
    watch.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.route('**/*', (route) => {
    const url = route.request().url();
    const local = /^(file|data|blob):/.test(url) || (allowOrigin !== undefined && url.startsWith(allowOrigin));
    if (local) return route.continue();
    watch.outside.push(url);
    return route.abort();
  });
  return { page, watch };
}

/**
 * Runs `body` over the RGBA pixels of a fresh screenshot, decoded by the browser itself. The
 * body sees `data` (the RGBA bytes) and returns a number; it goes in as a string because the
 * test program has no DOM types.
 */
async function overScreenshot(page: Page, body: string): Promise<number> {
  const png = await page.screenshot();
  return page.evaluate<number>(`(async () => {
    const image = new Image();
    image.src = 'data:image/png;base64,${png.toString('base64')}';
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d');
    context.drawImage(image, 0, 0);
    const data = context.getImageData(0, 0, image.width, image.height).data;
    ${body}
  })()`);
}

/** Grey-level variance of a screenshot's pixels: near 0 for a blank page. */
export function screenshotVariance(page: Page): Promise<number> {
  return overScreenshot(
    page,
    `let sum = 0, sumSquares = 0;
    const n = data.length / 4;
    for (let i = 0; i < data.length; i += 4) {
      const grey = (data[i] + data[i + 1] + data[i + 2]) / 3;
      sum += grey;
      sumSquares += grey * grey;
    }
    return sumSquares / n - (sum / n) ** 2;`,
  );
}

/** How many screen pixels have this colour ("#rrggbb", within 2 per channel). */
export function countColour(page: Page, hex: string): Promise<number> {
  const [r, g, b] = [1, 3, 5].map((k) => parseInt(hex.slice(k, k + 2), 16));
  return overScreenshot(
    page,
    `let count = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (Math.abs(data[i] - ${r}) <= 2 && Math.abs(data[i + 1] - ${g}) <= 2 && Math.abs(data[i + 2] - ${b}) <= 2) count++;
    }
    return count;`,
  );
}

export interface LabelBox {
  x: number;
  y: number;
  width: number;
  height: number;
  text: string;
}

/** The labels the map drew in its last frame (screen pixels), from the page's window.echoesStudio. */
export function placedLabels(page: Page): Promise<LabelBox[]> {
  return page.evaluate<LabelBox[]>('window.echoesStudio.labels().map(({ x, y, width, height, text }) => ({ x, y, width, height, text }))');
}

/** Where a system is drawn on screen (CSS pixels), or null for an unknown name. */
export function screenPosition(page: Page, name: string): Promise<[number, number] | null> {
  return page.evaluate<[number, number] | null>(`window.echoesStudio.screenPosition(${JSON.stringify(name)})`);
}

/** Pairs of boxes that overlap. */
export function overlappingPairs(boxes: readonly LabelBox[]): number {
  let pairs = 0;
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i], boxes[j]];
      if (a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height) pairs++;
    }
  }
  return pairs;
}

export type { Browser, Page };
