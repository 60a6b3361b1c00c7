import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, saveScreenshot, test } from './fixtures';
import { startHostProcess } from './host-process';

/** Selects a radio by keyboard: focus the group's first option, then arrow down to the wanted one. */
async function chooseByKeyboard(page: Page, legend: string, answer: string) {
  const group = page.getByRole('group', { name: legend });
  const radios = group.getByRole('radio');
  const labels = await radios.evaluateAll((inputs) =>
    inputs.map((input) => (input as HTMLInputElement).labels?.[0]?.textContent ?? ''),
  );
  const target = labels.indexOf(answer);
  expect(target, `answer "${answer}" in "${legend}"`).toBeGreaterThanOrEqual(0);
  await radios.first().focus();
  await page.keyboard.press('Space');
  for (let step = 0; step < target; step += 1) await page.keyboard.press('ArrowDown');
  await expect(group.getByRole('radio', { name: answer })).toBeChecked();
}

const answers: [string, string][] = [
  ['Moet de gemeente iets terugkrijgen voor haar geld, zoals zeggenschap?', 'Nee, de initiatiefnemers beslissen zelf.'],
  [
    'Moet de initiatiefnemer eigenaar blijven van het initiatief?',
    'Ja, het initiatief moet helemaal van de initiatiefnemers blijven.',
  ],
  [
    'Mag de gemeente (mede) aansprakelijk worden als het misgaat?',
    'Een klein, afgebakend risico kan, bijvoorbeeld een vast bedrag.',
  ],
  ['Hoe wil de gemeente volgen hoe het geld wordt besteed?', 'Een korte terugblik achteraf is genoeg.'],
  ['Wanneer is er geld nodig, en is dat eenmalig of steeds opnieuw?', 'Eenmalig, en snel: binnen drie maanden.'],
  [
    'Hoe zichtbaar wil de gemeente laten zien dat ze er iets voor over heeft?',
    'Heel zichtbaar: iedereen mag zien dat de gemeente dit steunt.',
  ],
];

