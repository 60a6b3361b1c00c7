import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, saveScreenshot, test } from './fixtures';
import { seedSelfAnalysisRun } from './seed-self-analysis';
import './window-api';

// Chromium fetches the favicon lazily (after a download); closing the page first keeps that
// late request from failing as a console error when the host stops.
test.afterEach(async ({ page }) => {
  await page.close();
});

/** Answers per theme; the averages follow: Doen 3,0 · Doel 2,2 · Gemeenteraad 1,8 · Geld 2,6 · Organisatieverandering 2,0. */
const values = [
  [3, 3, 4, 2, 3],
  [2, 3, 3, 2, 1],
  [1, 2, 2, 1, 3, 2],
  [3, 2, 2, 3, 3],
  [2, 2, 3, 1, 2, 2],
];
const averages = [
  ['Doen', '3,0'],
  ['Doel', '2,2'],
  ['Gemeenteraad', '1,8'],
  ['Geld', '2,6'],
  ['Organisatieverandering', '2,0'],
] as const;

async function newPlan(page: Page, url: string): Promise<void> {
  await page.goto(`${url}#/pop-op`);
  await page.getByRole('button', { name: 'Nieuw POP-OP' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^POP-OP \d{4}$/ })).toBeVisible();
}

test('a marked statement becomes a linked action from the side panel, and the PDF gets the profile as appendix', async ({
  page,
  host,
  foreignRequests,
}) => {
  await page.goto(`${host.url}#/zelfanalyses`);
  await expect(page.getByRole('heading', { level: 1, name: 'Zelfanalyses' })).toBeVisible();
  const runId = await seedSelfAnalysisRun(page, values);
  // Mark the lowest statement (doen-4, "Oneens") as the user would.
  await page.goto(`${host.url}#/zelfanalyses/run/${runId}/aan-de-slag`);
  const box = page.getByRole('checkbox', { name: 'Hier wil ik mee aan de slag' }).first();
  await box.check();
  await expect(box).toBeChecked();
  const candidates = await page.evaluate(() => window.api.call('selfAnalysis.actionCandidates', undefined));
  if (!candidates.ok) throw new Error(candidates.error.message);
  const [candidate] = candidates.value;
  expect(candidate?.statementId).toBe('doen-4');
  const statementText = candidate?.statementText ?? '';

  await newPlan(page, host.url);
  const panel = page.getByRole('complementary', { name: 'Uit je zelfanalyses' });
  await expect(panel).toBeVisible();
  const chart = panel.getByRole('img', { name: /^Je laatste profiel: Doen 3,0, Doel 2,2/ });
  await expect(chart).toBeVisible();
  // The axes carry the theme names (no numbers to look up), the table the same names.
  for (const [theme, average] of averages) {
    await expect(panel.getByRole('row', { name: `${theme} ${average}` })).toBeVisible();
  }
  const make = panel.getByRole('button', { name: /^Maak hier een actie van/ });
  await expect(make).toHaveCount(1);
  await expect(make).toHaveAccessibleName(`Maak hier een actie van (stelling “${statementText}”)`);
  await expectNoAxeViolations(page);
  // The whole page shrinks the panel to a sliver when viewed; this one shows it at full size.
  await panel.screenshot({
    path: join(import.meta.dirname, '../../test-results/screens/pop-op-profile-panel-detail.png'),
  });

  await make.click();
  // The new action takes the focus, starting with the statement's text and linked to it.
  const what = page.getByRole('textbox', { name: 'Wat ga je doen?' });
  await expect(what).toHaveCount(1);
  await expect(what).toBeFocused();
  await expect(what).toHaveValue(statementText);
  await page.keyboard.press('End');
  await expect(page.getByText('Van resultaat naar actie: stelling doen-4')).toBeVisible();
  await expect(page.getByLabel('Hoort bij stelling uit de zelfanalyse')).toHaveValue('doen-4');
  // The statement has its action now: the panel no longer offers it.
  await expect(make).toHaveCount(0);
  await expect(
    panel.getByText('Van elke stelling die je hebt aangevinkt, staat al een actie in dit plan.'),
  ).toBeVisible();
  await page.keyboard.type(' Ik loop elke maand mee met de wijkagent.');
  await expect(what).toHaveValue(`${statementText} Ik loop elke maand mee met de wijkagent.`);
  await what.blur();
  await expect(page.getByRole('status').filter({ hasText: /^Alles is bewaard\./ })).toBeVisible();
  await expectNoAxeViolations(page);
  await saveScreenshot(page, 'pop-op-profile-panel');

  const include = page.getByRole('checkbox', { name: 'Voeg mijn laatste zelfanalyse-profiel toe als bijlage' });
  await expect(include).toBeEnabled();
  await include.check();
  await page
    .getByRole('region', { name: 'Afdrukken voor je gesprek' })
    .screenshot({ path: join(import.meta.dirname, '../../test-results/screens/pop-op-profile-export.png') });
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'PDF maken' }).click();
  const path = await (await downloading).path();
  const pages = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' })
    .split('\f')
    .map((text) => text.replace(/\s+/g, ' '))
    .filter((text) => text.trim() !== '');
  const appendix = pages.at(-1) ?? '';
  expect(appendix).toContain('Bijlage: mijn laatste zelfanalyse-profiel');
  for (const [theme, average] of averages) {
    expect(appendix).toContain(theme);
    expect(appendix).toContain(`Gemiddeld ${average} op de schaal van 1 tot 4`);
  }
  const plan = pages.slice(0, -1).join(' ');
  expect(plan).toContain('Uit zelfanalyse (Doen, stelling 4)');
  expect(plan).not.toContain('doen-4');
  expect(plan).toContain('Ik loop elke maand mee met de wijkagent.');
  await expect(page.getByText('wordt gedownload')).toBeVisible();

  // The panel folds away by keyboard and opens again.
  const toggle = panel.getByRole('button', { name: 'Uit je zelfanalyses' });
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(chart).toBeHidden();
  await page.keyboard.press('Space');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(chart).toBeVisible();

  // On a narrow window the panel sits below the editor.
  await page.setViewportSize({ width: 900, height: 860 });
  const exportBox = await page.getByRole('heading', { name: 'Afdrukken voor je gesprek' }).boundingBox();
  const panelBox = await panel.boundingBox();
  expect(panelBox && exportBox && panelBox.y > exportBox.y).toBe(true);
  await saveScreenshot(page, 'pop-op-profile-panel-narrow');
  expect(foreignRequests).toEqual([]);
});

