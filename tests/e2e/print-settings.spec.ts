import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, saveScreenshot, test } from './fixtures';

const logoPng = join(import.meta.dirname, '../fixtures/images/logo.png');
const gif = Buffer.from('R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==', 'base64');

/** The section about printing, found by its heading. */
const section = (page: Page) => page.getByRole('region', { name: 'Afdrukken van je POP-OP' });

test.describe('on a 1366×768 screen', () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test('pick a logo (refused files say why in Dutch), mark the plan confidential, remove the logo', async ({
    page,
    host,
  }, testInfo) => {
    await page.goto(`${host.url}#/instellingen`);
    const printing = section(page);
    await expect(printing.getByText('Je hebt nog geen logo gekozen.')).toBeVisible();
    // The browser's own file control (its English "Choose File") is never shown.
    await expect(printing.getByTestId('logo-bestand')).toBeHidden();
    await expect(printing.getByRole('button', { name: 'Kies een afbeelding…' })).toBeVisible();

    const picker = printing.getByTestId('logo-bestand');
    const gifFile = testInfo.outputPath('logo.gif');
    writeFileSync(gifFile, gif);
    await picker.setInputFiles(gifFile);
    await expect(printing.getByRole('alert')).toContainText('Dit is een GIF-afbeelding.');
    await saveScreenshot(page, 'instellingen-logo-geweigerd');
    const renamed = testInfo.outputPath('logo.png');
    writeFileSync(renamed, 'Dit is een tekst, geen plaatje.');
    await picker.setInputFiles(renamed);
    await expect(printing.getByRole('alert')).toContainText('geen PNG- of JPEG-afbeelding');
    const large = testInfo.outputPath('groot.jpg');
    writeFileSync(large, Buffer.alloc(1024 * 1024 + 1, 0xff));
    await picker.setInputFiles(large);
    await expect(printing.getByRole('alert')).toContainText('hoogstens 1 MB');
    await expect(printing.getByText('Je hebt nog geen logo gekozen.')).toBeVisible();

    await picker.setInputFiles(logoPng);
    await expect(printing.getByRole('status')).toHaveText('Het logo is bewaard.');
    await expect(printing.getByRole('img', { name: 'Voorbeeld van je logo' })).toBeVisible();
    await expect(printing.getByText('logo.png (PNG, 360 × 120 pixels)')).toBeVisible();
    await expect(printing.getByRole('alert')).toHaveCount(0);

    const marking = printing.getByLabel('Zet “Vertrouwelijk – personeelsdossier” op de POP-OP');
    await expect(marking).not.toBeChecked();
    await marking.check();
    await expect(printing.getByRole('status')).toHaveText('De markering komt op je POP-OP.');
    await expectNoAxeViolations(page);
    await saveScreenshot(page, 'instellingen-afdrukken');

    await page.reload();
    await expect(section(page).getByLabel(/Vertrouwelijk – personeelsdossier/)).toBeChecked();
    await expect(section(page).getByRole('img', { name: 'Voorbeeld van je logo' })).toBeVisible();
    await section(page).getByRole('button', { name: 'Verwijderen' }).click();
    await expect(section(page).getByText('Je hebt nog geen logo gekozen.')).toBeVisible();
    await expect(section(page).getByRole('status')).toHaveText('Het logo is verwijderd.');
  });
});

test.describe('at 150 % zoom on a 1366×768 screen', () => {
  // 1366×768 at 150 % zoom leaves 911×512 CSS pixels.
  test.use({ viewport: { width: 911, height: 512 }, deviceScaleFactor: 1.5 });

  test('the logo preview and its buttons fit the column', async ({ page, host }) => {
    await page.goto(`${host.url}#/instellingen`);
    await section(page).getByTestId('logo-bestand').setInputFiles(logoPng);
    const preview = section(page).getByRole('img', { name: 'Voorbeeld van je logo' });
    await expect(preview).toBeVisible();
    await section(page).getByRole('button', { name: 'Verwijderen' }).scrollIntoViewIfNeeded();
    const box = await preview.boundingBox();
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(911);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(911);
    await expectNoAxeViolations(page);
    await saveScreenshot(page, 'instellingen-afdrukken-150');
  });
});
