import { gzipSync } from 'node:zlib';
import { type Browser, chromium, type Page } from '@playwright/test';

/** Debian's Chromium, as the e2e suite runs it (never a browser download). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
    ],
  });
}

export interface PageLoad {
  page: Page;
  /** Navigation start → performance.mark('werkboek:interactive'), in ms. */
  interactiveMs: number;
  /** Navigation start → the last of those scripts and styles arrived, in ms. */
  loadedMs: number;
  /** gzip bytes of the JS and CSS the page loaded before it was interactive. */
  gzipBytes: number;
  close(): Promise<void>;
}

/** Opens `url` in a fresh context (empty cache) and waits until the page marks itself interactive. */
export async function loadUntilInteractive(browser: Browser, url: string): Promise<PageLoad> {
  const context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 1280, height: 860 } });
  const page = await context.newPage();
  const bodies = new Map<string, Promise<number>>();
  page.on('response', (response) => {
    const type = response.request().resourceType();
    if (type === 'script' || type === 'stylesheet')
      bodies.set(
        response.url(),
        // A chunk prefetched after the mark may still be loading when the context closes: not counted.
        response.body().then(
          (body) => gzipSync(body).length,
          () => 0,
        ),
      );
  });
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('werkboek:interactive').length > 0);
  const interactiveMs = await page.evaluate(
    () => performance.getEntriesByName('werkboek:interactive')[0]?.startTime ?? Number.NaN,
  );
  // Only what was requested before the mark: chunks prefetched afterwards are not the first screen's.
  const firstScreen = await page.evaluate<{ name: string; responseEnd: number }[]>(
    `performance.getEntriesByType('resource').filter((entry) => entry.startTime <= ${interactiveMs}).map(({ name, responseEnd }) => ({ name, responseEnd }))`,
  );
  const sizes = await Promise.all(firstScreen.map(({ name }) => bodies.get(name) ?? Promise.resolve(0)));
  return {
    page,
    interactiveMs,
    loadedMs: Math.max(0, ...firstScreen.filter(({ name }) => bodies.has(name)).map((entry) => entry.responseEnd)),
    gzipBytes: sizes.reduce((sum, size) => sum + size, 0),
    close: () => context.close(),
  };
}

/** The page's live JS heap after a full garbage collection, in bytes. */
export async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
}
