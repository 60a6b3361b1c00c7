import { create } from 'zustand';
import { type Health, type Profile, profileSchema } from '../../../main/contract/app-channels';
import { call } from '../api/client';
import { createAutosaver, type FieldSaveState } from '../lib/autosaver';
import { contractMessage, saveResultOf } from '../lib/save-result';

type ProfileField = keyof Profile;

interface SettingsState {
  profile: Profile | undefined;
  health: Health | undefined;
  loadError: string | undefined;
  /** Save state per profile field; a field that is not saved keeps its own message. */
  saveStates: Partial<Record<ProfileField, FieldSaveState>>;
  load(): Promise<void>;
  /** Changes one field at once on screen and saves it shortly after typing stops. */
  change(field: ProfileField, value: string): void;
  /** Saves what is pending now (on blur or when leaving the screen). */
  flush(): Promise<void>;
}

/** The profile fields of Instellingen, autosaved one field at a time through `settings.set`. */
export const useSettingsStore = create<SettingsState>((set, get) => {
  const autosaver = createAutosaver<string>({
    delayMs: 400,
    validate: (field, value) => contractMessage(profileSchema.shape[field as ProfileField], value),
    save: async (field, value) => saveResultOf(await call('settings.set', { profile: { [field]: value } })),
    onChange: (field, state) => set((current) => ({ saveStates: { ...current.saveStates, [field]: state } })),
  });
  return {
    profile: undefined,
    health: undefined,
    loadError: undefined,
    saveStates: {},
    async load() {
      const [settings, health] = await Promise.all([call('settings.get', undefined), call('health', undefined)]);
      if (!settings.ok) return set({ loadError: settings.error.message });
      set({ profile: settings.value.profile, health: health.ok ? health.value : undefined, loadError: undefined });
    },
    change(field, value) {
      const profile = get().profile;
      if (!profile) return;
      set({ profile: { ...profile, [field]: value } });
      autosaver.push(field, value);
    },
    flush: () => autosaver.flush(),
  };
});
