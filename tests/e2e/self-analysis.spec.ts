import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, saveScreenshot, test } from './fixtures';
import { startHostProcess } from './host-process';
import { seedSelfAnalysisRun } from './seed-self-analysis';
import './window-api';

// Chromium fetches the favicon lazily (after a reload or a download); closing the page before the
// host fixture stops keeps that late request from failing as a console error.
test.afterEach(async ({ page }) => {
  await page.close();
});

/** Statement counts per theme in the guide's order: Doen 5, Doel 5, Gemeenteraad 6, Geld 5, Organisatieverandering 6. */
const themes = [
  { id: 'doen', title: 'Doen', count: 5 },
  { id: 'doel', title: 'Doel', count: 5 },
  { id: 'gemeenteraad', title: 'Gemeenteraad', count: 6 },
  { id: 'geld', title: 'Geld', count: 5 },
  { id: 'organisatieverandering', title: 'Organisatieverandering', count: 6 },
];

/** Presses Tab until the focused element is a textarea, and fails clearly when it never is. */
async function tabToTextarea(page: Page): Promise<void> {
  for (let presses = 0; presses < 40; presses += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement instanceof HTMLTextAreaElement)) return;
  }
  throw new Error('Tab never reached a text area');
}

/** Tabs to the link or button with exactly this text and presses Enter. */
async function activate(page: Page, text: string): Promise<void> {
  for (let presses = 0; presses < 60; presses += 1) {
    await page.keyboard.press('Tab');
    const label = await page.evaluate(() => document.activeElement?.textContent?.trim());
    if (label === text) {
      await page.keyboard.press('Enter');
      return;
    }
  }
  throw new Error(`Tab never reached "${text}"`);
}

/** Presses Tab until focus is on a radio button of another group than `group`. */
async function tabToNextRadioGroup(page: Page, group: string): Promise<string> {
  for (let presses = 0; presses < 40; presses += 1) {
    await page.keyboard.press('Tab');
    const name = await page.evaluate((previous) => {
      const element = document.activeElement;
      return element instanceof HTMLInputElement && element.type === 'radio' && element.name !== previous
        ? element.name
        : undefined;
    }, group);
    if (name) return name;
  }
  throw new Error('Tab never reached the next radio group');
}

/**
 * Answers one theme by keyboard only: Tab into each radio group (focus lands on its first
 * option), Space picks "Zeer oneens" and each ArrowRight moves one step up the scale.
 */
async function answerThemeByKeyboard(page: Page, values: readonly number[]): Promise<void> {
  let group = '';
  for (const value of values) {
    group = await tabToNextRadioGroup(page, group);
    await page.keyboard.press('Space');
    for (let step = 1; step < value; step += 1) await page.keyboard.press('ArrowRight');
  }
}

/** Fills the themes from `from` on by keyboard, each followed by "Volgend thema" or, at the end, "Bekijk je profiel". */
async function fillThemesByKeyboard(page: Page, values: readonly (readonly number[])[], from = 0): Promise<void> {
  for (const [index, theme] of themes.entries()) {
    if (index < from) continue;
    await expect(page.getByRole('heading', { level: 1, name: `Zelfanalyse ${theme.title}` })).toBeFocused();
    await answerThemeByKeyboard(page, values[index] ?? []);
    await expect(page.getByText(`${theme.count} van ${theme.count} stellingen beantwoord`)).toBeVisible();
    const next = themes[index + 1];
    await activate(page, next ? `Volgend thema: ${next.title}` : 'Bekijk je profiel');
  }
}

const firstValues = [
  [3, 3, 4, 2, 3],
  [2, 3, 3, 2, 1],
  [1, 2, 2, 1, 3, 2],
  [3, 2, 2, 3, 3],
  [2, 2, 3, 1, 2, 2],
];
// Second run: Doen up by 0,4 (doen-4: 2 → 4), Geld down by 0,2 (geld-1: 3 → 2), the rest the same.
const secondValues = [[3, 3, 4, 4, 3], firstValues[1], firstValues[2], [2, 2, 2, 3, 3], firstValues[4]] as number[][];

