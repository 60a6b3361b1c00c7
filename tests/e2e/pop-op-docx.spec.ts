import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { callApi } from './window-api';

// Chromium fetches the favicon lazily (after a download); closing the page first keeps that
// late request from failing as a console error when the host stops.
test.afterEach(async ({ page }) => {
  await page.close();
});

/** Beside the full-page screenshots of the other specs; only the export section is of interest here. */
const screenPath = (name: string) => join(import.meta.dirname, '../../test-results/screens', `${name}.png`);

test('the Word button downloads a .docx holding the plan, with what was typed just before', async ({
  page,
  browser,
  host,
  foreignRequests,
}) => {
  await page.goto(`${host.url}#/pop-op`);
  await expect(page.getByRole('heading', { level: 1, name: 'POP-OP' })).toBeVisible();
  const plan = await callApi<{ id: number }>(page, 'popOp.create', {});
  await callApi(page, 'popOp.update', {
    planId: plan.id,
    changes: { title: 'POP-OP Wijkgericht werken 2027', employeeName: 'Ayşe Kovačević-IJzerman' },
  });
  await callApi(page, 'popOp.actions.add', { planId: plan.id, fields: { what: 'Wijkschouw met bewoners' } });
  await page.goto(`${host.url}#/pop-op/${plan.id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'POP-OP Wijkgericht werken 2027' })).toBeVisible();
  // Typed and not yet saved: the export saves it first, so the file has it.
  await page
    .getByRole('textbox', { name: /^Jouw antwoord op/ })
    .first()
    .fill('Ik werk graag met de buurtmoestuin.');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Word-bestand (.docx)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('POP-OP Wijkgericht werken 2027 - Ayşe Kovačević-IJzerman.docx');
  const parts = unzipSync(readFileSync(await file.path()));
  const document = strFromU8(parts['word/document.xml'] ?? new Uint8Array());
  expect(document).toContain('POP-OP Wijkgericht werken 2027');
  expect(document).toContain('Ik werk graag met de buurtmoestuin.');
  expect(document).toContain('Wijkschouw met bewoners');
  expect(strFromU8(parts['docProps/core.xml'] ?? new Uint8Array())).toContain(
    '<dc:title>POP-OP Wijkgericht werken 2027</dc:title>',
  );

  await expect(page.getByText('wordt gedownload')).toBeVisible();
  await expectNoAxeViolations(page);
  const section = page.getByRole('region', { name: 'Afdrukken voor je gesprek' });
  await section.screenshot({ path: screenPath('pop-op-word-export') });

  // The same section at 150 %: 1366 × 768 pixels shown at 1.5 times the size.
  const zoomed = await browser.newContext({ viewport: { width: 911, height: 512 }, deviceScaleFactor: 1.5 });
  const zoomedPage = await zoomed.newPage();
  await zoomedPage.goto(page.url());
  const zoomedSection = zoomedPage.getByRole('region', { name: 'Afdrukken voor je gesprek' });
  await expect(zoomedSection.getByRole('button', { name: 'Word-bestand (.docx)' })).toBeVisible();
  await zoomedSection.screenshot({ path: screenPath('pop-op-word-export-150') });
  await zoomed.close();
  expect(foreignRequests).toEqual([]);
});
