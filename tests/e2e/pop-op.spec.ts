import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, saveScreenshot, test } from './fixtures';
import { startHostProcess } from './host-process';
import { callApi } from './window-api';

const profile = {
  name: 'Ayşe Kovačević',
  jobTitle: 'Beleidsadviseur',
  organisation: 'Gemeente IJsselstein',
  department: 'Samenleving',
  manager: 'Murat Şahin',
};

/** A plan with some content, made through the contract, opened in the editor. */
async function openFilledPlan(page: Page, url: string): Promise<number> {
  await page.goto(`${url}#/pop-op`);
  await expect(page.getByRole('heading', { level: 1, name: 'POP-OP' })).toBeVisible();
  await callApi(page, 'settings.set', { profile });
  const plan = await callApi<{ id: number }>(page, 'popOp.create', {});
  await callApi(page, 'popOp.update', {
    planId: plan.id,
    changes: { title: 'POP-OP 2027', nu: 'Ik werk vooral vanaf mijn bureau.', meetingDate: '2027-03-15' },
  });
  await callApi(page, 'popOp.actions.add', {
    planId: plan.id,
    fields: { what: 'Wijkschouw met bewoners', status: 'bezig' },
  });
  await callApi(page, 'popOp.factors.add', { planId: plan.id, kind: 'kans', text: 'Een nieuwe wethouder' });
  await page.goto(`${url}#/pop-op/${plan.id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'POP-OP 2027' })).toBeVisible();
  return plan.id;
}

/** The current values of all fields a locator finds, in page order. */
function valuesOf(locator: Locator): Promise<string[]> {
  return locator.evaluateAll((elements) => elements.map((element) => (element as HTMLInputElement).value));
}

const saved = (page: Page) => expect(page.getByRole('status').filter({ hasText: /^Alles is bewaard\./ })).toBeVisible();

test('a plan written by keyboard survives a restart of the app', async ({ page, dataDir, foreignRequests }) => {
  const first = await startHostProcess(dataDir);
  await page.goto(`${first.url}#/pop-op`);
  await callApi(page, 'settings.set', { profile });
  // (The empty list is scanned by axe in shell.spec.ts.)
  await expect(page.getByText('Je hebt nog geen POP-OP.')).toBeVisible();

  await page.getByRole('button', { name: 'Nieuw POP-OP' }).focus();
  await page.keyboard.press('Enter');
  const year = new Date().getFullYear();
  await expect(page.getByRole('heading', { level: 1, name: `POP-OP ${year}` })).toBeVisible();
  // Prefilled from Instellingen.
  await expect(page.getByLabel('Naam', { exact: true })).toHaveValue(profile.name);
  await expect(page.getByLabel('Leidinggevende')).toHaveValue(profile.manager);

  // Dates are typed day first (dd-mm-jjjj), whatever the browser's language.
  await page.getByLabel('Datum van het gesprek').fill('15-03-2027');
  const answers = page.getByRole('textbox', { name: /^Jouw antwoord op/ });
  await answers.nth(0).focus();
  await page.keyboard.type('Ik ken de wijkraad goed. Şahin helpt me.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Tweede regel 🎉');
  await answers.nth(1).focus();
  await page.keyboard.type('Meer faciliteren.');
  await answers.nth(2).focus();
  await page.keyboard.type('Een coach.');

  for (const [what, who] of [
    ['Meelopen met de wijkcoach', 'Wijkteam Zuid'],
    ['Training faciliteren', 'Academie'],
  ] as const) {
    await page.getByRole('button', { name: 'Actie toevoegen' }).focus();
    await page.keyboard.press('Enter');
    // Focus moves to the new action's first field.
    await expect(page.getByRole('textbox', { name: 'Wat ga je doen?' }).last()).toBeFocused();
    await page.keyboard.type(what);
    await page.keyboard.press('Tab');
    await page.keyboard.type(who);
  }
  await page.getByLabel('Status').first().selectOption('bezig');
  await page.getByRole('button', { name: 'Kans toevoegen' }).click();
  await page.getByLabel('Kans 1').fill('Een nieuwe wethouder');
  await page.getByRole('button', { name: 'Bedreiging toevoegen' }).click();
  await page.getByLabel('Bedreiging 1').fill('Weinig tijd');
  await page.getByLabel('Bedreiging 1').blur();
  await saved(page);
  await expectNoAxeViolations(page);
  await saveScreenshot(page, 'pop-op-editor');
  await first.stop();

  const second = await startHostProcess(dataDir);
  await page.goto(`${second.url}#/pop-op`);
  await page.getByRole('link', { name: `POP-OP ${year}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: `POP-OP ${year}` })).toBeVisible();
  await expect(answers.nth(0)).toHaveValue('Ik ken de wijkraad goed. Şahin helpt me.\nTweede regel 🎉');
  await expect(answers.nth(1)).toHaveValue('Meer faciliteren.');
  await expect(answers.nth(2)).toHaveValue('Een coach.');
  await expect(page.getByLabel('Datum van het gesprek')).toHaveValue('15-03-2027');
  await expect
    .poll(() => valuesOf(page.getByRole('textbox', { name: 'Wat ga je doen?' })))
    .toEqual(['Meelopen met de wijkcoach', 'Training faciliteren']);
  expect(await valuesOf(page.getByRole('textbox', { name: 'Met wie?' }))).toEqual(['Wijkteam Zuid', 'Academie']);
  await expect(page.getByLabel('Status').first()).toHaveValue('bezig');
  await expect(page.getByLabel('Kans 1')).toHaveValue('Een nieuwe wethouder');
  await expect(page.getByLabel('Bedreiging 1')).toHaveValue('Weinig tijd');
  await second.stop();
  expect(foreignRequests).toEqual([]);
});

test('Ctrl+Z and Ctrl+Y undo and redo typing, also next to filled-in actions, and the undone text is saved', async ({
  page,
  host,
}) => {
  // The plan has an action and a kans with text: re-rendering those must not break the undo history.
  const planId = await openFilledPlan(page, host.url);
  const field = page.getByRole('textbox', { name: /^Jouw antwoord op/ }).nth(1);
  await field.focus();
  await page.keyboard.type('Eerste zin.');
  await saved(page);
  // Leaving the field and coming back starts a new undo step, as in any text field.
  await field.blur();
  await field.focus();
  await page.keyboard.press('End');
  // Plain keys only: Playwright enters letters that are not on the keyboard (ş) like an input method, its own undo step.
  await page.keyboard.type(' Tweede zin met Sahin.');
  await expect(field).toHaveValue('Eerste zin. Tweede zin met Sahin.');
  await page.keyboard.press('Control+z');
  await expect(field).toHaveValue('Eerste zin.');
  await page.keyboard.press('Control+y');
  await expect(field).toHaveValue('Eerste zin. Tweede zin met Sahin.');
  await page.keyboard.press('Control+z');
  await expect(field).toHaveValue('Eerste zin.');
  await page.keyboard.press('Control+Shift+z');
  await expect(field).toHaveValue('Eerste zin. Tweede zin met Sahin.');
  await page.keyboard.press('Control+z');
  await field.blur();
  await saved(page);
  expect((await callApi<{ richting: string }>(page, 'popOp.get', { planId })).richting).toBe('Eerste zin.');

  // The same in an action's field and in a one-line field.
  const what = page.getByRole('textbox', { name: 'Wat ga je doen?' });
  await what.focus();
  await page.keyboard.press('End');
  await page.keyboard.type(' in Zuid');
  await expect(what).toHaveValue('Wijkschouw met bewoners in Zuid');
  await page.keyboard.press('Control+z');
  await expect(what).toHaveValue('Wijkschouw met bewoners');
  const title = page.getByLabel('Titel van dit plan');
  await title.focus();
  await page.keyboard.press('End');
  await page.keyboard.type(' (concept)');
  await page.keyboard.press('Control+z');
  await expect(title).toHaveValue('POP-OP 2027');
  await title.blur();
  await saved(page);
  const plan = await callApi<{ title: string; actions: { what: string }[] }>(page, 'popOp.get', { planId });
  expect(plan.title).toBe('POP-OP 2027');
  expect(plan.actions[0]?.what).toBe('Wijkschouw met bewoners');
});

test('marking a plan besproken stores a version that can be viewed and compared', async ({ page, host }) => {
  await openFilledPlan(page, host.url);
  await page.getByRole('button', { name: 'Markeer als besproken' }).click();
  await expect(page.getByText('Status: Besproken')).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Versie 1', exact: true })).toBeVisible();

  const first = page.getByRole('textbox', { name: /^Jouw antwoord op/ }).first();
  await first.fill('Ik werk vooral buiten, in de wijk.');
  await page.getByLabel('Status').first().selectOption('gedaan');
  await first.blur();
  await saved(page);
  await expect(page.getByText('je hebt het plan gewijzigd na versie 1')).toBeVisible();

  await page.getByRole('link', { name: 'Vergelijken met nu (versie 1)' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'POP-OP 2027: versie 1' })).toBeVisible();
  await expect(page.getByText('2 wijzigingen sinds versie 1.')).toBeVisible();
  await expect(page.locator('.comparison del').filter({ hasText: 'vanaf mijn bureau.' })).toBeVisible();
  await expect(page.locator('.comparison ins').filter({ hasText: 'buiten, in de wijk.' })).toBeVisible();
  await expect(page.getByText('(gewijzigd: status)')).toBeVisible();
  await expectNoAxeViolations(page);
  await saveScreenshot(page, 'pop-op-vergelijken');

  await page.getByRole('link', { name: 'Zo zag deze versie eruit' }).click();
  await expect(page.getByText('Ik werk vooral vanaf mijn bureau.')).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Bezig' })).toBeVisible();
  await expect(page.getByRole('textbox')).toHaveCount(0);
  await expectNoAxeViolations(page);
  await saveScreenshot(page, 'pop-op-versie');
});

test('the PDF downloads in the browser and is a valid tagged A4 PDF', async ({ page, host }) => {
  await openFilledPlan(page, host.url);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'PDF maken' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('POP-OP 2027 - Ayşe Kovačević.pdf');
  const path = await file.path();
  expect(readFileSync(path).subarray(0, 5).toString()).toBe('%PDF-');
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  expect(info).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/);
  expect(info).toMatch(/Tagged:\s+yes/);
  const text = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' });
  expect(text).toContain('Ayşe Kovačević');
  expect(text).toContain('Wijkschouw met bewoners');
  await expect(page.getByText('wordt gedownload')).toBeVisible();
});

test('bad input gets a clear Dutch message and nothing is cut off', async ({ page, host }) => {
  const planId = await openFilledPlan(page, host.url);
  const field = page.getByRole('textbox', { name: /^Jouw antwoord op/ }).nth(2);
  const tooLong = 'a'.repeat(20_005);
  await field.fill(tooLong);
  await expect(page.getByRole('alert').filter({ hasText: 'maximaal 20.000 tekens' })).toBeVisible();
  await expect(page.getByText('20.005 van 20.000 tekens')).toBeVisible();
  await expect(field).toHaveValue(tooLong);
  await expect(
    page.getByRole('status').filter({ hasText: 'Niet alles is bewaard: een tekst past niet.' }),
  ).toBeVisible();
  await saveScreenshot(page, 'pop-op-te-lang');
  await field.fill('Korter 🎉 en met emoji.');
  await saved(page);
  expect((await callApi<{ nodig: string }>(page, 'popOp.get', { planId })).nodig).toBe('Korter 🎉 en met emoji.');

  const title = page.getByLabel('Titel van dit plan');
  await title.fill('POP-OP\u0007 2027');
  await expect(page.getByRole('alert').filter({ hasText: 'stuurtekens' })).toBeVisible();
  await title.fill('POP-OP 2027');
  await saved(page);

  // An empty plan cannot be marked as discussed, and says why.
  await page.goto(`${host.url}#/pop-op`);
  await page.getByRole('button', { name: 'Nieuw POP-OP' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^POP-OP \d{4}$/ })).toBeVisible();
  await page.getByRole('button', { name: 'Markeer als besproken' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'nog leeg' })).toBeVisible();
});

