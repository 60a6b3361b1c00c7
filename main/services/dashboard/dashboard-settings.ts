import {
  type DashboardSettings,
  dashboardSettingsSchema,
  defaultDashboardSettings,
  type Visit,
  visitSchema,
} from '../../contract/dashboard-channels';
import type { SettingsRepository } from '../../db/settings-repository';

/** The settings keys of the start screen (declared for export and import in table-rules.ts). */
export const dashboardSettingKeys = { settings: 'dashboard', lastVisit: 'lastVisit' } as const;

/** Screens that are not work to go back to: "verder waar je was" skips them. */
const notWorkScreens = new Set(['/instellingen', '/over']);

/** The start screen's setting and the last screen visited, stored as settings; a damaged value reads as the default. */
export function createDashboardSettings(repository: SettingsRepository) {
  return {
    get(): DashboardSettings {
      const stored = dashboardSettingsSchema.safeParse(repository.read(dashboardSettingKeys.settings));
      return stored.success ? stored.data : defaultDashboardSettings;
    },
    set(settings: DashboardSettings): DashboardSettings {
      repository.write(dashboardSettingKeys.settings, settings);
      return settings;
    },
    lastVisit(): Visit | undefined {
      const stored = visitSchema.safeParse(repository.read(dashboardSettingKeys.lastVisit));
      return stored.success ? stored.data : undefined;
    },
    visit(visit: Visit): null {
      if (!notWorkScreens.has(visit.path)) repository.write(dashboardSettingKeys.lastVisit, visit);
      return null;
    },
  };
}
export type DashboardSettingsStore = ReturnType<typeof createDashboardSettings>;
