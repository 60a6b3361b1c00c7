import { create } from 'zustand';
import type { Envelope } from '../../../main/contract/envelope';
import { logoLimits, logoTooLargeMessage, type PrintSettings } from '../../../main/contract/print-settings-channels';
import { call } from '../api/client';
import { fileAsBase64 } from '../lib/file-base64';

interface PrintSettingsState {
  settings: PrintSettings | undefined;
  busy: boolean;
  /** Main's Dutch message when a change was refused (a GIF, a damaged file, …). */
  error: string | undefined;
  /** What just happened, for the status line: "Het logo is bewaard." */
  done: string | undefined;
  load(): Promise<void>;
  setConfidential(confidential: boolean): Promise<void>;
  chooseLogo(file: File): Promise<void>;
  removeLogo(): Promise<void>;
}

/** Instellingen › Afdrukken: each change is stored at once; main checks the logo. */
export const usePrintSettingsStore = create<PrintSettingsState>((set, get) => {
  /** Runs a change; a refused one puts back what main last said. */
  async function run(done: string, work: () => Promise<Envelope<PrintSettings>>, before = get().settings) {
    set({ busy: true, error: undefined, done: undefined });
    const result = await work();
    if (result.ok) set({ settings: result.value, busy: false, done });
    else set({ settings: before, busy: false, error: result.error.message });
  }
  return {
    settings: undefined,
    busy: false,
    error: undefined,
    done: undefined,
    async load() {
      const result = await call('printSettings.get', undefined);
      if (result.ok) set({ settings: result.value, error: undefined, done: undefined });
      else set({ error: result.error.message });
    },
    setConfidential(confidential) {
      const before = get().settings;
      if (!before) return Promise.resolve();
      // The box follows the click at once; main's answer confirms it.
      set({ settings: { ...before, confidential } });
      return run(
        confidential ? 'De markering komt op je POP-OP.' : 'De markering is uitgezet.',
        () => call('printSettings.setConfidential', { confidential }),
        before,
      );
    },
    async chooseLogo(file) {
      // Said at once, without sending a large file to main first; main checks the size again.
      if (file.size > logoLimits.maxBytes) return set({ error: logoTooLargeMessage, done: undefined });
      const base64 = await fileAsBase64(file);
      await run('Het logo is bewaard.', () => call('printSettings.setLogo', { fileName: file.name, base64 }));
    },
    removeLogo: () => run('Het logo is verwijderd.', () => call('printSettings.removeLogo', undefined)),
  };
});