test('a user fills in all 27 statements by keyboard, sees the profile and writes a reflection', async ({
  page,
  host,
  foreignRequests,
}) => {
  await page.goto(`${host.url}#/zelfanalyses`);
  await expect(page.getByRole('heading', { level: 1, name: 'Zelfanalyses' })).toBeVisible();
  await expect(page.getByRole('radio', { name: /Alle vijf thema’s \(27 stellingen\)/ })).toBeChecked();
  await expectNoAxeViolations(page);
  await saveScreenshot(page, 'self-analysis-overview-empty');

  await page.locator('body').focus();
  await activate(page, 'Beginnen');
  await expect(page.getByRole('heading', { level: 1, name: 'Zelfanalyse Doen' })).toBeVisible();
  await page.getByRole('heading', { level: 1 }).focus();
  await answerThemeByKeyboard(page, firstValues[0] ?? []);
  // The scale is a real radio group: the statement is the group's name, the labels are the options.
  const first = page.getByRole('group', { name: /^1\. / });
  await expect(first.getByRole('radio', { name: 'Eens', exact: true })).toBeChecked();
  await expect(page.getByRole('status')).toHaveText('Opgeslagen');
  await expectNoAxeViolations(page);
  await saveScreenshot(page, 'self-analysis-fill');
  await activate(page, 'Volgend thema: Doel');
  await fillThemesByKeyboard(page, firstValues, 1);

  await expect(page.getByRole('heading', { level: 1, name: 'Je profiel' })).toBeFocused();
  const chart = page.getByRole('img', { name: /Je profiel: Doen 3,0, Doel 2,2, Gemeenteraad 1,8, Geld 2,6/ });
  await expect(chart).toBeVisible();
  const table = page.getByRole('table', { name: 'Je profiel in cijfers' });
  await expect(table.getByRole('row', { name: /Organisatieverandering 2,0/ })).toBeVisible();
  await expect(page.getByText('Nog niet compleet')).toHaveCount(0);
  await expectNoAxeViolations(page);
  await saveScreenshot(page, 'self-analysis-profile');

  await activate(page, 'Reflecteer op Doen');
  await expect(page.getByRole('heading', { level: 1, name: 'Reflectie: Doen' })).toBeFocused();
  await tabToTextarea(page);
  await page.keyboard.type('Ik ga elke maand naar een bewonersavond.');
  await expect(page.getByRole('status')).toHaveText('Opgeslagen');
  await expectNoAxeViolations(page);
  await saveScreenshot(page, 'self-analysis-reflect');

  // The reflection is stored in main, not only on screen.
  await page.reload();
  await expect(page.getByRole('textbox').first()).toHaveValue('Ik ga elke maand naar een bewonersavond.');
  expect(foreignRequests).toEqual([]);
});

