import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, expectNoAxeViolations, saveScreenshot, test } from './fixtures';
import { startHostProcess } from './host-process';

test('export the workbook, change it, import the export: the old state is back', async ({
  page,
  host,
  foreignRequests,
}, testInfo) => {
  await page.goto(`${host.url}#/instellingen`);
  await page.getByLabel('Naam').fill('Ayşe Kovačević');
  await expect(page.getByRole('status').first()).toHaveText('Opgeslagen');

  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Werkboek exporteren' }).click();
  const download = await downloadPromise;
  const exported = testInfo.outputPath('werkboek.json');
  await download.saveAs(exported);
  expect(download.suggestedFilename()).toMatch(/^Werkboek Overheidsparticipatie \d{4}-\d{2}-\d{2}\.json$/);
  expect(JSON.parse(readFileSync(exported, 'utf8'))).toMatchObject({ format: 'werkboek-overheidsparticipatie' });

  await page.getByLabel('Naam').fill('Iemand anders');
  await expect(page.getByRole('status').first()).toHaveText('Opgeslagen');
  await page.getByLabel('Werkboek importeren').setInputFiles(exported);
  await expect(page.getByLabel('Naam')).toHaveValue('Ayşe Kovačević');
  await saveScreenshot(page, 'instellingen-na-import');
  expect(foreignRequests).toEqual([]);
});

test('a file that is not a workbook is refused in Dutch and changes nothing', async ({ page, host }, testInfo) => {
  await page.goto(`${host.url}#/instellingen`);
  await page.getByLabel('Naam').fill('Blijft staan');
  await expect(page.getByRole('status').first()).toHaveText('Opgeslagen');
  const junk = testInfo.outputPath('boodschappen.json');
  writeFileSync(junk, '{"melk": 2, "brood": 1}');
  await page.getByLabel('Werkboek importeren').setInputFiles(junk);
  await expect(page.getByRole('alert')).toContainText('geen werkboekbestand');
  await page.reload();
  await expect(page.getByLabel('Naam')).toHaveValue('Blijft staan');
});

test('make a backup and restore it after a change, confirming by keyboard', async ({ page, host }) => {
  await page.goto(`${host.url}#/instellingen`);
  await page.getByLabel('Naam').fill('Versie een');
  await expect(page.getByRole('status').first()).toHaveText('Opgeslagen');
  await page.getByRole('button', { name: 'Nu een reservekopie maken' }).click();
  await expect(page.getByText('Er is een reservekopie gemaakt.')).toBeVisible();
  await page.getByLabel('Naam').fill('Versie twee');
  await expect(page.getByRole('status').first()).toHaveText('Opgeslagen');

  const manual = page.getByRole('row').filter({ hasText: 'door jou gemaakt' });
  await manual.getByRole('button', { name: /Terugzetten/ }).click();
  await expect(page.getByRole('button', { name: 'Ja, terugzetten' })).toBeFocused();
  await expectNoAxeViolations(page);
  await saveScreenshot(page, 'instellingen-terugzetten-bevestigen');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Naam')).toHaveValue('Versie een');
});

test('the host refuses a damaged workbook with advice, and restores the newest backup on request', async ({
  dataDir,
}) => {
  const first = await startHostProcess(dataDir);
  await first.stop();
  writeFileSync(join(dataDir, 'werkboek.sqlite'), 'dit is geen database');
  await expect(startHostProcess(dataDir)).rejects.toThrow(/geen werkboekbestand[\s\S]*--restore-backup/);
  const restored = await startHostProcess(dataDir, ['--restore-backup']);
  await restored.stop();
});
