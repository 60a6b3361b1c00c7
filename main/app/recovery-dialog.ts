import { dialog } from 'electron';
import { once } from '../contract/once';
import { backupsDirFor, listBackups } from '../db/backups';
import type { DataFileError } from '../db/data-file-error';

const dateFormat = once(() => new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeStyle: 'short' }));

/** Asks, in Dutch, whether to put the newest backup in place of a damaged workbook. */
export async function askToRestoreBackup(problem: DataFileError): Promise<boolean> {
  const dataDir = problem.file.replace(/[\\/][^\\/]+$/, '');
  const newest = listBackups(backupsDirFor(dataDir))[0];
  if (!newest) return false;
  const answer = await dialog.showMessageBox({
    type: 'warning',
    title: 'Werkboek Overheidsparticipatie',
    message: 'Je werkboekbestand is beschadigd.',
    detail:
      `${problem.message}\n\nDe nieuwste reservekopie is van ${dateFormat().format(newest.createdAt)}. ` +
      'Wil je die terugzetten? Het beschadigde bestand blijft bewaard, zodat je IT-afdeling er nog naar kan kijken.',
    buttons: ['Reservekopie terugzetten', 'Afsluiten'],
    defaultId: 0,
    cancelId: 1,
    noLink: true,
  });
  return answer.response === 0;
}
