import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, saveScreenshot, test } from './fixtures';
import { startHostProcess } from './host-process';

test.use({ viewport: { width: 1366, height: 768 } });

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

/** The community garden of issue 13: materials and upkeep, a few agreements, modest visibility. */
const answers: [string, string][] = [
  [
    'Moet de gemeente iets terugkrijgen voor haar geld, zoals zeggenschap?',
    'Een paar afspraken over het doel zijn genoeg.',
  ],
  ['Moet de initiatiefnemer eigenaar blijven van het initiatief?', 'Grotendeels: samen optrekken met de gemeente mag.'],
  [
    'Mag de gemeente (mede) aansprakelijk worden als het misgaat?',
    'Een klein, afgebakend risico kan, bijvoorbeeld een vast bedrag.',
  ],
  ['Hoe wil de gemeente volgen hoe het geld wordt besteed?', 'Een korte terugblik achteraf is genoeg.'],
  [
    'Wanneer is er geld nodig, en is dat eenmalig of steeds opnieuw?',
    'Steeds opnieuw, bijvoorbeeld voor onderhoud of huur.',
  ],
  [
    'Hoe zichtbaar wil de gemeente laten zien dat ze er iets voor over heeft?',
    'Bescheiden: de gemeente steunt, maar het initiatief staat voorop.',
  ],
];

