import type { Handlers } from '../../contract/channels';
import type { WorkbookContext } from '../workbook-context';
import type { PrintSettingsService } from './print-settings-service';

/** Handlers of Instellingen › Afdrukken: the confidential marking and the logo. */
export function createPrintSettingsHandlers(
  _context: WorkbookContext,
  { printSettings }: { printSettings: PrintSettingsService },
) {
  return {
    'printSettings.get': () => printSettings.get(),
    'printSettings.setConfidential': ({ confidential }) => printSettings.setConfidential(confidential),
    'printSettings.setLogo': (upload) => printSettings.setLogo(upload),
    'printSettings.removeLogo': () => printSettings.removeLogo(),
  } satisfies Partial<Handlers>;
}
