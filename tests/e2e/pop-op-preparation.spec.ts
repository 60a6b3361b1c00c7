import { execFileSync } from 'node:child_process';
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { expect, expectNoAxeViolations, saveScreenshot, test } from './fixtures';
import { seedSelfAnalysisRun } from './seed-self-analysis';
import { callApi } from './window-api';

test.afterEach(async ({ page }) => {
  await page.close();
});

const before = [
  [2, 2, 2, 2, 2],
  [2, 2, 2, 2, 2],
  [2, 2, 2, 2, 2, 2],
  [2, 2, 2, 2, 2],
  [2, 2, 2, 2, 2, 2],
];
const after = [
  [3, 3, 3, 3, 3],
  [2, 2, 2, 2, 2],
  [1, 1, 1, 1, 1, 1],
  [2, 2, 2, 2, 2],
  [2, 2, 2, 2, 2, 2],
];

/** A filled plan with two actions and a self-analysis, marked besproken in the editor, then changed. */
async function discussedAndChangedPlan(page: Page, url: string): Promise<number> {
  await page.goto(`${url}#/pop-op`);
  await expect(page.getByRole('heading', { level: 1, name: 'POP-OP' })).toBeVisible();
  await callApi(page, 'settings.set', {
    profile: {
      name: 'Ayşe Kovačević',
      jobTitle: 'Beleidsadviseur',
      organisation: '',
      department: '',
      manager: 'Murat Şahin',
    },
  });
  await seedSelfAnalysisRun(page, before);
  const plan = await callApi<{ id: number }>(page, 'popOp.create', {});
  await callApi(page, 'popOp.update', {
    planId: plan.id,
    changes: { title: 'POP-OP 2027', nu: 'Ik werk vooral vanaf mijn bureau.', meetingDate: '2027-03-15' },
  });
  const late = await callApi<{ id: number }>(page, 'popOp.actions.add', {
    planId: plan.id,
    fields: { what: 'Wijkschouw met bewoners', status: 'bezig', dueDate: '2021-02-01' },
  });
  await callApi(page, 'popOp.actions.add', {
    planId: plan.id,
    fields: { what: 'Cursus gespreksvoering', status: 'gedaan' },
  });
  await page.goto(`${url}#/pop-op/${plan.id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'POP-OP 2027' })).toBeVisible();
  await page.getByRole('button', { name: 'Markeer als besproken' }).click();
  await expect(page.getByText('Status: Besproken')).toBeVisible();

  const first = page.getByRole('textbox', { name: /^Jouw antwoord op/ }).first();
  await first.fill('Ik werk vooral buiten, in de wijk.');
  await first.blur();
  await expect(page.getByRole('status').filter({ hasText: /^Alles is bewaard\./ })).toBeVisible();
  await callApi(page, 'popOp.actions.update', { actionId: late.id, changes: { withWhom: 'Wijkteam Noord' } });
  await seedSelfAnalysisRun(page, after);
  return plan.id;
}

test('prepare the talk: see what changed, write two bespreekpunten and take the PDF and the Word file along', async ({
  page,
  host,
  foreignRequests,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const planId = await discussedAndChangedPlan(page, host.url);
  await page.reload();
  await page.getByRole('link', { name: 'Bereid het gesprek voor' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Gesprek voorbereiden: POP-OP 2027' })).toBeVisible();
  expect(page.url()).toContain(`#/gesprek/${planId}`);

  await expect(page.getByText(/Vorig gesprek: Besproken op .* \(versie 1\)/)).toBeVisible();
  const actions = page.getByRole('table', { name: 'Je acties en hoe ze ervoor staan' });
  await expect(
    actions.getByRole('row', { name: /Wijkschouw met bewoners.*1 februari 2021.*Te laat \(bezig\)/ }),
  ).toBeVisible();
  await expect(actions.getByRole('row', { name: /Cursus gespreksvoering.*Gedaan/ })).toBeVisible();
  const changes = page.getByRole('table', { name: 'Gewijzigde onderdelen van je plan' });
  await expect(
    changes.getByRole('row', { name: /Waar sta ik nu\?.*“vanaf mijn bureau\.”.*“buiten, in de wijk\.”/ }),
  ).toBeVisible();
  await expect(page.getByText('Gewijzigd: Wijkschouw met bewoners (met wie: leeg → Wijkteam Noord)')).toBeVisible();
  const themes = page.getByRole('table', { name: 'Je zelfanalyse per thema sinds het vorige gesprek' });
  await expect(themes.getByRole('row', { name: /^Doen 2,0 .* 3,0 .* 1,0 hoger$/ })).toBeVisible();
  await expect(themes.getByRole('row', { name: /^Gemeenteraad 2,0 .* 1,0 .* 1,0 lager$/ })).toBeVisible();

  await page.getByRole('textbox', { name: 'Bespreekpunt 1' }).click();
  await page.keyboard.type('Kan ik een dag per week in de wijk werken?');
  await page.getByRole('textbox', { name: 'Bespreekpunt 3' }).click();
  await page.keyboard.type('Budget voor de cursus “Werken met de raad”.');
  await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen' })).toBeVisible();
  await expectNoAxeViolations(page);
  await saveScreenshot(page, 'pop-op-preparation');

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'PDF van de voorbereiding maken' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('Gespreksvoorbereiding POP-OP 2027 - Ayşe Kovačević.pdf');
  const path = await download.path();
  // Kept beside the screenshots, for a person to look at (pdftoppm -png -r 60).
  copyFileSync(path, join(import.meta.dirname, '../../test-results/screens/pop-op-preparation.pdf'));
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  expect(info).toMatch(/Pages:\s+[12]\b/);
  expect(info).toMatch(/Tagged:\s+yes/);
  const text = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  for (const expected of [
    'Gespreksvoorbereiding: POP-OP 2027',
    'Gesprek op 15 maart 2027',
    'Punt 1 Kan ik een dag per week in de wijk werken?',
    'Punt 3 Budget voor de cursus “Werken met de raad”.',
    '1 februari 2021 Te laat (bezig)',
    'Wat is er veranderd sinds versie 1',
    '“vanaf mijn bureau.” “buiten, in de wijk.”',
    'Sinds vorige keer',
    '1,0 hoger',
  ]) {
    expect(text).toContain(expected);
  }
  expect(text).not.toContain('Punt 2');

  // The Word copy beside it: the same preparation, bespreekpunten included.
  const downloadingWord = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Word-bestand (.docx)' }).click();
  const word = await downloadingWord;
  expect(word.suggestedFilename()).toBe('Gespreksvoorbereiding POP-OP 2027 - Ayşe Kovačević.docx');
  const wordPath = await word.path();
  copyFileSync(wordPath, join(import.meta.dirname, '../../test-results/screens/pop-op-preparation.docx'));
  const documentXml = strFromU8(unzipSync(readFileSync(wordPath))['word/document.xml'] ?? new Uint8Array());
  expect(documentXml).toContain('Kan ik een dag per week in de wijk werken?');
  expect(documentXml).toContain('Wat is er veranderd sinds versie 1');
  await expect(page.getByText('wordt gedownload')).toBeVisible();
  await saveScreenshot(page, 'pop-op-preparation-export');

  // The points are stored: a fresh load shows them in their fields.
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Bespreekpunt 1' })).toHaveValue(
    'Kan ik een dag per week in de wijk werken?',
  );
  await expect(page.getByRole('textbox', { name: 'Bespreekpunt 2' })).toHaveValue('');
  expect(foreignRequests).toEqual([]);
});

