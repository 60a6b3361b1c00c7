import type { Handlers } from '../../contract/channels';
import { UserFacingError } from '../../contract/envelope';
import type { WorkbookContext } from '../workbook-context';

const notSavedHere =
  'Dit bestand is niet in deze sessie door het werkboek opgeslagen, dus het werkboek opent het niet.';

/**
 * "Openen" and "Toon in map" after an export. The renderer may only name a path that this
 * session saved itself, so it can never ask main to open an arbitrary file or program.
 */
export function createFileHandlers(context: WorkbookContext) {
  return {
    'file.open': async ({ path }) => {
      if (!context.savedPaths.has(path)) throw new UserFacingError('not-found', notSavedHere);
      await context.files.open(path);
      return null;
    },
    'file.showInFolder': async ({ path }) => {
      if (!context.savedPaths.has(path)) throw new UserFacingError('not-found', notSavedHere);
      await context.files.showInFolder(path);
      return null;
    },
  } satisfies Partial<Handlers>;
}
