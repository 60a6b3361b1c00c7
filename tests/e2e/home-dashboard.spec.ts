import type { Locator, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, saveScreenshot, test } from './fixtures';
import { seedSelfAnalysisRun } from './seed-self-analysis';
import './window-api';

// Chromium fetches the favicon lazily; closing the page before the host stops keeps that request quiet.
test.afterEach(async ({ page }) => {
  await page.close();
});

/** 1366×768, the usual municipal laptop, and the same screen at 150 % zoom (911×512 CSS pixels). */
const sizes = [
  { suffix: '1366', width: 1366, height: 768 },
  { suffix: '150', width: 911, height: 512 },
];

/** Looks at the page at both sizes: axe finds nothing, and a screenshot of each lands in test-results/screens. */
async function checkAtBothSizes(page: Page, name: string): Promise<void> {
  for (const size of sizes) {
    await page.setViewportSize({ width: size.width, height: size.height });
    await expectNoAxeViolations(page);
    await saveScreenshot(page, `${name}-${size.suffix}`);
  }
}

/** A calendar date `YYYY-MM-DD` `days` from today on this computer's clock. */
function dayFromToday(days: number): string {
  const day = new Date();
  day.setDate(day.getDate() + days);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}

/** Every statement answered with 1 (Zeer oneens): all of them are the lowest. */
const allLow = [5, 5, 6, 5, 6].map((count) => Array.from({ length: count }, () => 1));

/** Each control's name as its aria-labelledby spells it: the texts of the elements it points at, joined by spaces. */
async function namesFromLabelledBy(controls: Locator): Promise<string[]> {
  return controls.evaluateAll((elements) =>
    elements.map((element) =>
      (element.getAttribute('aria-labelledby') ?? '')
        .split(' ')
        .map((id) => document.getElementById(id)?.textContent?.trim() ?? '')
        .join(' '),
    ),
  );
}

