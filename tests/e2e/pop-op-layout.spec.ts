import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { Plan } from '../../main/contract/pop-op-channels';
import { expect, expectNoAxeViolations, saveScreenshot, test } from './fixtures';
import { callApi } from './window-api';

// The usual municipal laptop, and a browser set to English: its own date fields would read mm/dd/yyyy.
test.use({ viewport: { width: 1366, height: 768 }, locale: 'en-US' });

const saved = (page: Page) => expect(page.getByRole('status').filter({ hasText: /^Alles is bewaard\./ })).toBeVisible();

/** A new plan with `actions` actions, made through the contract, opened in the editor. */
async function openPlan(page: Page, url: string, actions: number): Promise<number> {
  await page.goto(`${url}#/pop-op`);
  await expect(page.getByRole('heading', { level: 1, name: 'POP-OP' })).toBeVisible();
  const plan = await callApi<Plan>(page, 'popOp.create', {});
  await callApi(page, 'popOp.update', { planId: plan.id, changes: { title: 'POP-OP lay-out' } });
  for (let n = 1; n <= actions; n++) {
    await callApi(page, 'popOp.actions.add', {
      planId: plan.id,
      fields: { what: `Actie ${n}`, withWhom: 'De wijkraad en het team Samenleving', status: 'gepland' },
    });
  }
  await page.goto(`${url}#/pop-op/${plan.id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'POP-OP lay-out' })).toBeVisible();
  return plan.id;
}

test('dates typed as dd-mm-jjjj are stored as that day in an English browser, and shown day first', async ({
  page,
  host,
}) => {
  const planId = await openPlan(page, host.url, 1);
  const due = page.getByLabel('Wanneer klaar?');
  const meeting = page.getByLabel('Datum van het gesprek');
  await meeting.fill('15-01-2027');
  await due.fill('5-2-2027');
  await meeting.focus();
  await expect(due).toHaveValue('05-02-2027');
  await saved(page);
  let plan = await callApi<Plan>(page, 'popOp.get', { planId });
  expect(plan.meetingDate).toBe('2027-01-15');
  expect(plan.actions[0]?.dueDate).toBe('2027-02-05');

  await meeting.fill('15/01/2028');
  await meeting.blur();
  await saved(page);
  plan = await callApi<Plan>(page, 'popOp.get', { planId });
  expect(plan.meetingDate).toBe('2028-01-15');

  // The "Kalender" button opens the browser's own calendar on a hidden date input; a day picked
  // there lands in the text field day first (filled here as the calendar would).
  await expect(page.getByRole('button', { name: 'Kalender voor Wanneer klaar?' })).toBeVisible();
  await page.locator('.date-field-native').last().fill('2027-04-09');
  await expect(due).toHaveValue('09-04-2027');
  await saved(page);
  expect((await callApi<Plan>(page, 'popOp.get', { planId })).actions[0]?.dueDate).toBe('2027-04-09');

  await page.reload();
  await expect(page.getByLabel('Wanneer klaar?')).toHaveValue('09-04-2027');
  await expect(page.getByLabel('Datum van het gesprek')).toHaveValue('15-01-2028');
});

test('an impossible date gets a Dutch message and is not saved', async ({ page, host }) => {
  const planId = await openPlan(page, host.url, 1);
  const meeting = page.getByLabel('Datum van het gesprek');
  await meeting.fill('15-03-2027');
  await meeting.blur();
  await saved(page);

  await meeting.fill('31-02-2027');
  await meeting.blur();
  await expect(page.getByRole('alert').filter({ hasText: '31-02-2027 bestaat niet' })).toBeVisible();
  await expect(meeting).toHaveAttribute('aria-invalid', 'true');
  await expect(meeting).toHaveAccessibleDescription(/31-02-2027 bestaat niet/);
  const due = page.getByLabel('Wanneer klaar?');
  await due.fill('15-01-27');
  await due.blur();
  await expect(page.getByRole('alert').filter({ hasText: 'Schrijf het jaar met vier cijfers' })).toBeVisible();
  // The save line says not everything is saved, for as long as the dates are wrong.
  await expect(page.getByRole('status').filter({ hasText: /^Niet alles is bewaard/ })).toBeVisible();
  await page
    .getByRole('region', { name: 'Gegevens voor je gesprek' })
    .screenshot({ path: join(import.meta.dirname, '../../test-results/screens', 'pop-op-datum-bestaat-niet.png') });
  await expectNoAxeViolations(page);
  const plan = await callApi<Plan>(page, 'popOp.get', { planId });
  expect(plan.meetingDate).toBe('2027-03-15');
  expect(plan.actions[0]?.dueDate).toBe('');

  await meeting.fill('28-02-2027');
  await meeting.blur();
  await due.fill('');
  await due.blur();
  await expect(page.getByRole('alert').filter({ hasText: /bestaat niet|vier cijfers/ })).toHaveCount(0);
  await saved(page);
  expect((await callApi<Plan>(page, 'popOp.get', { planId })).meetingDate).toBe('2027-02-28');
});

/**
 * Fields whose value does not show whole: an input or textarea that scrolls sideways, or a select
 * narrower than its chosen option's text (measured in the select's own font, plus its padding and arrow).
 */
function clippedFields(page: Page): Promise<string[]> {
  return page.locator('.pop-op-editor').evaluate((editor) => {
    const label = (element: Element) =>
      (element.id && editor.querySelector(`label[for="${CSS.escape(element.id)}"]`)?.textContent) ||
      element.outerHTML.slice(0, 60);
    const clipped: string[] = [];
    for (const field of Array.from(
      editor.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea'),
    )) {
      if (field.getAttribute('aria-hidden') === 'true' || field.type === 'checkbox' || field.type === 'radio') continue;
      if (field.scrollWidth > field.clientWidth) clipped.push(`${label(field)}: ${field.value}`);
    }
    const canvas = document.createElement('canvas').getContext('2d');
    for (const select of Array.from(editor.querySelectorAll('select'))) {
      if (!canvas) break;
      const style = getComputedStyle(select);
      canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const text = select.selectedOptions[0]?.textContent ?? '';
      // Chromium draws the arrow in about 20 px at the right, inside the padding box.
      const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 20;
      if (canvas.measureText(text).width > room) clipped.push(`${label(select)}: ${text}`);
    }
    return clipped;
  });
}

/** What a person sees on the screen with the actions scrolled into view (not the full page). */
async function lookAtActions(page: Page, name: string) {
  await page
    .getByRole('heading', { level: 2, name: /Wat ga ik daarvoor doen/ })
    .evaluate((heading) => heading.scrollIntoView());
  await page.screenshot({ path: join(import.meta.dirname, '../../test-results/screens', `${name}.png`) });
}

async function fillFiveActions(page: Page) {
  const dates = ['30-09-2027', '15-01-2027', '01-12-2027', '28-02-2028', '31-12-2027'];
  const statuses = ['gepland', 'bezig', 'gedaan', 'geschrapt', 'gepland'];
  for (const [n, date] of dates.entries()) {
    await page.getByLabel('Wanneer klaar?').nth(n).fill(date);
    await page
      .getByLabel('Status')
      .nth(n)
      .selectOption(statuses[n] ?? 'gepland');
  }
  // A linked statement: the longest text a select in the editor holds.
  await page.getByLabel('Hoort bij stelling uit de zelfanalyse').first().selectOption('organisatieverandering-1');
  await page.getByLabel('Datum van het gesprek').fill('15-03-2027');
  await page.getByLabel('Datum van het gesprek').blur();
  await saved(page);
}

test('at 1366x768 every field of a plan with five actions shows its value whole', async ({ page, host }) => {
  await openPlan(page, host.url, 5);
  await fillFiveActions(page);
  await saveScreenshot(page, 'pop-op-layout-1366');
  await lookAtActions(page, 'pop-op-layout-1366-acties');
  expect(await clippedFields(page)).toEqual([]);
  await expectNoAxeViolations(page);

  // A text area grows with its text instead of scrolling inside.
  const result = page.getByLabel('Resultaat of bewijs').first();
  const before = await result.evaluate((element) => element.clientHeight);
  await result.fill(
    ['Een verslag van de schouw.', 'Foto’s.', 'Een lijst met afspraken.', 'Een mail.', 'Klaar.'].join('\n'),
  );
  await expect.poll(() => result.evaluate((element) => element.clientHeight)).toBeGreaterThan(before);
  expect(await result.evaluate((element) => element.scrollHeight - element.clientHeight)).toBeLessThanOrEqual(1);
});

test.describe('at 150 % zoom', () => {
  // 150 % zoom on a 1366x768 screen: the page gets 911x512 CSS pixels, drawn at 1.5 device pixels each.
  test.use({ viewport: { width: 911, height: 512 }, deviceScaleFactor: 1.5 });

  test('every field of a plan with five actions shows its value whole', async ({ page, host }) => {
    await openPlan(page, host.url, 5);
    await fillFiveActions(page);
    await saveScreenshot(page, 'pop-op-layout-150');
    await lookAtActions(page, 'pop-op-layout-150-acties');
    expect(await clippedFields(page)).toEqual([]);
    await expectNoAxeViolations(page);
  });
});

test('focus lands on the new plan’s heading after "Nieuw POP-OP", and on the status after "Markeer als besproken"', async ({
  page,
  host,
}) => {
  await page.goto(`${host.url}#/pop-op`);
  await expect(page.getByText('Je hebt nog geen POP-OP.')).toBeVisible();
  await page.getByRole('button', { name: 'Nieuw POP-OP' }).focus();
  await page.keyboard.press('Enter');
  const heading = page.getByRole('heading', { level: 1, name: `POP-OP ${new Date().getFullYear()}` });
  await expect(heading).toBeVisible();
  await expect(heading).toBeFocused();

  // An empty plan cannot be marked: the reason is announced and the focus stays on the button.
  const mark = page.getByRole('button', { name: 'Markeer als besproken' });
  await mark.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'Dit POP-OP is nog leeg.' })).toBeVisible();
  await expect(mark).toBeFocused();

  await page
    .getByRole('textbox', { name: /^Jouw antwoord op/ })
    .first()
    .fill('Ik werk vooral vanaf mijn bureau.');
  await mark.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('cell', { name: 'Versie 1', exact: true })).toBeVisible();
  await expect(page.getByText('Status: Besproken')).toBeFocused();
});

test('name, job and manager typed in a plan can be kept for the next plans', async ({ page, host }) => {
  await openPlan(page, host.url, 0);
  await page.getByLabel('Naam', { exact: true }).fill('Ayşe Kovačević');
  await page.getByLabel('Functie').fill('Participatiemakelaar');
  await page.getByLabel('Leidinggevende').fill('Murat Şahin');
  await page.getByRole('button', { name: 'Ook voor volgende plannen gebruiken' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Bewaard in Instellingen.' })).toBeVisible();
  const settings = await callApi<{ profile: Record<string, string> }>(page, 'settings.get', undefined);
  expect(settings.profile).toMatchObject({
    name: 'Ayşe Kovačević',
    jobTitle: 'Participatiemakelaar',
    manager: 'Murat Şahin',
  });

  const next = await callApi<Plan>(page, 'popOp.create', {});
  expect(next).toMatchObject({
    employeeName: 'Ayşe Kovačević',
    jobTitle: 'Participatiemakelaar',
    manager: 'Murat Şahin',
  });
});
