import type { Handlers } from '../../contract/channels';
import type { SettingsService } from '../settings/settings-service';
import type { WorkbookContext } from '../workbook-context';
import { adviceFileName, buildAdvicePdf } from './advice-pdf';
import type { FinancingService } from './financing-service';

/** Handlers of Financieringshulp. The model and the guide's texts are read on first use. */
export function createFinancingHandlers(
  context: WorkbookContext,
  { financing: service, settings }: { financing: FinancingService; settings: SettingsService },
) {
  return {
    'financing.model': () => service.view(),
    'financing.list': () => service.list(),
    'financing.create': ({ name }) => service.create(name),
    'financing.get': ({ id }) => service.get(id),
    'financing.update': ({ id, patch }) => service.update(id, patch),
    'financing.duplicate': ({ id }) => service.duplicate(id),
    'financing.delete': ({ id }) => service.delete(id),
    'financing.verdict': ({ needs, moneyRole }) => service.verdict(needs, moneyRole),
    'financing.advise': ({ answers, weights }) => service.advise(answers, weights),
    'financing.exportPdf': async ({ id }) => {
      const note = service.adviceNote(id, settings.get().profile);
      return context.files.deliver({
        suggestedName: adviceFileName(note.initiative),
        bytes: await buildAdvicePdf(note),
        kind: 'pdf',
      });
    },
  } satisfies Partial<Handlers>;
}
