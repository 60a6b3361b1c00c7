import { join } from 'node:path';
import type { Page } from '@playwright/test';
import BetterSqlite3 from 'better-sqlite3';
import { expect, expectNoAxeViolations, saveScreenshot, test } from './fixtures';
import { startHostProcess } from './host-process';
import { seedSelfAnalysisRun } from './seed-self-analysis';
import { callApi } from './window-api';

/**
 * The save status that starts with `text`, case and all: a plain string in `hasText` matches
 * case-insensitively anywhere, so "Alles is bewaard." would also match "Niet alles is bewaard.".
 */
const status = (page: Page, text: string) =>
  page.getByRole('status').filter({ hasText: new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) });

test('a refused name stays "niet bewaard" after another field saves, and leaving asks first', async ({
  page,
  host,
}) => {
  await page.goto(`${host.url}#/instellingen`);
  const name = page.getByLabel('Naam', { exact: true });
  await name.fill('x'.repeat(205));
  await expect(page.getByText('Deze tekst is te lang: maximaal 200 tekens.')).toBeVisible();
  await page.getByLabel('Organisatie').fill('Gemeente Utrecht');
  // The later success elsewhere must not clear the name's failure.
  await expect(status(page, 'Niet alles is bewaard.')).toBeVisible();
  await expect(page.getByText('Deze tekst is te lang: maximaal 200 tekens.')).toBeVisible();
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect
    .poll(async () => (await callApi<{ profile: { organisation: string } }>(page, 'settings.get', undefined)).profile)
    .toMatchObject({ organisation: 'Gemeente Utrecht', name: '' });
  await expectNoAxeViolations(page);
  await saveScreenshot(page, 'instellingen-niet-bewaard');

  // Leaving the screen asks first; "Blijf hier" keeps the text.
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'POP-OP' }).click();
  const dialog = page.getByRole('dialog', { name: 'Niet alles is bewaard' });
  await expect(dialog).toBeVisible();
  await expectNoAxeViolations(page);
  await saveScreenshot(page, 'weggaan-niet-bewaard');
  await page.setViewportSize({ width: 911, height: 512 });
  await page.screenshot({ path: join(import.meta.dirname, '../../test-results/screens/weggaan-niet-bewaard-150.png') });
  await page.setViewportSize({ width: 1280, height: 860 });
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: 'Instellingen' })).toBeVisible();
  await expect(name).toHaveValue('x'.repeat(205));

  // Fixing the name saves it, and then everything is saved.
  await name.fill('Anna de Vries');
  await expect(status(page, 'Opgeslagen')).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Naam', { exact: true })).toHaveValue('Anna de Vries');
  await expect(page.getByLabel('Organisatie')).toHaveValue('Gemeente Utrecht');

  // And leaving on purpose without saving works too.
  await page.getByLabel('Naam', { exact: true }).fill('y'.repeat(201));
  await expect(status(page, 'Niet alles is bewaard.')).toBeVisible();
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Over' }).click();
  await page.getByRole('button', { name: 'Ga verder zonder te bewaren' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Over dit werkboek' })).toBeVisible();
});

test('financing: one refused field never holds back the others sent with it', async ({ page, host }) => {
  await page.goto(`${host.url}#/financiering`);
  const initiative = await callApi<{ id: number }>(page, 'financing.create', { name: 'Buurtfeest' });
  await page.goto(`${host.url}#/financiering/${initiative.id}`);
  await page.getByLabel('Naam van het initiatief').fill('n'.repeat(201));
  await page.getByLabel('Notities').fill('Bel de wijkraad.');
  await expect(status(page, 'Niet alles is bewaard.')).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'Naam van het initiatief' })).toContainText('te lang');
  await expect
    .poll(async () => (await callApi<{ notes: string }>(page, 'financing.get', { id: initiative.id })).notes)
    .toBe('Bel de wijkraad.');
  await page.getByLabel('Naam van het initiatief').fill('Buurtmoestuin');
  await expect(status(page, 'Opgeslagen')).toBeVisible();
  expect((await callApi<{ name: string }>(page, 'financing.get', { id: initiative.id })).name).toBe('Buurtmoestuin');
});