test('a new plan from the previous one carries over the open actions', async ({ page, host }) => {
  const planId = await openFilledPlan(page, host.url);
  await callApi(page, 'popOp.actions.add', { planId, fields: { what: 'Afgerond werk', status: 'gedaan' } });
  await page.getByLabel('Periode').fill('2027');
  await page.getByLabel('Periode').blur();
  await saved(page);
  await page.getByRole('link', { name: 'Alle POP-OP’s' }).click();
  await page.getByRole('button', { name: 'Nieuw plan op basis hiervan (POP-OP 2027)' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'POP-OP 2028' })).toBeVisible();
  await expect(page.getByLabel('Periode')).toHaveValue('2028');
  await expect
    .poll(() => valuesOf(page.getByRole('textbox', { name: 'Wat ga je doen?' })))
    .toEqual(['Wijkschouw met bewoners']);
  await expect(page.getByText('Overgenomen uit POP-OP 2027')).toBeVisible();
  // Edits go to the plan on screen, not to the one opened before it.
  await page
    .getByRole('textbox', { name: /^Jouw antwoord op/ })
    .first()
    .fill('Een jaar later.');
  await page
    .getByRole('textbox', { name: /^Jouw antwoord op/ })
    .first()
    .blur();
  await saved(page);
  const plans = await callApi<{ id: number; title: string }[]>(page, 'popOp.list', undefined);
  const next = plans.find((plan) => plan.title === 'POP-OP 2028');
  expect((await callApi<{ nu: string }>(page, 'popOp.get', { planId: next?.id })).nu).toBe('Een jaar later.');
  expect((await callApi<{ nu: string }>(page, 'popOp.get', { planId })).nu).toBe('Ik werk vooral vanaf mijn bureau.');
  await page.goto(`${host.url}#/pop-op`);
  await expect(page.getByRole('row')).toHaveCount(3);
  await expectNoAxeViolations(page);
  await saveScreenshot(page, 'pop-op-lijst');
});

