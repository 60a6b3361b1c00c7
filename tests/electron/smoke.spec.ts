import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ElectronApplication, _electron as electron, expect, type Page, test } from '@playwright/test';

/**
 * The desktop app as users get it: the built app in a real Electron, on each OS of the
 * release pipeline (.github/workflows/ci.yml). It runs only where an Electron binary exists.
 */
const root = join(import.meta.dirname, '../..');
const dataDir = mkdtempSync(join(tmpdir(), 'werkboek-electron-'));
test.afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** Every request the main process sees that would leave this machine; must stay empty. */
const outgoing: string[] = [];

async function launch(): Promise<{ app: ElectronApplication; page: Page }> {
  const app = await electron.launch({
    executablePath: process.env.ELECTRON_BINARY,
    args: [root, '--data-dir', dataDir, ...(process.platform === 'linux' ? ['--no-sandbox'] : [])],
  });
  // A listener on the default session in main: it sees the renderer's requests and main's own.
  await app.evaluate(({ session }) => {
    session.defaultSession.webRequest.onBeforeRequest((details, callback) => {
      const url = new URL(details.url);
      const local = ['app:', 'devtools:', 'chrome-extension:', 'data:', 'blob:'].includes(url.protocol);
      if (!local) console.log(`OUTGOING ${details.url}`);
      callback({});
    });
  });
  app.process().stdout?.on('data', (chunk: Buffer) => {
    for (const line of String(chunk).split('\n')) if (line.startsWith('OUTGOING ')) outgoing.push(line.slice(9));
  });
  const page = await app.firstWindow();
  await expect(page.getByRole('heading', { level: 1, name: 'Start' })).toBeVisible();
  return { app, page };
}

function call<T>(page: Page, channel: string, input: unknown): Promise<T> {
  return page.evaluate(
    async ([channel, input]) => {
      // Channel names as strings: the typed Bridge cannot cross into page.evaluate.
      const api = (
        window as unknown as { api: { call(c: string, i: unknown): Promise<{ ok: boolean; value: unknown }> } }
      ).api;
      const answer = await api.call(channel as string, input);
      if (!answer.ok) throw new Error(JSON.stringify(answer));
      return answer.value;
    },
    [channel, input] as const,
  ) as Promise<T>;
}

test('the desktop app starts hardened, in Dutch, and keeps an answer across a restart', async () => {
  const first = await launch();
  const { page } = first;
  expect(page.url()).toMatch(/^app:\/\/werkboek\//);
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('nl');
  await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toContainText('Zelfanalyses');
  // No Node in the renderer, only the bridge.
  expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
  expect(await page.evaluate(() => Object.keys((window as { api?: object }).api ?? {}))).toEqual(['call']);
  expect(await call(page, 'health', undefined)).toMatchObject({ dataDirSource: 'argument' });

  // The CSP holds: an injected inline script is refused.
  const violation = page.evaluate(
    () =>
      new Promise<string>((resolve) =>
        document.addEventListener('securitypolicyviolation', (event) => resolve(event.violatedDirective)),
      ),
  );
  await page.addScriptTag({ content: 'window.__injected = true' }).catch(() => undefined);
  expect(await violation).toBe('script-src-elem');
  expect(await page.evaluate(() => (window as { __injected?: boolean }).__injected)).toBeUndefined();

  // window.open to a non-https target opens nothing.
  await page.evaluate(() => window.open('file:///etc/passwd'));
  expect(first.app.windows()).toHaveLength(1);

  const run = await call<{ id: number }>(page, 'selfAnalysis.start', { scope: 'all' });
  await call(page, 'selfAnalysis.answer', { runId: run.id, statementId: 'doen-1', value: 3 });
  await first.app.close();

  const second = await launch();
  const detail = await call<{ answers: Record<string, number> }>(second.page, 'selfAnalysis.get', { runId: run.id });
  expect(detail.answers['doen-1']).toBe(3);
  await second.app.close();

  expect(outgoing, 'requests that left the machine').toEqual([]);
});