/** Creates an initiative through the screens and answers all six considerations by keyboard. */
async function enterInitiative(page: Page) {
  await page.getByRole('button', { name: 'Nieuw initiatief' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Naamloos initiatief' })).toBeVisible();
  await expect(page.getByLabel('Naam van het initiatief')).toHaveValue('');
  await page.getByLabel('Naam van het initiatief').fill('Buurtmoestuin De Kas');
  await page
    .getByLabel('Korte omschrijving')
    .fill('Bewoners van de Vogelwijk willen een moestuin op het braakliggende veld.');
  await page.getByLabel('Bedrag in euro’s (als je het weet)').fill('2.500');
  await expect(page.getByText('Dat is € 2.500.')).toBeVisible();
  await page.getByRole('checkbox', { name: /^Geld/ }).focus();
  await page.keyboard.press('Space');
  await page.getByRole('checkbox', { name: /^Kennis of informatie/ }).focus();
  await page.keyboard.press('Space');
  await chooseByKeyboard(
    page,
    'Hoe belangrijk is geld voor dit initiatief?',
    'Geld is de kern: zonder geld gaat het initiatief niet door.',
  );
  await expect(page.getByRole('heading', { name: 'Geld is hier echt de vraag' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Buurtmoestuin De Kas' })).toBeVisible();
  await page.getByRole('link', { name: 'Verder naar de afwegingen' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Stap 2: De afwegingen' })).toBeVisible();
  for (const [legend, answer] of answers) await chooseByKeyboard(page, legend, answer);
  await expect(page.getByText('6 van de 6 vragen beantwoord.')).toBeVisible();
}

function rankingItems(page: Page) {
  return page
    .getByRole('list')
    .filter({ has: page.getByRole('heading', { name: /^Plek/ }) })
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { level: 3 }) });
}

test('from first idea to advice: keyboard answers, the ranking with its reasons, and a weight that moves it', async ({
  page,
  host,
  foreignRequests,
}) => {
  await page.goto(`${host.url}#/financiering`);
  await expect(page.getByRole('heading', { level: 1, name: 'Financieringshulp' })).toBeVisible();
  await expect(page.getByText('Je hebt nog geen initiatieven')).toBeVisible();
  await enterInitiative(page);
  await expectNoAxeViolations(page);
  await saveScreenshot(page, 'financiering-2-afwegingen');

  await page
    .getByRole('navigation', { name: 'Stappen' })
    .getByRole('link', { name: /Advies/ })
    .click();
  const items = rankingItems(page);
  await expect(items).toHaveCount(9);
  await expect(items.first().getByRole('heading', { level: 3 })).toHaveText(/Plek 1: Crowdfunding/);
  await expect(page.getByText(/Bovenaan: Crowdfunding/)).toBeVisible();

  // The "Waarom" panel opens by keyboard and shows, per consideration, the answer, the form's value and why.
  await items.first().getByText('Waarom plek 1?', { exact: false }).focus();
  await page.keyboard.press('Enter');
  const reasons = items.first().getByRole('list');
  await expect(reasons.getByRole('listitem')).toHaveCount(6);
  await expect(reasons).toContainText(
    'Eigenaarschap van de initiatiefnemer: 4 van 4. Je zoekt minstens 4: past helemaal.',
  );
  await expect(reasons).toContainText('De initiatiefnemer voert zelf de campagne');
  await expect(reasons.getByRole('listitem').first()).toContainText('omhoog');
  await expect(items.first().getByRole('heading', { name: 'Uit de gids' })).toBeVisible();
  await expect(page.getByRole('img', { name: /overheidsbetrokkenheid/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Hoe stevig is dit advies?' })).toBeVisible();
  await expectNoAxeViolations(page);
  await saveScreenshot(page, 'financiering-3-advies');

  // Zeggenschap no longer counting: the wish for no municipal say stops holding the fund back.
  const weight = page.getByRole('slider', { name: 'Zeggenschap' });
  await weight.focus();
  await page.keyboard.press('ArrowLeft');
  await expect(weight).toHaveAttribute('aria-valuetext', 'Weegt licht');
  await expect(items.first().getByRole('heading', { level: 3 })).toHaveText(/Plek 1: Crowdfunding/);
  await page.keyboard.press('ArrowLeft');
  await expect(weight).toHaveAttribute('aria-valuetext', 'Telt niet mee');
  await expect(items.first().getByRole('heading', { level: 3 })).toHaveText(/Plek 1: Initiatievenfonds/);
  await expect(items.first()).toContainText('was plek');
  await expect(page.getByText(/Bovenaan: Initiatievenfonds/)).toBeVisible();
  await saveScreenshot(page, 'financiering-4-gewicht-verschoven');
  expect(foreignRequests).toEqual([]);
});

test('what you entered survives a restart of the host, and the advice note downloads as a real PDF', async ({
  page,
  dataDir,
  foreignRequests,
}) => {
  const first = await startHostProcess(dataDir);
  await page.goto(`${first.url}#/financiering`);
  await enterInitiative(page);
  await page.getByRole('slider', { name: 'Hoe zwaar weegt zeggenschap hier?' }).fill('0');
  await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen' })).toBeVisible();
  await first.stop();

  const second = await startHostProcess(dataDir);
  await page.goto(`${second.url}#/financiering`);
  await expect(page.getByText(/6 van de 6 afwegingen beantwoord. Bovenaan: Initiatievenfonds/)).toBeVisible();
  await page.getByRole('link', { name: 'Buurtmoestuin De Kas', exact: true }).click();
  await expect(page.getByLabel('Bedrag in euro’s (als je het weet)')).toHaveValue('2.500');
  await expect(page.getByRole('checkbox', { name: /^Kennis of informatie/ })).toBeChecked();
  await expect(page.getByRole('heading', { name: 'Geld is hier echt de vraag' })).toBeVisible();
  await saveScreenshot(page, 'financiering-1-initiatief');
  await page
    .getByRole('navigation', { name: 'Stappen' })
    .getByRole('link', { name: /Afwegingen/ })
    .click();
  await expect(page.getByRole('radio', { name: 'Een korte terugblik achteraf is genoeg.' })).toBeChecked();
  await expect(page.getByRole('slider', { name: 'Hoe zwaar weegt zeggenschap hier?' })).toHaveAttribute(
    'aria-valuetext',
    'Telt niet mee',
  );

  // The browser host offers the note as a download; it must be a real PDF with the advice in it.
  await page
    .getByRole('navigation', { name: 'Stappen' })
    .getByRole('link', { name: /Advies/ })
    .click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Maak adviesnotitie (pdf)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('Financieringsadvies - Buurtmoestuin De Kas.pdf');
  const path = join(dataDir, 'download.pdf');
  await file.saveAs(path);
  expect(readFileSync(path).subarray(0, 5).toString()).toBe('%PDF-');
  const text = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(text).toContain('Financieringsadvies: Buurtmoestuin De Kas');
  expect(text).toMatch(/Plek 1: Initiatievenfonds/);
  expect(text).toContain('Waarschuwing uit de gids');
  expect(text).toContain('eigenaarschap, zeggenschap, risico en verantwoording');
  await expect(page.getByText(/wordt gedownload/)).toBeVisible();
  await expectNoAxeViolations(page);
  await second.stop();
  expect(foreignRequests).toEqual([]);
});

test('duplicate, and delete with a confirmation that works by keyboard', async ({ page, host, foreignRequests }) => {
  await page.goto(`${host.url}#/financiering`);
  await page.getByRole('button', { name: 'Nieuw initiatief' }).click();
  await page.getByLabel('Naam van het initiatief').fill('Repair Café');
  await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen' })).toBeVisible();
  await page.getByRole('link', { name: 'Financieringshulp' }).first().click();

  await page.getByRole('button', { name: 'Dupliceren Repair Café' }).click();
  await expect(page.getByRole('link', { name: 'Kopie van Repair Café', exact: true })).toBeVisible();

  const remove = page.getByRole('button', { name: 'Verwijderen Kopie van Repair Café' });
  await remove.focus();
  await page.keyboard.press('Enter');
  const confirm = page.getByRole('button', { name: 'Ja, verwijderen' });
  await expect(confirm).toBeFocused();
  await expect(page.getByRole('group', { name: /Kopie van Repair Café.*verwijderen/ })).toBeVisible();
  await expectNoAxeViolations(page);
  await saveScreenshot(page, 'financiering-5-verwijderen');
  await page.keyboard.press('Escape');
  await expect(remove).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(page.getByText('“Kopie van Repair Café” is verwijderd.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Kopie van Repair Café', exact: true })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Repair Café', exact: true })).toBeVisible();
  expect(foreignRequests).toEqual([]);
});

test('when money is not the crux, the helper says so and points to support without money', async ({ page, host }) => {
  await page.goto(`${host.url}#/financiering`);
  await page.getByRole('button', { name: 'Nieuw initiatief' }).click();
  await page.getByRole('checkbox', { name: /^Een plek/ }).check();
  await page.getByRole('checkbox', { name: /^Ruimte in de regels/ }).check();
  await expect(page.getByRole('heading', { name: 'Geld lijkt hier niet de vraag' })).toBeVisible();
  await expect(page.getByText('Zo kun je vanuit de gemeente helpen zonder geld:')).toBeVisible();
  await expectNoAxeViolations(page);
  await saveScreenshot(page, 'financiering-6-geen-geldvraag');
  await page
    .getByRole('navigation', { name: 'Stappen' })
    .getByRole('link', { name: /Advies/ })
    .click();
  await expect(page.getByRole('heading', { name: 'Nog geen advies' })).toBeVisible();
  await expect(page.getByRole('heading', { name: /Waarschuwing uit de gids/ })).toBeVisible();
  await expectNoAxeViolations(page);
});
