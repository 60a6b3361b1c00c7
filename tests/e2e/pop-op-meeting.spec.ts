import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { expect, expectNoAxeViolations, saveScreenshot, test } from './fixtures';
import { callApi } from './window-api';

test.use({ viewport: { width: 1366, height: 768 } });

/** Today plus `days`, as the app's date fields show it (dd-mm-jjjj) and as stored (YYYY-MM-DD). */
function day(days: number): { dutch: string; iso: string; long: string } {
  const date = new Date();
  date.setDate(date.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  const [d, m, y] = [pad(date.getDate()), pad(date.getMonth() + 1), String(date.getFullYear())];
  const long = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' }).format(date);
  return { dutch: `${d}-${m}-${y}`, iso: `${y}-${m}-${d}`, long };
}

/** The same page at 150 %: 1366 × 768 pixels shown at 1.5 times the size. */
async function zoomedScreenshot(browser: Browser, url: string, heading: string, name: string): Promise<void> {
  const zoomed = await browser.newContext({
    viewport: { width: 911, height: 512 },
    deviceScaleFactor: 1.5,
    locale: 'nl-NL',
  });
  const page = await zoomed.newPage();
  await page.goto(url);
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  await saveScreenshot(page, name);
  await zoomed.close();
}

test('record the meeting: two agreements, one becomes an action, the version is frozen, the list shows the next meeting', async ({
  page,
  host,
  browser,
  foreignRequests,
}) => {
  const held = day(-3);
  const next = day(10);
  await page.goto(`${host.url}#/pop-op`);
  await expect(page.getByRole('heading', { level: 1, name: 'POP-OP' })).toBeVisible();
  await callApi(page, 'settings.set', { profile: { name: 'Ayşe Kovačević', manager: 'Şükrü Öztürk' } });
  const plan = await callApi<{ id: number }>(page, 'popOp.create', {});
  await callApi(page, 'popOp.update', {
    planId: plan.id,
    changes: { title: 'POP-OP 2027', nu: 'Ik werk vooral vanaf mijn bureau.', meetingDate: held.iso },
  });
  await callApi(page, 'popOp.actions.add', { planId: plan.id, fields: { what: 'Wijkschouw', dueDate: day(-2).iso } });

  // Before: the list reminds of the meeting that has not been recorded, and of the late action.
  await page.reload();
  const reminders = page.getByRole('region', { name: 'Om op te letten' });
  await expect(
    reminders.getByRole('link', { name: `Gesprek van ${held.long} is geweest: leg de uitkomst vast` }),
  ).toBeVisible();
  await expect(
    reminders.getByRole('link', { name: 'Actie “Wijkschouw”: deadline verlopen sinds 2 dagen' }),
  ).toBeVisible();

  // From the plan to "Gesprek vastleggen".
  await page.goto(`${host.url}#/pop-op/${plan.id}`);
  const statusSection = page.getByRole('region', { name: 'Status en versies' });
  await statusSection.screenshot({
    path: join(import.meta.dirname, '../../test-results/screens/pop-op-gesprek-link.png'),
  });
  await statusSection.getByRole('link', { name: 'Gesprek vastleggen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Gesprek vastleggen' })).toBeVisible();
  await expect(page.getByLabel('Datum van het gesprek')).toHaveValue(held.dutch);
  await expect(page.getByLabel('Met wie had je het gesprek?')).toHaveValue('Şükrü Öztürk');

  // Refused: no outcome and a next meeting before the meeting itself; the summary takes focus.
  await page.getByLabel('Afspraak 1', { exact: true }).fill('Elke maand een kort gesprek over de wijkaanpak');
  await page.getByLabel('Volgend gesprek of evaluatie (niet verplicht)').fill(day(-10).dutch);
  await page.getByRole('button', { name: 'Gesprek vastleggen' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'Het gesprek is nog niet vastgelegd' });
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Kies de uitkomst van het gesprek');
  await expect(summary).toContainText('Het volgende gesprek moet na de datum van dit gesprek zijn.');
  await expectNoAxeViolations(page);
  await saveScreenshot(page, 'pop-op-gesprek-fouten');

  await page.getByLabel('Voor akkoord').check();
  await page.getByRole('button', { name: 'Afspraak toevoegen' }).click();
  await expect(page.getByLabel('Afspraak 2', { exact: true })).toBeFocused();
  await page.keyboard.type('Cursus gesprekstechniek volgen');
  await page.getByLabel('Volgend gesprek of evaluatie (niet verplicht)').fill(next.dutch);
  await expectNoAxeViolations(page);
  await saveScreenshot(page, 'pop-op-gesprek-formulier');
  await page.getByRole('button', { name: 'Gesprek vastleggen' }).click();

  // Recorded: focus on the new state's heading, the summary line, the agreements.
  await expect(page.getByRole('heading', { level: 2, name: 'Gesprek vastgelegd' })).toBeFocused();
  const line = `Besproken op ${held.long} met Şükrü Öztürk, voor akkoord`;
  await expect(page.getByText(line)).toBeVisible();
  await page.getByRole('button', { name: 'Maak er een actie van (afspraak 2)' }).click();
  await expect(page.getByText('staat in je acties')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Maak er een actie van (afspraak 1)' })).toBeVisible();
  await expectNoAxeViolations(page);
  await saveScreenshot(page, 'pop-op-gesprek-vastgelegd');
  // A fresh visit at 150 %: the form again (prefilled with the next meeting), the record below it.
  await zoomedScreenshot(browser, page.url(), 'Gesprek vastleggen', 'pop-op-gesprek-150');

  const stored = await callApi<{ actions: { what: string }[]; status: string; meetingDate: string }>(
    page,
    'popOp.get',
    {
      planId: plan.id,
    },
  );
  expect(stored.actions.map((action) => action.what)).toEqual(['Wijkschouw', 'Cursus gesprekstechniek volgen']);
  expect(stored).toMatchObject({ status: 'vastgesteld', meetingDate: next.iso });

  // The frozen version shows the record.
  await page.getByRole('link', { name: 'versie 1' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'POP-OP 2027: versie 1' })).toBeVisible();
  const record = page.getByRole('region', { name: 'Het gesprek' });
  await expect(record.getByText(line)).toBeVisible();
  await expect(record.getByText('Cursus gesprekstechniek volgen')).toBeVisible();
  await expect(page.getByText(/^Vastgesteld · bewaard op/)).toBeVisible();
  await expectNoAxeViolations(page);
  await saveScreenshot(page, 'pop-op-gesprek-versie');

  // The plan list shows the next meeting; the late action still reminds until it is dealt with.
  await page.goto(`${host.url}#/pop-op`);
  await expect(reminders.getByRole('link', { name: `Gesprek over 10 dagen (${next.long})` })).toBeVisible();
  await expect(
    reminders.getByRole('link', { name: 'Actie “Wijkschouw”: deadline verlopen sinds 2 dagen' }),
  ).toBeVisible();
  await expect(reminders.getByText(/leg de uitkomst vast/)).toHaveCount(0);
  await expectNoAxeViolations(page);
  await saveScreenshot(page, 'pop-op-lijst-herinneringen');
  await zoomedScreenshot(browser, page.url(), 'POP-OP', 'pop-op-lijst-herinneringen-150');
  expect(foreignRequests).toEqual([]);
});
