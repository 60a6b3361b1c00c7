import type { Database } from 'better-sqlite3';
import type { AppInfo } from '../contract/app-channels';
import type { DataDirSource } from '../db/data-dir';

/** What every feature's handlers may use: the open database and facts about this run. */
export interface WorkbookContext {
  db: Database;
  dataFile: string;
  dataDirSource: DataDirSource;
  /** The app's `resources/` folder (guide content, fonts). */
  resourcesDir: string;
  app: AppInfo;
}