test('a second run by keyboard shows what changed since last time', async ({ page, host, foreignRequests }) => {
  await page.goto(`${host.url}#/zelfanalyses`);
  await expect(page.getByRole('heading', { level: 1, name: 'Zelfanalyses' })).toBeVisible();
  await seedSelfAnalysisRun(page, firstValues, 'Voorjaar');
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Je laatste profiel' })).toBeVisible();

  await page.locator('body').focus();
  await activate(page, 'Beginnen');
  await expect(page.getByRole('heading', { level: 1, name: 'Zelfanalyse Doen' })).toBeVisible();
  await page.getByRole('heading', { level: 1 }).focus();
  await fillThemesByKeyboard(page, secondValues);

  await expect(page.getByRole('heading', { level: 1, name: 'Je profiel' })).toBeFocused();
  const doen = page.getByRole('region', { name: 'Doen', exact: true });
  await expect(doen.getByText(/Sinds vorige keer \(.*\): gemiddeld 0,4 hoger \(3,0 → 3,4\)/)).toBeVisible();
  await expect(doen.getByText('hoger dan vorige keer (Oneens)')).toBeVisible();
  const geld = page.getByRole('region', { name: 'Geld', exact: true });
  await expect(geld.getByText(/gemiddeld 0,2 lager \(2,6 → 2,4\)/)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Doel', exact: true }).getByText(/gemiddeld gelijk/)).toBeVisible();
  await saveScreenshot(page, 'self-analysis-profile-second');

  await page.goto(`${host.url}#/zelfanalyses/geschiedenis`);
  await expect(page.getByRole('img', { name: /Doen: 2 metingen, van 3,0 .* naar 3,4/ })).toBeVisible();
  await page.getByRole('button', { name: 'Vergelijken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Twee zelfanalyses vergelijken' })).toBeVisible();
  const moved = page.locator('tr.row-up, tr.row-down');
  await expect(moved).toHaveCount(2);
  await expect(moved.first()).toContainText('2 hoger');
  await expectNoAxeViolations(page);
  await saveScreenshot(page, 'self-analysis-compare');
  expect(foreignRequests).toEqual([]);
});

test('every answer survives a killed host, and an unfinished run says so instead of scoring 0', async ({
  page,
  dataDir,
  foreignRequests,
}) => {
  const first = await startHostProcess(dataDir);
  await page.goto(`${first.url}#/zelfanalyses`);
  await page.getByRole('button', { name: 'Beginnen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Zelfanalyse Doen' })).toBeVisible();
  const runUrl = page.url();
  await page.getByRole('group', { name: /^1\. / }).getByText('Zeer eens').click();
  await expect(page.getByRole('status')).toHaveText('Opgeslagen');
  await page.getByRole('group', { name: /^2\. / }).getByText('Oneens', { exact: true }).click();
  await expect(page.getByRole('status')).toHaveText('Opgeslagen');
  // No chance to flush or close anything: as if the laptop lost power.
  await first.stop('SIGKILL');

  const second = await startHostProcess(dataDir);
  await page.goto(runUrl.replace(/^http:\/\/127\.0\.0\.1:\d+\/[^/]+\//, second.url));
  await expect(page.getByRole('group', { name: /^1\. / }).getByRole('radio', { name: 'Zeer eens' })).toBeChecked();
  await expect(
    page.getByRole('group', { name: /^2\. / }).getByRole('radio', { name: 'Oneens', exact: true }),
  ).toBeChecked();
  await expect(page.getByText('2 van 5 stellingen beantwoord')).toBeVisible();

  await page.getByRole('link', { name: 'Profiel' }).click();
  await expect(page.getByText('Je hebt 2 van 27 stellingen beantwoord.')).toBeVisible();
  const table = page.getByRole('table', { name: 'Je profiel in cijfers' });
  await expect(table.getByRole('row', { name: 'Doen Nog niet compleet' })).toBeVisible();
  await expect(page.getByText(/Nog niet compleet: 2 van 5 stellingen beantwoord/)).toBeVisible();
  await expect(table).not.toContainText('0,0');
  await saveScreenshot(page, 'self-analysis-incomplete');

  await page.getByRole('link', { name: 'Zelfanalyses', exact: true }).first().click();
  await expect(page.getByRole('link', { name: /^Verder met Zelfanalyse van/ })).toBeVisible();
  await second.stop();
  expect(foreignRequests).toEqual([]);
});

test('from result to action: mark a low statement with a tip, rename and delete by keyboard', async ({
  page,
  host,
  foreignRequests,
}) => {
  await page.goto(`${host.url}#/zelfanalyses`);
  await expect(page.getByRole('heading', { level: 1, name: 'Zelfanalyses' })).toBeVisible();
  const runId = await seedSelfAnalysisRun(page, firstValues);
  await page.goto(`${host.url}#/zelfanalyses/run/${runId}/aan-de-slag`);
  await expect(page.getByRole('heading', { level: 1, name: 'Van resultaat naar actie' })).toBeVisible();
  // The lowest answers of the first run (Zeer oneens and Oneens), themes in the guide's order: first doen-4 (2).
  const boxes = page.getByRole('checkbox', { name: 'Hier wil ik mee aan de slag' });
  await expect(boxes).toHaveCount(16);
  await boxes.first().check();
  const start = page.getByLabel('Beginnen met (niet verplicht)');
  await expect(start).toBeVisible();
  const tipValue = await start.locator('optgroup[label="Tips"] option').first().getAttribute('value');
  await start.selectOption(tipValue ?? '');
  const candidates = await page.evaluate(() => window.api.call('selfAnalysis.actionCandidates', undefined));
  expect(candidates).toMatchObject({
    ok: true,
    value: [{ runId, answer: 2, suggestion: { kind: 'tip', id: tipValue?.replace('tip:', '') } }],
  });
  await page
    .getByText(/^Tips bij .* uit de gids$/)
    .first()
    .click();
  await expectNoAxeViolations(page);
  await saveScreenshot(page, 'self-analysis-act');

  await page.goto(`${host.url}#/zelfanalyses/run/${runId}`);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Maak een pdf van deze zelfanalyse' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^Zelfanalyse van .+ \d{4} \d{2}\.\d{2}\.pdf$/);
  const pdf = await download.path();
  expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
  await expect(page.getByRole('status').filter({ hasText: 'wordt gedownload' })).toBeVisible();

  await page.getByLabel('Naam van deze zelfanalyse').fill('Voor mijn jaargesprek');
  await page.getByRole('button', { name: 'Naam bewaren' }).click();
  await expect(page.getByText('Naam bewaard')).toBeVisible();
  await expect(page.getByText(/› Voor mijn jaargesprek/)).toBeVisible();

  await page.getByRole('button', { name: 'Deze zelfanalyse verwijderen' }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Zelfanalyse verwijderen?' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Nee, bewaren' })).toBeFocused();
  await expectNoAxeViolations(page);
  await saveScreenshot(page, 'self-analysis-delete-dialog');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await page.getByRole('button', { name: 'Deze zelfanalyse verwijderen' }).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Ja, verwijderen' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Zelfanalyses' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Een nieuwe zelfanalyse' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  await expect(page.getByText('Voor mijn jaargesprek')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Eerder ingevuld' })).toHaveCount(0);
  expect(foreignRequests).toEqual([]);
});

