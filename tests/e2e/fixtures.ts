import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { type HostProcess, startHostProcess } from './host-process';

interface Fixtures {
  /** A fresh data folder for this test. */
  dataDir: string;
  /** The browser host serving that data folder. */
  host: HostProcess;
  /** Every request the page made that did not stay on 127.0.0.1 (must stay empty). */
  foreignRequests: string[];
}

/** Tests get a host on their own data folder and a page that may not leave 127.0.0.1. */
export const test = base.extend<Fixtures>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright requires an object pattern for fixtures without dependencies
  dataDir: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'werkboek-e2e-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
  host: async ({ dataDir }, use) => {
    const host = await startHostProcess(dataDir);
    await use(host);
    await host.stop();
  },
  foreignRequests: async ({ page }, use) => {
    const foreign: string[] = [];
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith('http://127.0.0.1:') && !url.startsWith('data:') && !url.startsWith('blob:'))
        foreign.push(url);
    });
    await use(foreign);
    expect(foreign, 'no request may leave 127.0.0.1').toEqual([]);
  },
  page: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      // A stopped host (a restart inside a test, or fixture teardown before the page closes)
      // refuses connections; that is the test's doing, not the app's. A 404 or 500 still counts.
      if (message.type() === 'error' && !hostWasDown(message.text())) errors.push(message.text());
    });
    await use(page);
    expect(errors, 'the page logged no errors').toEqual([]);
  },
});

export { expect };

function hostWasDown(consoleText: string): boolean {
  return /net::ERR_(CONNECTION_REFUSED|CONNECTION_RESET|EMPTY_RESPONSE|SOCKET_NOT_CONNECTED)/.test(consoleText);
}

/** Runs axe with the WCAG 2.0/2.1/2.2 A and AA rules and expects no violations. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(summary).toEqual([]);
}

/** Saves a screenshot under test-results/screens/ for a person to look at. */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({
    path: join(import.meta.dirname, '../../test-results/screens', `${name}.png`),
    fullPage: true,
  });
}