test('a point over 500 characters is refused at the field, in Dutch, and nothing is stored', async ({ page, host }) => {
  await page.goto(`${host.url}#/pop-op`);
  const plan = await callApi<{ id: number }>(page, 'popOp.create', {});
  await page.goto(`${host.url}#/gesprek/${plan.id}`);
  const field = page.getByRole('textbox', { name: 'Bespreekpunt 2' });
  await field.fill('x'.repeat(501));
  await expect(page.getByText('Een bespreekpunt is maximaal 500 tekens. Maak het korter')).toBeVisible();
  await expect(page.getByText('Niet alles is bewaard.')).toBeVisible();
  await expect(field).toHaveAccessibleDescription(/Een bespreekpunt is maximaal 500 tekens/);
  const stored = await callApi<{ talkingPoints: string[] }>(page, 'popOp.preparation.get', { planId: plan.id });
  expect(stored.talkingPoints).toEqual(['', '', '']);
  await expectNoAxeViolations(page);
});

test.describe('at 150 % zoom on a 1366×768 screen', () => {
  // 1366×768 at 150 % zoom leaves 911×512 CSS pixels.
  test.use({ viewport: { width: 911, height: 512 }, deviceScaleFactor: 1.5 });

  test('the preparation reads without sideways scrolling', async ({ page, host }) => {
    const planId = await discussedAndChangedPlan(page, host.url);
    await page.goto(`${host.url}#/gesprek/${planId}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Gesprek voorbereiden: POP-OP 2027' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Je zelfanalyse per thema sinds het vorige gesprek' })).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page);
    await saveScreenshot(page, 'pop-op-preparation-150');
  });
});

test('choosing the plan from the menu item Gesprek voorbereiden', async ({ page, host }) => {
  await page.goto(`${host.url}#/pop-op`);
  await callApi(page, 'popOp.create', {});
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Gesprek voorbereiden' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Gesprek voorbereiden' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: /^POP-OP \d{4}$/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Gesprek voorbereiden: POP-OP \d{4}$/ })).toBeVisible();
  await expect(page.getByText('Vorig gesprek: Nog niet besproken')).toBeVisible();
  await expect(page.getByRole('heading', { name: /nog niet besproken, dus alles is nieuw/ })).toBeVisible();
});

test('a recorded meeting is named as the last one: the date held, with whom and the outcome', async ({
  page,
  host,
}) => {
  await page.goto(`${host.url}#/pop-op`);
  const plan = await callApi<{ id: number }>(page, 'popOp.create', {});
  await callApi(page, 'popOp.update', { planId: plan.id, changes: { nu: 'Ik ken de wijk.' } });
  await callApi(page, 'popOp.meetings.record', {
    planId: plan.id,
    heldOn: '2026-03-15',
    withWhom: 'Şükrü Öztürk',
    outcome: 'voor-akkoord',
    agreements: [],
    nextMeeting: '',
  });
  await page.goto(`${host.url}#/gesprek/${plan.id}`);
  await expect(
    page.getByText('Vorig gesprek: Besproken op 15 maart 2026 met Şükrü Öztürk, voor akkoord (versie 1)'),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Wat is er veranderd sinds versie 1 (15 maart 2026)' })).toBeVisible();
  await expectNoAxeViolations(page);
});
