import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import type { Bridge } from '../../../main/contract/channels';
import { hostBridgeScript } from '../../../main/host/host-bridge';

interface Sent {
  url: string;
  init: { method: string; headers: Record<string, string>; body: string; keepalive: boolean };
}

/**
 * Runs the served script in a fresh context with only what a page offers (window, document,
 * fetch and the language's globals): it proves the script needs nothing from its module.
 */
function loadBridge(fetchImpl: (url: string, init: Sent['init']) => Promise<{ json(): Promise<unknown> }>) {
  const page: { api?: Bridge } = {};
  runInNewContext(hostBridgeScript, {
    window: page,
    document: { currentScript: { src: 'http://127.0.0.1:5000/TOKEN/host-bridge.js' } },
    fetch: fetchImpl,
    URL,
  });
  if (!page.api) throw new Error('the script did not install window.api');
  return page.api;
}

describe('the browser host bridge script', () => {
  it('posts each call to the API next to the script and returns its envelope', async () => {
    const sent: Sent[] = [];
    const api = loadBridge(async (url, init) => {
      sent.push({ url, init });
      return { json: async () => ({ ok: true, value: { schemaVersion: 5 } }) };
    });
    const result = await api.call('selfAnalysis.get', { runId: 3 });
    expect(result).toEqual({ ok: true, value: { schemaVersion: 5 } });
    expect(sent).toHaveLength(1);
    expect(sent[0]?.url).toBe('http://127.0.0.1:5000/TOKEN/api/selfAnalysis.get');
    expect(sent[0]?.init.method).toBe('POST');
    expect(JSON.parse(sent[0]?.init.body ?? '')).toEqual({ input: { runId: 3 } });
    expect(sent[0]?.init.keepalive).toBe(true);
  });

  it('sends large calls without keepalive (browsers refuse it above 64 kB)', async () => {
    const sent: Sent[] = [];
    const api = loadBridge(async (url, init) => {
      sent.push({ url, init });
      return { json: async () => ({ ok: true, value: null }) };
    });
    await api.call('workbook.import', { text: 'x'.repeat(70_000) });
    expect(sent[0]?.init.keepalive).toBe(false);
  });

  it('answers with a Dutch envelope when the host cannot be reached', async () => {
    const api = loadBridge(async () => {
      throw new TypeError('Failed to fetch');
    });
    const result = await api.call('health', undefined);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('internal');
      expect(result.error.message).toContain('Start het werkboek opnieuw');
    }
  });

  it('cannot be replaced by the page afterwards', () => {
    const page: { api?: unknown } = {};
    runInNewContext(hostBridgeScript, {
      window: page,
      document: { currentScript: { src: 'http://127.0.0.1:5000/TOKEN/host-bridge.js' } },
      URL,
    });
    const installed = page.api;
    expect(() => {
      page.api = {};
    }).toThrow(TypeError);
    expect(page.api).toBe(installed);
    expect(Object.isFrozen(installed)).toBe(true);
  });
});
