import type { Handlers } from '../../contract/channels';
import { schemaVersion } from '../../db/migrate';
import { createSettingsRepository } from '../../db/settings-repository';
import { createSettingsService } from '../settings/settings-service';
import type { WorkbookContext } from '../workbook-context';
import { logRenderError } from './error-log';

/** Handlers of the app shell: app info, health, the user's settings and the error log. */
export function createAppHandlers(context: WorkbookContext) {
  const settings = createSettingsService(createSettingsRepository(context.db));
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
