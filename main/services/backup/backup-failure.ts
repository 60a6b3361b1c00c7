import { UserFacingError } from '../../contract/envelope';
import { errorCode } from '../../db/data-file-error';

/** Why a backup could not be made, in Dutch, with what the user can do about it. */
export function backupFailureMessage(error: unknown, dir: string): string {
  const code = errorCode(error);
  if (code === 'ENOTDIR' || code === 'EEXIST')
    return `Er kon geen reservekopie worden gemaakt: ${dir} is een bestand, geen map. Geef dat bestand een andere naam, dan maakt het werkboek weer reservekopieën.`;
  if (code === 'ENOSPC' || code === 'SQLITE_FULL')
    return 'Er kon geen reservekopie worden gemaakt: de schijf is vol. Maak ruimte vrij en probeer het opnieuw.';
  if (code === 'EACCES' || code === 'EPERM' || code.startsWith('SQLITE_CANTOPEN') || code === 'SQLITE_READONLY')
    return `Er kon geen reservekopie worden gemaakt: het werkboek mag niet schrijven in ${dir}. Vraag je IT-afdeling om hulp.`;
  return 'Er kon geen reservekopie worden gemaakt. Probeer het opnieuw; blijft dit gebeuren, neem dan contact op met je IT-afdeling.';
}

/** Runs `make`; a failure becomes a Dutch refusal, so a risky step never runs without its backup. */
export function backupOrRefuse<T>(make: () => T, dir: string): T {
  try {
    return make();
  } catch (error) {
    throw new UserFacingError('data-file', `${backupFailureMessage(error, dir)} Er is niets veranderd.`);
  }
}
