import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, saveScreenshot, test } from './fixtures';
import { seedSelfAnalysisRun } from './seed-self-analysis';
import './window-api';

test.use({ viewport: { width: 1366, height: 768 } });

// Earlier: everything 2 but Doel 1 (Doel sits in the centre). Now: higher, Geld lower.
const earlier = [
  [2, 2, 2, 2, 2],
  [1, 1, 1, 1, 1],
  [2, 2, 2, 2, 2, 2],
  [3, 3, 3, 3, 3],
  [2, 2, 2, 2, 2, 2],
];
const now = [
  [3, 4, 3, 3, 4],
  [2, 2, 3, 2, 2],
  [4, 4, 3, 4, 4, 4],
  [2, 2, 2, 1, 2],
  [3, 3, 3, 3, 2, 3],
];

async function seedTwoRuns(page: Page, url: string): Promise<number> {
  await page.goto(`${url}#/zelfanalyses`);
  await seedSelfAnalysisRun(page, earlier, 'Vorig jaar');
  return seedSelfAnalysisRun(page, now, 'Dit jaar');
}

/** A theme name as a narrow chart may break it over two lines ("Organisatie-" "verandering"). */
const brokenOrWhole = (name: string) => new RegExp(`^${name.split('').join('-?')}$`);

async function lookAt(page: Page, selector: string, name: string) {
  await page
    .locator(selector)
    .first()
    .screenshot({ path: join(import.meta.dirname, '../../test-results/screens', `${name}.png`) });
}

for (const zoom of [
  { name: '1366', viewport: { width: 1366, height: 768 }, deviceScaleFactor: 1 },
  { name: '150', viewport: { width: 911, height: 512 }, deviceScaleFactor: 1.5 },
]) {
  test.describe(`radar at ${zoom.name}`, () => {
    test.use({ viewport: zoom.viewport, deviceScaleFactor: zoom.deviceScaleFactor });

    test('the profile radar runs from 1, names every axis and shows the previous run dashed, in words too', async ({
      page,
      host,
    }) => {
      const runId = await seedTwoRuns(page, host.url);
      await page.goto(`${host.url}#/zelfanalyses/run/${runId}`);
      const chart = page.getByRole('img', { name: /^Je profiel:/ });
      await expect(chart).toBeVisible();
      await expect(chart).toHaveAccessibleName(/Vorige keer \(Vorig jaar\): Doen 2,0, Doel 1,0/);
      await expect(chart).toHaveAccessibleName(/Schaal van 1 \(midden\) tot 4/);
      await expect(page.locator('.radar-shape--previous')).toHaveCount(1);
      await expect(page.locator('.radar-legend').getByText('Vorige keer (Vorig jaar)')).toBeVisible();
      await expect(page.getByRole('columnheader', { name: 'Vorige keer' })).toBeVisible();
      await expect(page.getByRole('columnheader', { name: 'Deze keer (1–4)' })).toBeVisible();
      for (const theme of ['Doen', 'Doel', 'Gemeenteraad', 'Geld', 'Organisatieverandering']) {
        await expect(page.locator('.radar-label').filter({ hasText: theme })).toHaveCount(1);
      }
      await lookAt(page, '.radar', `radar-profiel-${zoom.name}`);
      await expectNoAxeViolations(page);
    });

    test('the POP-OP side panel radar names the themes and shows the previous run', async ({ page, host }) => {
      await seedTwoRuns(page, host.url);
      const plan = await page.evaluate(() => window.api.call('popOp.create', {}));
      if (!plan.ok) throw new Error(plan.error.message);
      await page.goto(`${host.url}#/pop-op/${plan.value.id}`);
      const panel = page.locator('.self-analysis-panel');
      await expect(panel.getByRole('img', { name: /Vorige keer \(Vorig jaar\)/ })).toBeVisible();
      for (const theme of ['Doen', 'Doel', 'Gemeenteraad', 'Geld', 'Organisatieverandering']) {
        await expect(panel.locator('.radar-label').filter({ hasText: brokenOrWhole(theme) })).toHaveCount(1);
      }
      await lookAt(page, '.self-analysis-panel .radar', `radar-pop-op-${zoom.name}`);
      await saveScreenshot(page, `radar-pop-op-pagina-${zoom.name}`);
      await expectNoAxeViolations(page);
    });
  });
}
