import type { Bridge } from '../contract/channels';
import type { Envelope } from '../contract/envelope';

/**
 * The browser host's `window.api`: the same `Bridge` as the Electron preload, its calls sent
 * over HTTP to this server. Typed here, and run in the page as its own source text
 * (`hostBridgeScript`), so it must not use anything from outside the function: no imports at
 * run time, no module-level names.
 */
function installHostBridge(page: object, scriptUrl: string): void {
  const base = new URL('.', scriptUrl).href;
  const api = {
    async call(channel, input) {
      try {
        const body = JSON.stringify({ input });
        const response = await fetch(`${base}api/${encodeURIComponent(channel)}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body,
          // A save sent while the tab closes (the autosaver's flush) must still arrive.
          // Browsers allow keepalive only for bodies under 64 kB; larger calls are never flushes.
          keepalive: body.length < 60000,
        });
        return (await response.json()) as Envelope<never>;
      } catch {
        const message = 'Het werkboek reageert niet. Is het venster van de host gesloten? Start het werkboek opnieuw.';
        return { ok: false, error: { code: 'internal', message } };
      }
    },
  } satisfies Bridge;
  Object.defineProperty(page, 'api', { value: Object.freeze(api), writable: false });
}

/**
 * The script the host serves as `host-bridge.js`: an external script (the CSP forbids inline
 * ones), loaded before the renderer's bundle.
 */
export const hostBridgeScript = `(${installHostBridge.toString()})(window, document.currentScript.src);\n`;
