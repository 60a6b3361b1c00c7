import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { startHost } from '../../main/host/server';
import { openBenchWorkbook, repoRoot, tempDir } from '../lib/bench-workbook';
import { heapAfterGc, launchChromium, loadUntilInteractive } from '../lib/browser';
import { interleaved, manyRuns, median, runs } from '../lib/measure';
import { type Row, ratioRow } from '../lib/report';

const screens = ['#/gids', '#/zelfanalyses', '#/pop-op', '#/financiering', '#/instellingen', '#/over', '#/'];

/** Visits every screen by its hash and waits until its heading is there and no lazy part is still loading. */
async function visitEveryScreen(page: Page): Promise<void> {
  for (const hash of screens) {
    // A string expression, not a function: this file is type-checked without the DOM library.
    await page.evaluate(`window.location.hash = ${JSON.stringify(hash)}`);
    await page.locator('[data-lazy-loading]').waitFor({ state: 'detached' });
    await page.locator('main h1').first().waitFor();
    await page.waitForTimeout(100);
  }
}

/**
 * 1, 2 and 7: the app's renderer against a bare React 19 page built with the same Vite
 * config, both served by the browser host and opened in Debian's Chromium with an empty cache.
 */
export async function rendererSuite(): Promise<Row[]> {
  const root = repoRoot();
  const workbook = openBenchWorkbook(tempDir());
  const serve = (rendererDir: string) => startHost({ handlers: workbook.handlers, rendererDir, port: 0 });
  const appHost = await serve(join(root, 'out', 'renderer'));
  const bareHost = await serve(join(root, 'out', 'bench', 'baseline'));
  const browser = await launchChromium();
  const gzip = { app: [] as number[], bare: [] as number[] };
  const loaded = { app: [] as number[], bare: [] as number[] };
  const heap = { app: [] as number[], bare: [] as number[] };
  try {
    const tti = await interleaved(
      manyRuns,
      async () => {
        const load = await loadUntilInteractive(browser, appHost.url);
        gzip.app.push(load.gzipBytes);
        loaded.app.push(load.loadedMs);
        // Visiting every screen takes seconds; the heap settles within a few runs.
        if (heap.app.length < runs) {
          await visitEveryScreen(load.page);
          heap.app.push(await heapAfterGc(load.page));
        }
        await load.close();
        return load.interactiveMs;
      },
      async () => {
        const load = await loadUntilInteractive(browser, bareHost.url);
        gzip.bare.push(load.gzipBytes);
        loaded.bare.push(load.loadedMs);
        heap.bare.push(await heapAfterGc(load.page));
        await load.close();
        return load.interactiveMs;
      },
    );
    const baselineName = 'bare React 19 page';
    return [
      ratioRow({
        group: 'renderer',
        name: 'time to interactive',
        unit: 'ms',
        value: median(tti.a),
        baseline: median(tti.b),
        baselineName,
        maxRatio: 1.3,
        note: `medians: JS and CSS in at ${median(loaded.app).toFixed(0)} ms, then ${(median(tti.a) - median(loaded.app)).toFixed(0)} ms to the mark (bare: ${median(loaded.bare).toFixed(0)} + ${(median(tti.b) - median(loaded.bare)).toFixed(0)} ms)`,
      }),
      ratioRow({
        group: 'renderer',
        name: 'JS+CSS for the first screen (gzip)',
        unit: 'kB',
        value: median(gzip.app) / 1000,
        baseline: median(gzip.bare) / 1000,
        baselineName,
        maxRatio: 2,
      }),
      ratioRow({
        group: 'memory',
        name: 'renderer JS heap after every screen',
        unit: 'MB',
        value: median(heap.app) / 2 ** 20,
        baseline: median(heap.bare) / 2 ** 20,
        baselineName,
      }),
    ];
  } finally {
    await browser.close();
    await appHost.close();
    await bareHost.close();
    workbook.close();
  }
}
