import {
  chmodSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import BetterSqlite3 from 'better-sqlite3';
import { expect, expectNoAxeViolations, saveScreenshot, test } from './fixtures';
import { startHostProcess } from './host-process';

const dataFile = (dataDir: string) => join(dataDir, 'werkboek.sqlite');

/** A workbook with a name and a note in it, and one backup of it; the host stopped afterwards. */
async function workbookWithBackup(page: Page, dataDir: string): Promise<void> {
  const host = await startHostProcess(dataDir);
  await page.goto(host.url);
  await page.evaluate(async () => {
    const api = (window as unknown as { api: { call(c: string, i: unknown): Promise<{ ok: boolean }> } }).api;
    await api.call('settings.set', { profile: { name: 'Anna de Vries' } });
    await api.call('guide.notes.save', { key: 'doen/een-omslag', body: 'Buurtkeuken' });
    const backup = await api.call('backup.create', undefined);
    if (!backup.ok) throw new Error('no backup');
  });
  await host.stop();
}

const causes: [string, (dataDir: string) => void, RegExp][] = [
  ['beschadigd', (dir) => writeFileSync(dataFile(dir), readFileSync(dataFile(dir)).fill(0x5a, 4096)), /beschadigd/],
  ['afgekapt', (dir) => writeFileSync(dataFile(dir), readFileSync(dataFile(dir)).subarray(0, 6000)), /beschadigd/],
  ['leeg', (dir) => writeFileSync(dataFile(dir), ''), /is leeg/],
  ['onleesbaar', (dir) => chmodSync(dataFile(dir), 0o000), /niet lezen/],
  ['alleen-lezen', (dir) => chmodSync(dataFile(dir), 0o444), /alleen-lezen/],
  [
    'map',
    (dir) => {
      rmSync(dataFile(dir));
      mkdirSync(dataFile(dir));
    },
    /geen bestand/,
  ],
  [
    'te-nieuw',
    (dir) => {
      const db = new BetterSqlite3(dataFile(dir));
      db.pragma('user_version = 999');
      db.close();
    },
    /nieuwere versie/,
  ],
];

test.use({ viewport: { width: 1366, height: 768 } });

for (const [name, damage, heading] of causes) {
  test(`recovery screen: ${name} workbook file, kept aside, newest good backup restored`, async ({ page, dataDir }) => {
    await workbookWithBackup(page, dataDir);
    damage(dataDir);
    const host = await startHostProcess(dataDir);
    await page.goto(host.url);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    await expect(page.getByText(dataFile(dataDir), { exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Afsluiten' })).toBeVisible();
    await expectNoAxeViolations(page);
    await saveScreenshot(page, `herstel-${name}`);

    await page.getByRole('button', { name: /^Reservekopie van .* terugzetten$/ }).click();
    await expect(page.getByRole('heading', { name: 'De reservekopie is teruggezet' })).toBeFocused();
    const aside = readdirSync(dataDir).filter(
      (file) => /^werkboek\.sqlite\.beschadigd-[0-9TZ-]+$/.test(file) && !/-(wal|shm)$/.test(file),
    );
    expect(aside).toHaveLength(1);
    await expect(page.getByText(join(dataDir, aside[0] ?? ''), { exact: true })).toBeVisible();
    await expectNoAxeViolations(page);
    await saveScreenshot(page, `herstel-${name}-gelukt`);

    await page.getByRole('button', { name: 'Naar het werkboek' }).click();
    await page.goto(`${host.url}#/instellingen`);
    await expect(page.getByLabel('Naam')).toHaveValue('Anna de Vries');
    await host.stop();
  });
}

test('recovery screen: a file in use by another program offers "try again", then opens', async ({ page, dataDir }) => {
  await workbookWithBackup(page, dataDir);
  const other = new BetterSqlite3(dataFile(dataDir));
  other.pragma('journal_mode = DELETE');
  other.exec('BEGIN EXCLUSIVE');
  const host = await startHostProcess(dataDir);
  await page.goto(host.url);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Je werkboekbestand is in gebruik');
  await expect(page.getByRole('button', { name: /terugzetten/ })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await saveScreenshot(page, 'herstel-in-gebruik');
  other.exec('COMMIT');
  other.close();
  await page.getByRole('button', { name: 'Opnieuw proberen' }).click();
  await expect(page.getByRole('link', { name: 'Werkboek Overheidsparticipatie' })).toBeVisible();
  await host.stop();
});

test('recovery screen: with the newest backup damaged, choose another or start empty; quit stops the host', async ({
  page,
  dataDir,
}) => {
  await workbookWithBackup(page, dataDir);
  const backups = join(dataDir, 'reservekopieen');
  const original = readdirSync(backups).find((name) => name.includes('-handmatig')) ?? '';
  // The good backup moves to the start of its day and a damaged copy takes its name: newer than
  // the good one, yet never in the future (a future-dated name is listed last, whatever the load).
  const good = original.replace(/-\d{6}-\d{3}-handmatig/, '-000000-000-handmatig');
  renameSync(join(backups, original), join(backups, good));
  writeFileSync(join(backups, original), readFileSync(join(backups, good)).fill(0x5a, 4096));
  writeFileSync(dataFile(dataDir), 'kapot');
  const host = await startHostProcess(dataDir);
  await page.goto(host.url);
  await expect(page.getByText(/beschadigd of niet bruikbaar/)).toBeVisible();
  await expect(page.getByText(/Een nieuwere reservekopie is beschadigd; die slaat het werkboek over/)).toBeVisible();
  await expect(page.getByRole('radio').first()).toBeDisabled();
  await saveScreenshot(page, 'herstel-kiezen');
  await page.getByRole('button', { name: 'Leeg beginnen' }).click();
  await expect(page.getByRole('button', { name: 'Ja, leeg beginnen' })).toBeFocused();
  await page.getByRole('button', { name: 'Annuleren' }).click();
  await page.getByRole('button', { name: 'Afsluiten' }).click();
  await expect(page.getByRole('heading', { name: 'Het werkboek is afgesloten' })).toBeVisible();
  expect(existsSync(dataFile(dataDir))).toBe(true);
  await host.stop();
});

test.describe('at 150 % zoom on a 1366×768 screen', () => {
  test.use({ viewport: { width: 911, height: 512 }, deviceScaleFactor: 1.5 });

  test('the recovery screen reads and works', async ({ page, dataDir }) => {
    await workbookWithBackup(page, dataDir);
    writeFileSync(dataFile(dataDir), '');
    const host = await startHostProcess(dataDir);
    await page.goto(host.url);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Je werkboekbestand is leeg');
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth).toBeLessThanOrEqual(911);
    await saveScreenshot(page, 'herstel-leeg-150');
    await expectNoAxeViolations(page);
    await host.stop();
  });
});