test('a first-time user sees the order to begin in, and no title twice', async ({ page, host, foreignRequests }) => {
  await page.goto(host.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Start' })).toBeVisible();
  const steps = page.getByRole('region', { name: 'Zo begin je' }).getByRole('link');
  await expect(steps).toHaveText(['Lees de inleiding van de gids', 'Doe een zelfanalyse', 'Schrijf je POP-OP']);
  await expect(page.getByText('Werkboek Overheidsparticipatie', { exact: true })).toHaveCount(1);
  await expect(page.getByRole('heading', { name: 'Verder waar je was' })).toHaveCount(0);
  await checkAtBothSizes(page, 'start-eerste-keer');
  expect(foreignRequests).toEqual([]);
});

test('after use, Start shows where you were, the POP-OP, actions due, the self-analysis and notes', async ({
  page,
  host,
  foreignRequests,
}) => {
  await page.goto(host.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Start' })).toBeVisible();
  await seedSelfAnalysisRun(page, allLow, 'Voor mijn jaargesprek');
  const planId = await page.evaluate(
    async ({ overdue, soon, later }) => {
      const { api } = window;
      const plan = await api.call('popOp.create', {});
      if (!plan.ok) throw new Error(plan.error.message);
      const planId = plan.value.id;
      await api.call('popOp.update', { planId, changes: { title: 'Mijn POP-OP 2027', meetingDate: soon } });
      await api.call('popOp.actions.add', {
        planId,
        fields: { what: 'Wijkschouw met de buurtcoach', dueDate: overdue },
      });
      await api.call('popOp.actions.add', { planId, fields: { what: 'Gesprek met de wethouder', dueDate: soon } });
      await api.call('popOp.actions.add', { planId, fields: { what: 'Cursus later dit jaar', dueDate: later } });
      await api.call('guide.notes.save', { key: 'doen/een-omslag', body: 'Dit wil ik bespreken.' });
      return planId;
    },
    { overdue: dayFromToday(-3), soon: dayFromToday(5), later: dayFromToday(60) },
  );

  // Visit the plan, then come back to Start.
  await page.goto(`${host.url}#/pop-op/${planId}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn POP-OP 2027' })).toBeVisible();
  await page.getByRole('navigation').getByRole('link', { name: 'Start' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Start' })).toBeFocused();

  const continueLink = page.getByRole('region', { name: 'Verder waar je was' }).getByRole('link');
  await expect(continueLink).toHaveText('POP-OP: Mijn POP-OP 2027');
  const plan = page.getByRole('region', { name: 'Je POP-OP' });
  await expect(plan.getByText('Concept')).toBeVisible();
  // The meeting as the plan list's reminders say it (issue 12): "Gesprek over 5 dagen (…)".
  await expect(plan.getByText(/^Gesprek over 5 dagen \(\d+ \w+ \d{4}\)$/)).toBeVisible();
  await expect(plan.getByRole('listitem')).toHaveText([
    /^Wijkschouw met de buurtcoach Te laat: af op /,
    /^Gesprek met de wethouder Af op /,
  ]);
  await expect(page.getByRole('region', { name: 'Je zelfanalyse' }).getByRole('link').first()).toHaveText(
    /^Voor mijn jaargesprek \(\d+ \w+ \d{4}, \d{2}:\d{2}\)$/,
  );
  await expect(page.getByRole('region', { name: 'Je laatste notities' }).getByRole('listitem')).toHaveCount(1);
  await expect(page.getByRole('region', { name: 'Zo begin je' })).toHaveCount(0);
  await checkAtBothSizes(page, 'start-na-gebruik');

  await continueLink.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn POP-OP 2027' })).toBeFocused();
  expect(foreignRequests).toEqual([]);
});

test('the months before "tijd voor een nieuwe?" are a setting in Instellingen', async ({ page, host }) => {
  await page.goto(`${host.url}#/instellingen`);
  const months = page.getByLabel('Na hoeveel maanden vraagt Start om een nieuwe zelfanalyse?');
  await expect(months).toHaveValue('6');
  await months.fill('40');
  await expect(page.getByRole('alert')).toHaveText(
    'Ongeldige invoer. selfAnalysisReminderMonths: Kies een aantal maanden van 1 tot en met 36.',
  );
  await months.fill('3');
  await expect(page.getByText('Bewaard', { exact: true })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Na hoeveel maanden vraagt Start om een nieuwe zelfanalyse?')).toHaveValue('3');
  await expectNoAxeViolations(page);
});

test('"Van resultaat naar actie" puts the focus on the new heading; reflection pages lead to the next theme', async ({
  page,
  host,
}) => {
  await page.goto(`${host.url}#/zelfanalyses`);
  await expect(page.getByRole('heading', { level: 1, name: 'Zelfanalyses' })).toBeVisible();
  const runId = await seedSelfAnalysisRun(page, allLow);
  await page.goto(`${host.url}#/zelfanalyses/run/${runId}/reflectie`);
  await expect(page.getByRole('heading', { level: 1, name: 'Reflectie: Doen' })).toBeVisible();
  await checkAtBothSizes(page, 'reflectie-volgend-thema');

  await page.getByRole('link', { name: 'Volgend thema: Doel' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Reflectie: Doel' })).toBeFocused();

  await page.getByRole('link', { name: 'Van resultaat naar actie' }).last().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Van resultaat naar actie' })).toBeFocused();
});

test('every checkbox on "Aan de slag" has its own accessible name', async ({ page, host }) => {
  await page.goto(`${host.url}#/zelfanalyses`);
  await expect(page.getByRole('heading', { level: 1, name: 'Zelfanalyses' })).toBeVisible();
  const runId = await seedSelfAnalysisRun(page, allLow);
  await page.goto(`${host.url}#/zelfanalyses/run/${runId}/aan-de-slag`);
  await expect(page.getByRole('heading', { level: 1, name: 'Van resultaat naar actie' })).toBeVisible();
  const boxes = page.getByRole('checkbox');
  await expect(boxes.first()).toBeVisible();
  const count = await boxes.count();
  expect(count).toBeGreaterThan(10);

  await boxes.nth(0).check();
  await boxes.nth(1).check();
  const selects = page.getByRole('combobox');
  await expect(selects).toHaveCount(2);
  const checkboxNames = await namesFromLabelledBy(boxes);
  expect(checkboxNames).toHaveLength(count);
  expect(new Set(checkboxNames).size).toBe(count);
  for (const [index, name] of checkboxNames.entries()) {
    expect(name).toMatch(/^Hier wil ik mee aan de slag .{10,}/);
    // What the browser's accessibility tree computes is the same name.
    await expect(boxes.nth(index)).toHaveAccessibleName(name);
  }
  const selectNames = await namesFromLabelledBy(selects);
  expect(new Set(selectNames).size).toBe(2);
  await expect(selects.nth(1)).toHaveAccessibleName(selectNames[1] ?? '');
  await checkAtBothSizes(page, 'aan-de-slag');
});

test('two runs on one day differ by their time; the history loads 50 and more on request', async ({ page, host }) => {
  await page.goto(`${host.url}#/zelfanalyses`);
  await expect(page.getByRole('heading', { level: 1, name: 'Zelfanalyses' })).toBeVisible();
  await seedSelfAnalysisRun(page, allLow);
  // Two runs in the same minute would read the same: a name tells them apart.
  await seedSelfAnalysisRun(page, allLow, 'Na de cursus');
  await page.goto(`${host.url}#/zelfanalyses/geschiedenis`);
  const table = page.getByRole('table', { name: /zelfanalyses, nieuwste eerst/ });
  await expect(table.getByRole('rowheader')).toHaveText([
    /^Na de cursus\d{1,2} \w+ \d{4}, \d{2}:\d{2}$/,
    /^\d{1,2} \w+ \d{4}, \d{2}:\d{2}$/,
  ]);
  // The trend has both runs (it loads with the list), then its table opens.
  await expect(page.getByRole('img', { name: /^Doen: 2 metingen/ })).toBeVisible();
  await page.getByText('De cijfers van de grafieken als tabel').click();
  await expect(page.getByRole('table', { name: /Gemiddelde per thema/ }).getByRole('rowheader')).toHaveText([
    /^\d{1,2} \w+ \d{4}, \d{2}:\d{2}$/,
    /^Na de cursus \(\d{1,2} \w+ \d{4}, \d{2}:\d{2}\)$/,
  ]);
  await checkAtBothSizes(page, 'geschiedenis-twee-op-een-dag');

  await page.evaluate(async () => {
    for (let index = 0; index < 51; index += 1) await window.api.call('selfAnalysis.start', { scope: 'doen' });
  });
  // Away and back, so the history loads again.
  await page.goto(`${host.url}#/zelfanalyses`);
  await expect(page.getByRole('heading', { level: 1, name: 'Zelfanalyses' })).toBeFocused();
  await page.goto(`${host.url}#/zelfanalyses/geschiedenis`);
  const paged = page.getByRole('table', { name: 'De nieuwste 50 zelfanalyses' });
  await expect(paged.getByRole('rowheader')).toHaveCount(50);
  await page.getByRole('button', { name: 'Meer laden' }).click();
  const all = page.getByRole('table', { name: '53 zelfanalyses, nieuwste eerst' });
  await expect(all.getByRole('rowheader')).toHaveCount(53);
  await expect(all.getByRole('rowheader').nth(50).getByRole('link')).toBeFocused();
  await expect(page.getByRole('button', { name: 'Meer laden' })).toHaveCount(0);
});