test('an answer typed while another process holds the database is written once it lets go', async ({
  page,
  dataDir,
}) => {
  const host = await startHostProcess(dataDir);
  await page.goto(`${host.url}#/pop-op`);
  const plan = await callApi<{ id: number }>(page, 'popOp.create', {});
  await page.goto(`${host.url}#/pop-op/${plan.id}`);
  const answers = page.getByRole('textbox', { name: /^Jouw antwoord op/ });
  await expect(answers.first()).toBeVisible();

  const other = new BetterSqlite3(join(dataDir, 'werkboek.sqlite'));
  try {
    other.exec('BEGIN EXCLUSIVE');
    await answers.nth(0).fill('Ik ken de wijkraad goed.');
    // Released on a condition, not after a time: once the app says it could not save yet.
    await expect(status(page, 'Niet alles is bewaard.')).toBeVisible({ timeout: 30_000 });
    await expect(page.getByRole('alert').filter({ hasText: 'Niet bewaard:' })).toBeVisible();
    await saveScreenshot(page, 'pop-op-bezet');
    other.exec('COMMIT');
  } finally {
    other.close();
  }
  await answers.nth(1).fill('Meer faciliteren.');
  await expect(status(page, 'Alles is bewaard.')).toBeVisible({ timeout: 30_000 });

  await page.reload();
  await expect(answers.nth(0)).toHaveValue('Ik ken de wijkraad goed.');
  await expect(answers.nth(1)).toHaveValue('Meer faciliteren.');
  await host.stop();
});

test('a second host on the same data folder is refused with a clear Dutch message', async ({ host, dataDir }) => {
  expect(host.url).toContain('http://127.0.0.1:');
  await expect(startHostProcess(dataDir)).rejects.toThrow(/is al geopend[\s\S]*probeer het dan opnieuw/);
});

test('a stored invalid date shows an error on that screen only; the menu keeps working', async ({ page, dataDir }) => {
  const host = await startHostProcess(dataDir);
  await page.goto(`${host.url}#/instellingen`);
  await expect(page.getByRole('heading', { level: 1, name: 'Instellingen' })).toBeVisible();
  await seedSelfAnalysisRun(page, [
    [3, 3, 3, 3, 3],
    [3, 3, 3, 3, 3],
    [3, 3, 3, 3, 3, 3],
    [3, 3, 3, 3, 3],
    [3, 3, 3, 3, 3, 3],
  ]);
  const db = new BetterSqlite3(join(dataDir, 'werkboek.sqlite'));
  db.prepare("UPDATE self_analysis_runs SET created_at = 'gisteren'").run();
  db.close();

  // React reports the caught render error on the console; here that is the test's own doing.
  page.removeAllListeners('console');
  const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
  await menu.getByRole('link', { name: 'Zelfanalyses' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dit scherm kan niet worden getoond' })).toBeVisible();
  await expect(page.getByText('RangeError: Invalid time value')).toBeVisible();
  await expect(menu).toBeVisible();
  await expectNoAxeViolations(page);
  await saveScreenshot(page, 'scherm-fout');
  // 1366×768 at 150 % zoom leaves 911×512 CSS pixels.
  await page.setViewportSize({ width: 911, height: 512 });
  await saveScreenshot(page, 'scherm-fout-150');
  await page.setViewportSize({ width: 1366, height: 768 });

  await page.getByRole('button', { name: 'Maak een reservekopie' }).click();
  await expect(page.getByText(/De reservekopie is gemaakt: /)).toBeVisible();

  await page.getByRole('button', { name: 'Ga terug' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Instellingen' })).toBeVisible();
  await menu.getByRole('link', { name: 'Over' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Over dit werkboek' })).toBeVisible();
  await host.stop();
});
