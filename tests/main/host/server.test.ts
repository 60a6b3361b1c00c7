import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { hostBridgeScript } from '../../../main/host/host-bridge';
import { maxRequestBytes, type RunningHost, startHost } from '../../../main/host/server';
import { createTempDirs } from '../../helpers/temp-dir';
import { openTestWorkbook } from '../../helpers/workbook';

const tempDir = createTempDirs();
const running: { host: RunningHost; close(): void }[] = [];
afterEach(async () => {
  for (const item of running.splice(0)) {
    await item.host.close();
    item.close();
  }
});

async function start() {
  const rendererDir = join(tempDir(), 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(
    join(rendererDir, 'index.html'),
    '<!doctype html><html><head><title>t</title></head><body></body></html>',
  );
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(tempDir(), 'secret.txt'), 'geheim');
  const workbook = openTestWorkbook(tempDir());
  const host = await startHost({ handlers: workbook.handlers, rendererDir, port: 0 });
  running.push({ host, close: () => workbook.close() });
  return host;
}

interface Reply {
  status: number;
  body: string;
  headers: Record<string, string | string[] | undefined>;
}

/** A raw HTTP request, so tests can send any Host header and body. */
function send(
  port: number,
  path: string,
  options: { method?: string; host?: string; body?: string | Buffer; origin?: string } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { host: options.host ?? `127.0.0.1:${port}` };
    if (options.origin) headers.origin = options.origin;
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    const req = request({ host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), headers: res.headers }),
      );
    });
    req.on('error', (error) =>
      options.body && Buffer.byteLength(options.body) > maxRequestBytes
        ? resolve({ status: 413, body: '', headers: {} })
        : reject(error),
    );
    if (options.body !== undefined) req.end(options.body);
    else req.end();
  });
}

const tokenOf = (host: RunningHost) => new URL(host.url).pathname.split('/')[1] ?? '';

describe('browser host', () => {
  it('listens on 127.0.0.1 with a token in the URL', async () => {
    const host = await start();
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/[A-Za-z0-9_-]{20,}\/$/);
  });

  it('serves the page with the bridge script and a strict CSP', async () => {
    const host = await start();
    const page = await send(host.port, `/${tokenOf(host)}/`);
    expect(page.status).toBe(200);
    expect(page.body).toContain('<script src="./host-bridge.js"></script>');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['content-security-policy']).not.toContain('unsafe');
    const bridge = await send(host.port, `/${tokenOf(host)}/host-bridge.js`);
    expect(bridge.body).toBe(hostBridgeScript);
    expect(bridge.headers['content-type']).toBe('text/javascript; charset=utf-8');
  });

  it.each(['/', '/wrong-token/', '/wrong-token/api/health', '/../secret.txt'])(
    'refuses %s without the token',
    async (path) => {
      const host = await start();
      expect(
        (
          await send(host.port, path, {
            method: path.includes('/api/') ? 'POST' : 'GET',
            body: path.includes('/api/') ? '{}' : undefined,
          })
        ).status,
      ).toBe(403);
    },
  );

  it.each(['evil.example:80', 'attacker.test', '127.0.0.1', '127.0.0.1.nip.io'])(
    'refuses Host header %s (DNS rebinding)',
    async (hostHeader) => {
      const host = await start();
      expect((await send(host.port, `/${tokenOf(host)}/`, { host: hostHeader })).status).toBe(421);
    },
  );

  it('answers the contract over POST', async () => {
    const host = await start();
    const reply = await send(host.port, `/${tokenOf(host)}/api/settings.set`, {
      method: 'POST',
      body: JSON.stringify({ input: { profile: { name: 'Şahin' } } }),
    });
    expect(JSON.parse(reply.body)).toMatchObject({ ok: true, value: { profile: { name: 'Şahin' } } });
    const health = await send(host.port, `/${tokenOf(host)}/api/health`, { method: 'POST', body: '{}' });
    expect(JSON.parse(health.body)).toMatchObject({ ok: true, value: { schemaVersion: expect.any(Number) } });
  });

  it('answers an unknown channel with a clear Dutch error', async () => {
    const host = await start();
    const reply = await send(host.port, `/${tokenOf(host)}/api/bestaat.niet`, { method: 'POST', body: '{}' });
    expect(reply.status).toBe(404);
    expect(JSON.parse(reply.body)).toEqual({
      ok: false,
      error: { code: 'unknown-channel', message: expect.stringContaining('bestaat niet') },
    });
  });

  it('refuses broken JSON, a foreign Origin, GET on the API and bodies over the limit', async () => {
    const host = await start();
    const api = `/${tokenOf(host)}/api/settings.get`;
    expect(JSON.parse((await send(host.port, api, { method: 'POST', body: '{nee' })).body)).toMatchObject({
      error: { code: 'invalid-input' },
    });
    expect((await send(host.port, api, { method: 'POST', body: '{}', origin: 'https://evil.example' })).status).toBe(
      403,
    );
    expect((await send(host.port, api)).status).toBe(405);
    const huge = await send(host.port, api, { method: 'POST', body: Buffer.alloc(maxRequestBytes + 1024, 0x20) });
    expect(huge.status).toBe(413);
  });

  it('does not serve files outside the renderer folder', async () => {
    const host = await start();
    for (const path of ['/%2e%2e/secret.txt', '/..%2fsecret.txt', '/assets/..%5c..%5csecret.txt', '/%00']) {
      const reply = await send(host.port, `/${tokenOf(host)}${path}`);
      expect(reply.body, path).not.toContain('geheim');
    }
    expect((await send(host.port, `/${tokenOf(host)}/assets/app.js`)).status).toBe(200);
  });
});