test('actions move and disappear by keyboard, with a question first and focus kept in place', async ({
  page,
  host,
}) => {
  const planId = await openFilledPlan(page, host.url);
  await page.getByRole('button', { name: 'Actie toevoegen' }).click();
  // The new action exists once main has stored it; then its first field has the focus.
  await expect(page.getByRole('textbox', { name: 'Wat ga je doen?' }).nth(1)).toBeFocused();
  await page.keyboard.type('Tweede actie');
  await page.getByRole('button', { name: 'Omhoog (actie 2)' }).focus();
  await page.keyboard.press('Enter');
  await expect
    .poll(() => valuesOf(page.getByRole('textbox', { name: 'Wat ga je doen?' })))
    .toEqual(['Tweede actie', 'Wijkschouw met bewoners']);
  // The moved action is now number 1; focus stayed with it (its "Omlaag" button, since "Omhoog" is off at the top).
  await expect(page.getByRole('button', { name: 'Omlaag (actie 1)' })).toBeFocused();

  await page.getByRole('button', { name: 'Verwijderen (actie 1)' }).click();
  await expect(page.getByRole('button', { name: 'Ja, verwijderen' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Actie toevoegen' })).toBeFocused();
  await expect
    .poll(() => valuesOf(page.getByRole('textbox', { name: 'Wat ga je doen?' })))
    .toEqual(['Wijkschouw met bewoners']);

  await page.getByRole('button', { name: 'Verwijderen (Kans 1)' }).click();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Verwijderen (Kans 1)' })).toBeFocused();
  await expect(page.getByLabel('Kans 1')).toHaveValue('Een nieuwe wethouder');
  await page.getByRole('button', { name: 'Kans toevoegen' }).click();
  await expect(page.getByLabel('Kans 2')).toBeFocused();
  const plan = await callApi<{ actions: { what: string }[]; kansen: unknown[] }>(page, 'popOp.get', { planId });
  expect(plan.actions.map((action) => action.what)).toEqual(['Wijkschouw met bewoners']);
  expect(plan.kansen).toHaveLength(2);
});