test('history with three runs: trend charts with their table, and axe finds nothing', async ({
  page,
  host,
  foreignRequests,
}) => {
  await page.goto(`${host.url}#/zelfanalyses`);
  await expect(page.getByRole('heading', { level: 1, name: 'Zelfanalyses' })).toBeVisible();
  await seedSelfAnalysisRun(page, firstValues, 'Voorjaar');
  await seedSelfAnalysisRun(page, secondValues, 'Zomer');
  await seedSelfAnalysisRun(page, firstValues, 'Najaar');
  await page.goto(`${host.url}#/zelfanalyses/geschiedenis`);
  await expect(page.getByRole('heading', { level: 1, name: 'Je ontwikkeling' })).toBeVisible();
  await expect(page.getByRole('img', { name: /^Doen: 3 metingen/ })).toBeVisible();
  await page.getByText('De cijfers van de grafieken als tabel').click();
  await expect(page.getByRole('table', { name: /Gemiddelde per thema, per zelfanalyse/ }).getByRole('row')).toHaveCount(
    4,
  );
  await expect(page.getByRole('table', { name: /3 zelfanalyses/ })).toContainText('Zomer');
  await expectNoAxeViolations(page);
  await saveScreenshot(page, 'self-analysis-history');
  await page.goto(`${host.url}#/zelfanalyses`);
  await expect(page.getByRole('heading', { name: 'Je laatste profiel' })).toBeVisible();
  await expectNoAxeViolations(page);
  await saveScreenshot(page, 'self-analysis-overview');
  expect(foreignRequests).toEqual([]);
});
