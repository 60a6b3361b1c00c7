import type { Handlers } from '../../contract/channels';
import { schemaVersion } from '../../db/migrate';
import type { SettingsService } from '../settings/settings-service';
import type { WorkbookContext } from '../workbook-context';
import { logRenderError } from './error-log';

/** Handlers of the app shell: app info, health, the user's settings and the error log. */
export function createAppHandlers(context: WorkbookContext, { settings }: { settings: SettingsService }) {
  return {
    'app.info': () => context.app,
    health: () => ({
      schemaVersion: schemaVersion(context.db),
      dataFile: context.dataFile,
      dataDirSource: context.dataDirSource,
    }),
    'settings.get': () => settings.get(),
    'settings.set': (input) => settings.set(input),
    'app.logError': (input) => ({ logFile: logRenderError(context.dataDir, input) }),
  } satisfies Partial<Handlers>;
}
