import { join } from 'node:path';
import type { AppInfo } from '../contract/app-channels';
import type { Handlers } from '../contract/channels';
import type { GuideContent } from '../contract/guide-content';
import { type DataDirSource, dataFileName } from '../db/data-dir';
import { schemaVersion } from '../db/migrate';
import { migrations } from '../db/migrations/index';
import { openDatabase } from '../db/open-database';
import { createSettingsRepository } from '../db/settings-repository';
import { loadGuideContent } from './guide/load-content';
import { createSettingsService } from './settings-service';
import { createWindowStateService } from './window-state-service';

export interface WorkbookOptions {
  dataDir: string;
  dataDirSource: DataDirSource;
  /** The app's `resources/` folder (guide content, fonts). */
  resourcesDir: string;
  app: AppInfo;
}

/**
 * The whole application behind the contract, on plain Node: opens the data file, loads the
 * guide and builds the handler table. Electron and the browser host both start here.
 */
export function openWorkbook(options: WorkbookOptions) {
  const dataFile = join(options.dataDir, dataFileName);
  const db = openDatabase(dataFile, { migrations });
  const settingsRepository = createSettingsRepository(db);
  const settings = createSettingsService(settingsRepository);
  // The guide is read on first use, so start-up does not wait for it.
  let guide: GuideContent | undefined;

  const handlers = {
    'app.info': () => options.app,
    health: () => ({ schemaVersion: schemaVersion(db), dataFile, dataDirSource: options.dataDirSource }),
    'settings.get': () => settings.get(),
    'settings.set': (input) => settings.set(input),
    'guide.content': () => {
      guide ??= loadGuideContent(join(options.resourcesDir, 'content'));
      return guide;
    },
  } satisfies Handlers;

  return {
    handlers,
    dataFile,
    windowState: createWindowStateService(settingsRepository),
    close(): void {
      db.close();
    },
  };
}
export type Workbook = ReturnType<typeof openWorkbook>;
