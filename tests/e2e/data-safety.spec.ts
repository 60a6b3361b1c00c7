import { readFileSync, writeFileSync } from 'node:fs';
import { expect, expectNoAxeViolations, saveScreenshot, test } from './fixtures';

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

  expect(JSON.parse(readFileSync(exported, 'utf8'))).toMatchObject({ formatVersion: 2, sha256: expect.any(String) });

  await page.getByLabel('Naam').fill('Iemand anders');
  await expect(page.getByRole('status').first()).toHaveText('Opgeslagen');
  await expect(page.getByRole('button', { name: 'Werkboekbestand kiezen…' })).toBeVisible();
  await page.getByTestId('werkboek-importeren-bestand').setInputFiles(exported);
  // Asked first: what will be replaced, that a backup is made.
  const confirm = page.getByRole('group', { name: /Je werkboek vervangen door “werkboek\.json”\?.*reservekopie/ });
  await expect(confirm).toBeVisible();
  await expect(page.getByRole('button', { name: 'Ja, importeren' })).toBeFocused();
  await expect(page.getByLabel('Naam')).toHaveValue('Iemand anders');
  await expectNoAxeViolations(page);
  await saveScreenshot(page, 'instellingen-import-bevestigen');
  await page.getByRole('button', { name: 'Ja, importeren' }).click();
  await expect(page.getByLabel('Naam')).toHaveValue('Ayşe Kovačević');
  const summary = page.getByRole('status').filter({ hasText: 'Het werkboek is geïmporteerd.' });
  await expect(summary).toContainText('Instellingen: 1');
  await expect(summary).toContainText('reservekopie van');
  await expectNoAxeViolations(page);
  await saveScreenshot(page, 'instellingen-na-import');
  expect(foreignRequests).toEqual([]);
});

test('a file that is not a workbook is refused in Dutch and changes nothing', async ({ page, host }, testInfo) => {
  await page.goto(`${host.url}#/instellingen`);
  await page.getByLabel('Naam').fill('Blijft staan');
  await expect(page.getByRole('status').first()).toHaveText('Opgeslagen');
  const junk = testInfo.outputPath('boodschappen.json');
  writeFileSync(junk, '{"melk": 2, "brood": 1}');
  await page.getByTestId('werkboek-importeren-bestand').setInputFiles(junk);
  await page.getByRole('button', { name: 'Ja, importeren' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('geen werkboekbestand');
  // The message sits right below the button that chose the file, not somewhere above it.
  const button = await page.getByRole('button', { name: 'Werkboekbestand kiezen…' }).boundingBox();
  const message = await alert.boundingBox();
  expect((message?.y ?? 0) - ((button?.y ?? 0) + (button?.height ?? 0))).toBeGreaterThanOrEqual(0);
  expect((message?.y ?? 0) - ((button?.y ?? 0) + (button?.height ?? 0))).toBeLessThan(60);
  await saveScreenshot(page, 'instellingen-import-geweigerd');
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

test('a changed export is refused as damaged, and the database stays as it was', async ({ page, host }, testInfo) => {
  await page.goto(`${host.url}#/instellingen`);
  await page.getByLabel('Naam').fill('Buurtkeuken');
  await expect(page.getByRole('status').first()).toHaveText('Opgeslagen');
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Werkboek exporteren' }).click();
  const exported = testInfo.outputPath('werkboek.json');
  await (await downloadPromise).saveAs(exported);
  const changed = testInfo.outputPath('gewijzigd.json');
  writeFileSync(changed, readFileSync(exported, 'utf8').replace('Buurtkeuken', 'Buustkeuken'));
  await page.getByLabel('Naam').fill('Nieuw');
  await expect(page.getByRole('status').first()).toHaveText('Opgeslagen');
  await page.getByTestId('werkboek-importeren-bestand').setInputFiles(changed);
  await page.getByRole('button', { name: 'Ja, importeren' }).click();
  await expect(page.getByRole('alert')).toHaveText('Dit bestand is beschadigd of gewijzigd; er is niets veranderd.');
  await page.reload();
  await expect(page.getByLabel('Naam')).toHaveValue('Nieuw');
});