/** Adds the municipality's own wijkbudget on the Regelingen screen. */
async function addLocalScheme(page: Page) {
  await page.getByRole('link', { name: 'Regelingen van je gemeente' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Regelingen van je gemeente' })).toBeVisible();
  await page.getByRole('button', { name: 'Regeling toevoegen' }).click();
  await expect(page.getByText('Geef de regeling een naam.')).toBeVisible();
  await expect(page.getByLabel('Naam van de regeling')).toBeFocused();
  await page.getByLabel('Naam van de regeling').fill('Wijkbudget Linde-Noord');
  await page.getByLabel('Welke vorm uit de gids is het?').selectOption({ label: 'Bewonersbudget/wijkbudget' });
  await page.getByLabel('Maximumbedrag per initiatief (als er een is)').fill('20.000');
  await page.getByLabel('Voorwaarden').fill('Vijf buurtbewoners steunen het plan.');
  await page.getByLabel('Contact (naam, e-mail of telefoon)').fill('wijkteam@gemeente.nl');
  await page.getByRole('button', { name: 'Regeling toevoegen' }).click();
  await expect(page.getByText('“Wijkbudget Linde-Noord” is toegevoegd.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: 'Wijkbudget Linde-Noord' })).toBeVisible();
  await expectNoAxeViolations(page);
  await saveScreenshot(page, 'financiering-0-regelingen');
  await page.getByRole('link', { name: 'Financieringshulp' }).first().click();
}

/** Creates the initiative through the screens (a name first) and answers all six considerations by keyboard. */
async function enterInitiative(page: Page) {
  await page.getByRole('button', { name: 'Nieuw initiatief' }).click();
  await page.getByRole('button', { name: 'Initiatief aanmaken' }).click();
  await expect(page.getByText('Geef het initiatief eerst een naam.')).toBeVisible();
  await page.getByLabel('Naam van het nieuwe initiatief').fill('Buurtmoestuin De Linde');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Buurtmoestuin De Linde' })).toBeVisible();
  await page
    .getByLabel('Korte omschrijving')
    .fill('Bewoners van de Lindewijk willen een moestuin op het braakliggende veld.');
  await page.getByLabel(/Hoeveel geld is ongeveer nodig/).fill('15.000');
  await expect(page.getByText('Dat is € 15.000.')).toBeVisible();
  await page.getByRole('checkbox', { name: /^Geld Bijvoorbeeld/ }).check();
  await chooseByKeyboard(
    page,
    'Hoe belangrijk is geld voor dit initiatief?',
    'Geld helpt, maar het kan ook (deels) zonder.',
  );
  await page.getByRole('checkbox', { name: /^Geld voor eenmalige kosten/ }).check();
  await page.getByRole('checkbox', { name: /^Geld voor kosten die elk jaar terugkomen/ }).check();
  await expect(page.getByRole('heading', { name: 'Geld helpt, maar is niet de kern' })).toBeVisible();
  await expectNoAxeViolations(page);
  await saveScreenshot(page, 'financiering-1-initiatief');
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

async function openAdvice(page: Page) {
  await page
    .getByRole('navigation', { name: 'Stappen' })
    .getByRole('link', { name: /Advies/ })
    .click();
}

test('the community garden: a funding form first, the local scheme by name, what is set aside, a weight that moves it', async ({
  page,
  host,
  foreignRequests,
}) => {
  await page.goto(`${host.url}#/financiering`);
  await expect(page.getByRole('heading', { level: 1, name: 'Financieringshulp' })).toBeVisible();
  await expect(page.getByText('Je hebt nog geen initiatieven')).toBeVisible();
  await addLocalScheme(page);
  await enterInitiative(page);
  await expectNoAxeViolations(page);
  await saveScreenshot(page, 'financiering-2-afwegingen');

  await openAdvice(page);
  const items = rankingItems(page);
  await expect(items).toHaveCount(4);
  await expect(items.first().getByRole('heading', { level: 3 })).toHaveText(/Plek 1: Lokaal fonds/);
  await expect(page.getByText(/Bovenaan: Lokaal fonds/)).toBeVisible();
  const budget = items.filter({ hasText: 'Bewonersbudget/wijkbudget' });
  await expect(budget).toContainText('In jouw gemeente:');
  await expect(budget).toContainText('Wijkbudget Linde-Noord');
  await expect(page.getByRole('heading', { level: 3, name: /Budgetmonitoring/ })).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 2, name: 'Ook interessant' })).toBeVisible();
  await expect(page.locator('.fin-also')).toContainText('Maatschappelijk aanbesteden');

  // The "Waarom" panel speaks in words: how well the form fits, and why; no model rules.
  await items.first().getByText('Waarom plek 1?', { exact: false }).focus();
  await page.keyboard.press('Enter');
  const reasons = items.first().getByRole('list').last();
  await expect(reasons.getByRole('listitem')).toHaveCount(6);
  await expect(reasons).toContainText('Eigenaarschap van de initiatiefnemer: past helemaal.');
  await expect(items.first()).not.toContainText('van 4');
  await expect(items.first()).not.toContainText('hoogstens');
  await expect(page.getByRole('img', { name: /overheidsbetrokkenheid/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Hoe stevig is dit advies?' })).toBeVisible();
  await expect(page.getByText('dan deelt Bewonersbudget/wijkbudget de eerste plaats met Lokaal fonds.')).toBeVisible();
  await expectNoAxeViolations(page);
  await saveScreenshot(page, 'financiering-3-advies');

  // Visibility no longer counting: the wijkbudget (very visible) is no longer held back.
  const weight = page.getByRole('slider', { name: 'Symboolwerking' });
  await weight.focus();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(weight).toHaveAttribute('aria-valuetext', 'Telt niet mee');
  await expect(items.first().getByRole('heading', { level: 3 })).toHaveText(/Plek 1: Bewonersbudget\/wijkbudget/);
  // It shared the first place after the first step; the fund now drops from that shared place to 2.
  await expect(items.nth(1)).toContainText('Lokaal fonds');
  await expect(items.nth(1)).toContainText('was plek 1');
  await saveScreenshot(page, 'financiering-4-gewicht-verschoven');
  expect(foreignRequests).toEqual([]);
});

test('what you entered survives a restart, and both PDFs download: the short advice and the internal note', async ({
  page,
  dataDir,
  foreignRequests,
}) => {
  const first = await startHostProcess(dataDir);
  await page.goto(`${first.url}#/financiering`);
  await addLocalScheme(page);
  await enterInitiative(page);
  await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen' })).toBeVisible();
  await first.stop();

  const second = await startHostProcess(dataDir);
  await page.goto(`${second.url}#/financiering`);
  await expect(page.getByText(/6 van de 6 afwegingen beantwoord. Bovenaan: Lokaal fonds/)).toBeVisible();
  await page.getByRole('link', { name: 'Buurtmoestuin De Linde', exact: true }).click();
  await expect(page.getByLabel(/Hoeveel geld is ongeveer nodig/)).toHaveValue('15.000');
  await expect(page.getByRole('checkbox', { name: /^Geld voor kosten die elk jaar terugkomen/ })).toBeChecked();
  await openAdvice(page);

  const pdfText = async (button: string, fileName: string) => {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: button }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(fileName);
    const path = join(dataDir, fileName);
    await file.saveAs(path);
    expect(readFileSync(path).subarray(0, 5).toString()).toBe('%PDF-');
    return execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  };
  const short = await pdfText(
    'Maak advies voor de initiatiefnemer (pdf)',
    'Advies voor de initiatiefnemer - Buurtmoestuin De Linde.pdf',
  );
  expect(short).toContain('1. Lokaal fonds');
  expect(short).toContain('Wijkbudget Linde-Noord (tot € 20.000)');
  expect(short).toContain('Wat de gemeente naast geld kan doen');
  expect(short).not.toContain('score');
  const note = await pdfText('Maak interne notitie (pdf)', 'Interne notitie financiering - Buurtmoestuin De Linde.pdf');
  expect(note).toMatch(/Plek 1: Lokaal fonds/);
  expect(note).toContain('Waarschuwing uit de gids');
  expect(note).toContain('Past niet bij deze vraag');
  await expect(page.getByText(/wordt gedownload/)).toBeVisible();
  await expectNoAxeViolations(page);
  await second.stop();
  expect(foreignRequests).toEqual([]);
});

test('duplicate, and delete with a confirmation that works by keyboard', async ({ page, host, foreignRequests }) => {
  await page.goto(`${host.url}#/financiering`);
  await page.getByRole('button', { name: 'Nieuw initiatief' }).click();
  await page.getByLabel('Naam van het nieuwe initiatief').fill('Repair Café');
  await page.getByRole('button', { name: 'Initiatief aanmaken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Repair Café' })).toBeVisible();
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

test('"Nieuw initiatief" makes nothing until there is a name; when money is not the crux the helper says so', async ({
  page,
  host,
}) => {
  await page.goto(`${host.url}#/financiering`);
  await page.getByRole('button', { name: 'Nieuw initiatief' }).click();
  await expect(page.getByLabel('Naam van het nieuwe initiatief')).toBeFocused();
  await page.getByRole('button', { name: 'Annuleren' }).click();
  await expect(page.getByRole('button', { name: 'Nieuw initiatief' })).toBeFocused();
  await page.reload();
  await expect(page.getByText('Je hebt nog geen initiatieven')).toBeVisible();

  await page.getByRole('button', { name: 'Nieuw initiatief' }).click();
  await page.getByLabel('Naam van het nieuwe initiatief').fill('Ontmoetingsplek De Brink');
  await page.getByRole('button', { name: 'Initiatief aanmaken' }).click();
  await page.getByRole('checkbox', { name: /^Een plek/ }).check();
  await page.getByRole('checkbox', { name: /^Ruimte in de regels/ }).check();
  await expect(page.getByRole('heading', { name: 'Geld lijkt hier niet de vraag' })).toBeVisible();
  await expect(page.getByText('Zo kun je vanuit de gemeente helpen zonder geld:')).toBeVisible();
  await page.getByLabel('Naam van het initiatief').fill('');
  await expect(page.getByText('Een initiatief heeft een naam nodig.', { exact: false })).toBeVisible();
  await expectNoAxeViolations(page);
  await saveScreenshot(page, 'financiering-6-geen-geldvraag');
  await openAdvice(page);
  await expect(page.getByRole('heading', { name: 'Nog geen advies' })).toBeVisible();
  await expect(page.getByText('Je hebt nog niet ingevuld waar het geld voor is.', { exact: false })).toBeVisible();
  await expectNoAxeViolations(page);
});
