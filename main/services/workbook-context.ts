import type { Database } from 'better-sqlite3';
import type { AppInfo } from '../contract/app-channels';
import type { GuideContent } from '../contract/guide-content';
import type { DataDirSource } from '../db/data-dir';
import type { FileDeliverer } from './files/file-deliverer';
import type { PdfRenderer } from './pdf-jobs/pdf-worker-pool';

/** What every feature's handlers may use: the open database and facts about this run. */
export interface WorkbookContext {
  db: Database;
  dataFile: string;
  dataDir: string;
  dataDirSource: DataDirSource;
  /** The app's `resources/` folder (guide content, fonts). */
  resourcesDir: string;
  app: AppInfo;
  /** The guide's content, loaded and validated on first use. */
  guide: () => GuideContent;
  /** How exported files reach the user in this shell; remembers what was saved. */
  files: FileDeliverer;
  /** Makes the PDFs, off the main thread (the shell's PDF worker): `render(kind, data)`. */
  pdf: PdfRenderer;
  /** Paths the user saved in this session: the only ones "Openen" and "Toon in map" accept. */
  savedPaths: Set<string>;
}
