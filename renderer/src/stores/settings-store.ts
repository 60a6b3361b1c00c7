import { create } from 'zustand';
import type { Health, Profile } from '../../../main/contract/app-channels';
import { call } from '../api/client';
import { createAutosaver, type SaveState } from '../lib/autosaver';

interface SettingsState {
  profile: Profile | undefined;
  health: Health | undefined;
  loadError: string | undefined;
  saveState: SaveState;
  saveError: string | undefined;
  load(): Promise<void>;
  /** Changes one field at once on screen and saves it shortly after typing stops. */
  change(field: keyof Profile, value: string): void;
  /** Saves what is pending now (on blur or when leaving the screen). */
  flush(): Promise<void>;
}

/** The profile fields of Instellingen, autosaved through `settings.set`. */
export const useSettingsStore = create<SettingsState>((set, get) => {
  const autosaver = createAutosaver<Partial<Profile>>({
    delayMs: 400,
    merge: (queued, patch) => ({ ...queued, ...patch }),
    save: async (profile) => {
      const result = await call('settings.set', { profile });
      return result.ok ? { ok: true } : { ok: false, message: result.error.message };
    },
    onState: (saveState, message) => set({ saveState, saveError: saveState === 'error' ? message : undefined }),
  });
  return {
    profile: undefined,
    health: undefined,
    loadError: undefined,
    saveState: 'idle',
    saveError: undefined,
    async load() {
      const [settings, health] = await Promise.all([call('settings.get', undefined), call('health', undefined)]);
      if (!settings.ok) return set({ loadError: settings.error.message });
      set({ profile: settings.value.profile, health: health.ok ? health.value : undefined, loadError: undefined });
    },
    change(field, value) {
      const profile = get().profile;
      if (!profile) return;
      set({ profile: { ...profile, [field]: value } });
      autosaver.push({ [field]: value });
    },
    flush: () => autosaver.flush(),
  };
});
