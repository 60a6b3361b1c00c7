import { create } from 'zustand';
import type { Health, Profile } from '../../../main/contract/app-channels';
import { call } from '../api/client';

type SaveState = 'idle' | 'saving' | 'saved' | 'error';

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

const saveDelayMs = 400;
let pending: Partial<Profile> = {};
let timer: ReturnType<typeof setTimeout> | undefined;

/** The profile fields of Instellingen, autosaved through `settings.set`. */
export const useSettingsStore = create<SettingsState>((set, get) => ({
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
    set({ profile: { ...profile, [field]: value }, saveState: 'saving' });
    pending = { ...pending, [field]: value };
    clearTimeout(timer);
    timer = setTimeout(() => void get().flush(), saveDelayMs);
  },
  async flush() {
    clearTimeout(timer);
    if (Object.keys(pending).length === 0) return;
    const change = pending;
    pending = {};
    const result = await call('settings.set', { profile: change });
    if (result.ok) set({ saveState: 'saved', saveError: undefined });
    else set({ saveState: 'error', saveError: result.error.message });
  },
}));

// Nothing typed may be lost when the window closes between a keystroke and the save.
window.addEventListener('beforeunload', () => void useSettingsStore.getState().flush());