test('without a self-analysis the panel points to Zelfanalyses and the appendix cannot be chosen', async ({
  page,
  host,
}) => {
  await newPlan(page, host.url);
  const panel = page.getByRole('complementary', { name: 'Uit je zelfanalyses' });
  await expect(panel.getByText('Je hebt nog geen zelfanalyse ingevuld met alle vijf thema’s.')).toBeVisible();
  await expect(panel.getByRole('button', { name: /Maak hier een actie van/ })).toHaveCount(0);
  const include = page.getByRole('checkbox', { name: 'Voeg mijn laatste zelfanalyse-profiel toe als bijlage' });
  await expect(include).toBeDisabled();
  await expect(include).toHaveAccessibleDescription(/alle vijf thema’s/);
  await expectNoAxeViolations(page);
  await saveScreenshot(page, 'pop-op-profile-empty');
  await panel.getByRole('link', { name: 'Ga naar Zelfanalyses' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Zelfanalyses' })).toBeVisible();
});

test('a stored version is read-only: no panel and no button that adds actions', async ({ page, host }) => {
  await page.goto(`${host.url}#/pop-op`);
  const runId = await seedSelfAnalysisRun(page, values);
  const plan = await page.evaluate(async (runId) => {
    const { api } = window;
    const value = <T>(envelope: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
      if (!envelope.ok) throw new Error(envelope.error.message);
      return envelope.value;
    };
    await api.call('selfAnalysis.mark', { runId, statementId: 'doen-4', wanted: true, suggestion: null });
    const created = value(await api.call('popOp.create', {}));
    await api.call('popOp.actions.add', { planId: created.id, fields: { what: 'Wijkschouw' } });
    return value(await api.call('popOp.setStatus', { planId: created.id, status: 'besproken' }));
  }, runId);
  const make = page.getByRole('button', { name: /Maak hier een actie van/ });

  await page.goto(`${host.url}#/pop-op/${plan.id}`);
  await expect(make).toHaveCount(1);
  await page.goto(`${host.url}#/pop-op/${plan.id}/versies/${plan.versions[0]?.id}`);
  await expect(page.getByText(/alleen lezen/)).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Uit je zelfanalyses' })).toHaveCount(0);
  await expect(make).toHaveCount(0);
});
