import { type Profile, profileSchema, type Settings } from '../../contract/app-channels';
import type { SettingsRepository } from '../../db/settings-repository';

const emptyProfile: Profile = { name: '', jobTitle: '', organisation: '', department: '', manager: '' };

/** The user's profile: read with defaults, merged on write. */
export function createSettingsService(repository: SettingsRepository) {
  function get(): Settings {
    const stored = profileSchema.partial().safeParse(repository.read('profile') ?? {});
    return { profile: { ...emptyProfile, ...(stored.success ? stored.data : {}) } };
  }
  return {
    get,
    set(change: { profile: Partial<Profile> }): Settings {
      const profile = { ...get().profile, ...change.profile };
      repository.write('profile', profile);
      return { profile };
    },
  };
}
export type SettingsService = ReturnType<typeof createSettingsService>;
