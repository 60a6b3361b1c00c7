import { expect, expectNoAxeViolations, saveScreenshot, test } from './fixtures';
import { startHostProcess } from './host-process';

const guidePages = [
  { hash: '#/gids', heading: 'De gids', name: 'inhoud' },
  { hash: '#/gids/inleiding', heading: undefined, name: 'inleiding' },
  { hash: '#/gids/doen', heading: 'Doen', name: 'doen' },
  { hash: '#/gids/doel', heading: 'Doel', name: 'doel' },
  { hash: '#/gids/gemeenteraad', heading: 'Gemeenteraad', name: 'gemeenteraad' },
  { hash: '#/gids/geld', heading: 'Geld', name: 'geld' },
  { hash: '#/gids/organisatieverandering', heading: 'Organisatieverandering', name: 'organisatieverandering' },
  { hash: '#/gids/redenen', heading: undefined, name: 'redenen' },
  { hash: '#/gids/begrippen', heading: 'Begrippenlijst', name: 'begrippen' },
  { hash: '#/gids/zoeken', heading: 'Zoeken in de gids', name: 'zoeken' },
  { hash: '#/gids/notities', heading: 'Mijn notities en bladwijzers', name: 'notities' },
];

for (const guidePage of guidePages) {
  test(`guide page ${guidePage.name}: no axe violations, screenshot`, async ({ page, host, foreignRequests }) => {
    await page.goto(`${host.url}${guidePage.hash}`);
    const heading = page.getByRole('heading', { level: 1, ...(guidePage.heading ? { name: guidePage.heading } : {}) });
    await expect(heading).toBeVisible();
    await expect(page.getByText('De gids wordt geladen…')).toHaveCount(0);
    await expectNoAxeViolations(page);
    await saveScreenshot(page, `gids-${guidePage.name}`);
    expect(foreignRequests).toEqual([]);
  });
}

test('search by keyboard: Ctrl+K, type without accents, open a result', async ({ page, host }) => {
  await page.goto(host.url);
  // The shortcut listener exists once the app has rendered its first screen.
  await expect(page.getByRole('heading', { level: 1, name: 'Start' })).toBeVisible();
  await page.keyboard.press('Control+k');
  const field = page.getByLabel('Zoekwoorden');
  await expect(field).toBeFocused();
  await page.keyboard.type('crowdfunding');
  await expect(page.getByRole('status').filter({ hasText: 'resultat' })).toBeVisible();
  await expect(page.locator('mark').first()).toHaveText(/crowdfunding/i);
  await saveScreenshot(page, 'gids-zoeken-resultaten');
  const firstResult = page.locator('.search-results a').first();
  await firstResult.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/gids\/geld\//);
  await expect(page.locator(':focus')).toContainText(/crowdfunding/i);
});

test('notes, bookmarks and reflection cards survive a restart', async ({ page, dataDir }) => {
  const first = await startHostProcess(dataDir);
  await page.goto(`${first.url}#/gids/doen`);
  const firstTip = page.locator('.guide-block--tip').first();
  await firstTip.getByRole('button', { name: /Bladwijzer/ }).click();
  await expect(firstTip.getByRole('button', { name: /Bladwijzer/ })).toHaveAttribute('aria-pressed', 'true');
  await firstTip.getByRole('button', { name: /Notitie maken/ }).click();
  const note = firstTip.getByRole('textbox');
  await expect(note).toBeFocused();
  await page.keyboard.type('Dit wil ik proberen met de wijkraad van Kovačević.');
  await expect(firstTip.getByRole('status')).toHaveText('Opgeslagen');

  await page.goto(`${first.url}#/gids/redenen`);
  const reason = page.locator('#blok-reden-1');
  await reason.getByLabel('Herken ik', { exact: true }).check();
  await reason.getByRole('textbox').fill('Juist daarom begin ik: ik wil van de automatische piloot af.');
  await expect(reason.getByRole('status')).toHaveText('Opgeslagen');
  await saveScreenshot(page, 'gids-redenen-ingevuld');
  await first.stop();

  const second = await startHostProcess(dataDir);
  await page.goto(`${second.url}#/gids/notities`);
  await expect(page.locator('.annotation-list').first().getByRole('link')).toHaveCount(1);
  await expect(page.getByText('Dit wil ik proberen met de wijkraad van Kovačević.')).toBeVisible();
  await expectNoAxeViolations(page);
  await saveScreenshot(page, 'gids-notities-gevuld');
  await page.goto(`${second.url}#/gids/redenen`);
  await expect(page.locator('#blok-reden-1').getByLabel('Herken ik', { exact: true })).toBeChecked();
  await expect(page.locator('#blok-reden-1').getByRole('textbox')).toHaveValue(
    'Juist daarom begin ik: ik wil van de automatische piloot af.',
  );
  await second.stop();
});

test('Ctrl+Z in a guide note takes back what was typed, not one letter at a time', async ({ page, host }) => {
  await page.goto(`${host.url}#/gids/doen`);
  const firstTip = page.locator('.guide-block--tip').first();
  await firstTip.getByRole('button', { name: /Notitie maken/ }).click();
  const note = firstTip.getByRole('textbox');
  await page.keyboard.type('Eerste idee.');
  await expect(firstTip.getByRole('status')).toHaveText('Opgeslagen');
  await note.blur();
  await note.focus();
  await page.keyboard.press('End');
  await page.keyboard.type(' Tweede idee voor de wijkraad.');
  await expect(firstTip.getByRole('status')).toHaveText('Opgeslagen');
  await page.keyboard.press('Control+z');
  await expect(note).toHaveValue('Eerste idee.');
  await page.keyboard.press('Control+y');
  await expect(note).toHaveValue('Eerste idee. Tweede idee voor de wijkraad.');
});

test('a note over the limit gets a clear message; control characters are refused', async ({ page, host }) => {
  await page.goto(`${host.url}#/gids/doen`);
  const block = page.locator('.guide-block--tip').first();
  await block.getByRole('button', { name: /Notitie maken/ }).click();
  await block.getByRole('textbox').fill('x'.repeat(20_001));
  await expect(block.getByRole('alert')).toContainText('maximaal 20.000 tekens');
  await block.getByRole('textbox').fill('bel\u0007');
  await expect(block.getByRole('alert')).toContainText('stuurtekens');
});
