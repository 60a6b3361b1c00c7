import { DataFileError } from '../db/data-file-error';
import { type Recovery, restoreNewestBackup } from '../db/recover';
import { openWorkbook, type WorkbookOptions } from './workbook';

/** What the shell should tell the user after a damaged workbook was found. */
export type RecoveryQuestion = (problem: DataFileError) => Promise<boolean>;

/**
 * Opens the workbook; when the file is damaged (or not a workbook at all) and a backup
 * exists, asks the shell whether to restore the newest backup. The damaged file is always
 * kept aside, never overwritten. Other problems (a newer file, no rights) are passed on.
 */
export async function openOrRecover(options: WorkbookOptions, askToRestore: RecoveryQuestion) {
  try {
    return { workbook: openWorkbook(options), recovery: undefined as Recovery | undefined };
  } catch (error) {
    const damaged = error instanceof DataFileError && (error.problem === 'corrupt' || error.problem === 'not-sqlite');
    if (!damaged || !(await askToRestore(error))) throw error;
    const recovery = restoreNewestBackup(options.dataDir);
    if (!recovery) throw error;
    return { workbook: openWorkbook(options), recovery };
  }
}
