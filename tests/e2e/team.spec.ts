import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Page, TestInfo } from '@playwright/test';
import { expect, expectNoAxeViolations, saveScreenshot, test } from './fixtures';
import { startHostProcess } from './host-process';
import { seedSelfAnalysisRun } from './seed-self-analysis';

// Chromium fetches the favicon lazily (after a download); closing the page before the host
// fixture stops keeps that late request from failing as a console error.
test.afterEach(async ({ page }) => {
  await page.close();
});

const statementCounts = [5, 5, 6, 5, 6];
const roundCode = 'WIJKZAKEN-2027-VJ';

/** Picks files (or a folder) the way a user does: the Dutch button opens the browser's chooser. */
async function chooseFiles(page: Page, button: string, files: string | string[]) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: button }).click();
  await (await chooser).setFiles(files);
}

/** Member `index`'s answers: different per member, so the team has spread. */
const answersOf = (index: number) =>
  statementCounts.map((count, theme) => Array.from({ length: count }, (_, s) => ((s + theme + index) % 4) + 1));

/**
 * One member in their own workbook (own host, own data folder): a complete self-analysis,
 * "Deel anoniem met je team" from its profile, the round code, the preview, the saved file.
 */
async function shareAsMember(page: Page, index: number, testInfo: TestInfo, look = false): Promise<string> {
  const dataDir = mkdtempSync(join(tmpdir(), 'werkboek-e2e-lid-'));
  const member = await startHostProcess(dataDir);
  try {
    await page.goto(`${member.url}#/zelfanalyses`);
    const runId = await seedSelfAnalysisRun(page, answersOf(index));
    await page.goto(`${member.url}#/zelfanalyses/run/${runId}`);
    await page.getByRole('link', { name: 'Deel anoniem met je team' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Deel anoniem met je team' })).toBeVisible();
    await page.getByLabel('Rondecode').fill(roundCode.toLowerCase());
    await page.getByRole('button', { name: 'Bekijk wat je deelt' }).click();
    await expect(page.getByRole('heading', { name: 'Dit staat in het bestand' })).toBeVisible();
    await expect(page.getByText('Niet in het bestand:')).toBeVisible();
    if (look) {
      await page.getByText('Zo ziet het bestand er precies uit').click();
      await expectNoAxeViolations(page);
      await saveScreenshot(page, 'teamspiegel-delen-voorbeeld');
    }
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Bestand opslaan' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(`Teamspiegel ${roundCode}.teamspiegel`);
    const path = testInfo.outputPath(`lid-${index}.teamspiegel`);
    await download.saveAs(path);
    await expect(page.getByText('wordt gedownload')).toBeVisible();
    return path;
  } finally {
    await member.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

test('five members share from their own workbooks; the coordinator sees "nog 2 nodig", then the mirror, and prints it', async ({
  page,
  host,
  browser,
  foreignRequests,
}, testInfo) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  const files: string[] = [];
  for (const index of [0, 1, 2]) files.push(await shareAsMember(page, index, testInfo, index === 0));
  const file = JSON.parse(readFileSync(files[0] ?? '', 'utf8')) as Record<string, unknown>;
  expect(Object.keys(file)).toEqual(['format', 'version', 'roundCode', 'respondentId', 'month', 'answers']);

  // The coordinator makes the round in their own workbook and adds the three files at once.
  await page.goto(`${host.url}#/teamspiegel`);
  await page.getByLabel('Naam van de ronde').fill('Wijkzaken voorjaar 2027');
  await page.getByLabel('Rondecode').fill(roundCode);
  await expect(page.getByLabel('Minimale groepsgrootte')).toHaveValue('5');
  await expectNoAxeViolations(page);
  await saveScreenshot(page, 'teamspiegel-start');
  await page.getByRole('button', { name: 'Ronde maken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Teamspiegel: Wijkzaken voorjaar 2027' })).toBeVisible();

  await chooseFiles(page, 'Bestanden kiezen…', files);
  await expect(page.getByText('3 van 3 bestanden toegevoegd.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Nog 2 deelnemers nodig' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Per thema' })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await saveScreenshot(page, 'teamspiegel-nog-2-nodig');

  // A file that is not a share file is refused with a message; nothing else changes.
  const junk = testInfo.outputPath('boodschappen.teamspiegel');
  writeFileSync(junk, '{"melk": 2}');
  await chooseFiles(page, 'Bestanden kiezen…', [junk, files[0] ?? '']);
  await expect(
    page.getByText(/boodschappen\.teamspiegel: niet toegevoegd\. Dit is geen teamspiegelbestand/),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Nog 2 deelnemers nodig' })).toBeVisible();

  for (const index of [3, 4]) files.push(await shareAsMember(page, index, testInfo));
  await page.goto(`${host.url}#/teamspiegel`);
  await page.getByRole('link', { name: 'Wijkzaken voorjaar 2027' }).click();
  // The last two come from a shared folder, with a file in it that is not for us.
  const folder = testInfo.outputPath('gedeelde-map');
  mkdirSync(folder);
  for (const path of files.slice(3)) copyFileSync(path, join(folder, basename(path)));
  writeFileSync(join(folder, 'notulen.txt'), 'Notulen van het teamoverleg');
  await chooseFiles(page, 'Map kiezen…', folder);
  await expect(page.getByText('2 van 2 bestanden toegevoegd.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Per thema' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Gespreksstarters' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Per thema in cijfers (schaal 1 tot 4)' }).getByRole('row')).toHaveCount(
    6,
  );
  await expectNoAxeViolations(page);
  await saveScreenshot(page, 'teamspiegel-spiegel');

  // The coordinator's own profile beside the team's: from their own workbook, on screen only.
  await seedSelfAnalysisRun(page, answersOf(9));
  await page.getByLabel(/Leg mijn eigen profiel ernaast/).check();
  await expect(page.getByRole('columnheader', { name: 'Jij' })).toBeVisible();
  await expectNoAxeViolations(page);
  await saveScreenshot(page, 'teamspiegel-eigen-profiel');

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Maak een pdf van de teamspiegel' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('Teamspiegel - Wijkzaken voorjaar 2027.pdf');
  const pdf = testInfo.outputPath('teamspiegel.pdf');
  await download.saveAs(pdf);
  const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(text).toContain('Teamspiegel: Wijkzaken voorjaar 2027');
  expect(text).toContain('Gespreksstarters');
  for (const path of files) {
    const { respondentId } = JSON.parse(readFileSync(path, 'utf8')) as { respondentId: string };
    expect(text).not.toContain(respondentId);
  }

  // The same screen at 150 %: 1366 × 768 pixels shown at 1.5 times the size.
  const zoomed = await browser.newContext({
    viewport: { width: 911, height: 512 },
    deviceScaleFactor: 1.5,
    locale: 'nl-NL',
  });
  const zoomedPage = await zoomed.newPage();
  await zoomedPage.goto(page.url());
  await expect(zoomedPage.getByRole('heading', { name: 'Gespreksstarters' })).toBeVisible();
  await saveScreenshot(zoomedPage, 'teamspiegel-spiegel-150');
  await zoomed.close();
  expect(foreignRequests).toEqual([]);
});

/** A share file as a member's workbook writes it, for tests that need many members quickly. */
function writeShareFile(path: string, code: string, value: number): string {
  const themeIds = ['doen', 'doel', 'gemeenteraad', 'geld', 'organisatieverandering'];
  const answers = Object.fromEntries(
    themeIds.flatMap((themeId, theme) =>
      Array.from({ length: statementCounts[theme] ?? 0 }, (_, s) => [`${themeId}-${s + 1}`, value]),
    ),
  );
  const file = {
    format: 'werkboek-teamspiegel',
    version: 1,
    roundCode: code,
    respondentId: randomUUID(),
    month: '2027-03',
    answers,
  };
  writeFileSync(path, JSON.stringify(file, null, 2));
  return path;
}

test('two rounds of the same team: the change of the median per theme', async ({ page, host }, testInfo) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  for (const [name, code, values] of [
    ['Voorjaar', 'TEAM-VJ', [1, 2, 2]],
    ['Najaar', 'TEAM-NJ', [3, 3, 4]],
  ] as const) {
    await page.goto(`${host.url}#/teamspiegel`);
    await page.getByLabel('Naam van de ronde').fill(name);
    await page.getByLabel('Rondecode').fill(code);
    await page.getByLabel('Minimale groepsgrootte').fill('3');
    await page.getByRole('button', { name: 'Ronde maken' }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Teamspiegel: ${name}` })).toBeVisible();
    const files = values.map((value, index) =>
      writeShareFile(testInfo.outputPath(`${code}-${index}.teamspiegel`), code, value),
    );
    await chooseFiles(page, 'Bestanden kiezen…', files);
    await expect(page.getByRole('heading', { name: 'Gespreksstarters' })).toBeVisible();
  }
  await page.getByLabel('Andere ronde', { exact: true }).selectOption({ label: 'Voorjaar (TEAM-VJ)' });
  const table = page.getByRole('table', { name: 'Mediaan per thema: Voorjaar → Najaar' });
  await expect(table.getByRole('row', { name: /Doen/ })).toContainText('1,0 hoger');
  await expectNoAxeViolations(page);
  await saveScreenshot(page, 'teamspiegel-vergelijken');
});
