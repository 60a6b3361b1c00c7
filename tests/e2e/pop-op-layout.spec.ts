import type { Page } from '@playwright/test';
import type { ChannelInput, ChannelName } from '../../main/contract/channels';
import type { Plan } from '../../main/contract/pop-op-channels';
import { expect, test } from './fixtures';
import './window-api';

// The usual municipal laptop, and a browser set to English: its own date fields would read mm/dd/yyyy.
test.use({ viewport: { width: 1366, height: 768 }, locale: 'en-US' });

/** Calls the contract through the page's own bridge (the same `window.api` the screens use). */
async function api<T>(page: Page, channel: ChannelName, input: unknown): Promise<T> {
  const envelope = await page.evaluate(([name, value]) => window.api.call(name, value as ChannelInput<typeof name>), [
    channel,
    input,
  ] as const);
  if (!envelope.ok) throw new Error(`${channel}: ${envelope.error.message}`);
  return envelope.value as T;
}

const saved = (page: Page) => expect(page.getByRole('status').filter({ hasText: /^Alles is bewaard\./ })).toBeVisible();

/** A new plan with `actions` actions, made through the contract, opened in the editor. */
async function openPlan(page: Page, url: string, actions: number): Promise<number> {
  await page.goto(`${url}#/pop-op`);
  await expect(page.getByRole('heading', { level: 1, name: 'POP-OP' })).toBeVisible();
  const plan = await api<Plan>(page, 'popOp.create', {});
  await api(page, 'popOp.update', { planId: plan.id, changes: { title: 'POP-OP lay-out' } });
  for (let n = 1; n <= actions; n++) {
    await api(page, 'popOp.actions.add', {
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
  let plan = await api<Plan>(page, 'popOp.get', { planId });
  expect(plan.meetingDate).toBe('2027-01-15');
  expect(plan.actions[0]?.dueDate).toBe('2027-02-05');

  await meeting.fill('15/01/2028');
  await meeting.blur();
  await saved(page);
  plan = await api<Plan>(page, 'popOp.get', { planId });
  expect(plan.meetingDate).toBe('2028-01-15');

  await page.reload();
  await expect(page.getByLabel('Datum van het gesprek')).toHaveValue('15-01-2028');
  await expect(page.getByLabel('Wanneer klaar?')).toHaveValue('05-02-2027');
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
  await saved(page);
  const plan = await api<Plan>(page, 'popOp.get', { planId });
  expect(plan.meetingDate).toBe('2027-03-15');
  expect(plan.actions[0]?.dueDate).toBe('');

  await meeting.fill('28-02-2027');
  await meeting.blur();
  await expect(page.getByRole('alert').filter({ hasText: 'bestaat niet' })).toHaveCount(0);
  await saved(page);
  expect((await api<Plan>(page, 'popOp.get', { planId })).meetingDate).toBe('2027-02-28');
});
