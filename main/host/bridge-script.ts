/**
 * The browser host's `window.api`: the same `call(channel, input)` as the Electron preload,
 * forwarded over HTTP to this server. Served as an external script (the CSP forbids inline
 * scripts) and loaded before the renderer's bundle.
 */
export const bridgeScript = `(() => {
  const base = new URL('.', document.currentScript.src).href;
  const call = async (channel, input) => {
    try {
      const body = JSON.stringify({ input });
      const response = await fetch(base + 'api/' + encodeURIComponent(channel), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
        // A save sent while the tab closes (the autosaver's flush) must still arrive.
        // Browsers allow keepalive only for bodies under 64 kB; larger calls are never flushes.
        keepalive: body.length < 60000,
      });
      return await response.json();
    } catch {
      return { ok: false, error: { code: 'internal', message: 'Het werkboek reageert niet. Is het venster van de host gesloten? Start het werkboek opnieuw.' } };
    }
  };
  Object.defineProperty(window, 'api', { value: Object.freeze({ call }), writable: false });
})();
`;
