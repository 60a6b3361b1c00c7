import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';

const root = join(import.meta.dirname, '../..');

test('the desktop app starts hardened, shows the home screen and answers the contract', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'werkboek-electron-'));
  const app = await electron.launch({
    executablePath: process.env.ELECTRON_BINARY,
    args: [root, '--data-dir', dataDir, ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
  });
  try {
    const page = await app.firstWindow();
    await expect(page.getByRole('heading', { level: 1, name: 'Werkboek Overheidsparticipatie' })).toBeVisible();
    expect(page.url()).toMatch(/^app:\/\/werkboek\//);
    // No Node in the renderer, only the bridge.
    expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
    expect(await page.evaluate(() => Object.keys((window as { api?: object }).api ?? {}))).toEqual(['call']);
    const health = await page.evaluate(() =>
      (window as unknown as { api: { call(c: string, i: undefined): Promise<unknown> } }).api.call('health', undefined),
    );
    expect(health).toMatchObject({ ok: true, value: { dataDirSource: 'argument' } });
    // window.open to a non-https target opens nothing.
    await page.evaluate(() => window.open('file:///etc/passwd'));
    expect(app.windows()).toHaveLength(1);
  } finally {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
