import type { Handlers } from '../../contract/channels';
import type { SettingsService } from '../settings/settings-service';
import type { WorkbookContext } from '../workbook-context';
import { adviceFileName } from './advice-pdf';
import type { FinancingService } from './financing-service';
import { initiatorFileName } from './initiator-pdf';
import type { LocalSchemesService } from './local-schemes-service';

/** Handlers of Financieringshulp. The model and the guide's texts are read on first use. */
export function createFinancingHandlers(
  context: WorkbookContext,
  {
    financing: service,
    localSchemes: schemes,
    settings,
  }: { financing: FinancingService; localSchemes: LocalSchemesService; settings: SettingsService },
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
    'financing.advise': (request) => service.advise(request),
    'financing.exportPdf': async ({ id, audience }) => {
      const note = service.adviceNote(id, settings.get().profile);
      const forInitiator = audience === 'initiatiefnemer';
      return context.files.deliver({
        suggestedName: forInitiator ? initiatorFileName(note.initiative) : adviceFileName(note.initiative),
        bytes: await context.pdf.render(forInitiator ? 'financingInitiator' : 'financingAdvice', note),
        kind: 'pdf',
      });
    },
    'financing.schemes.list': () => schemes.list(),
    'financing.schemes.create': (fields) => schemes.create(fields),
    'financing.schemes.update': ({ id, fields }) => schemes.update(id, fields),
    'financing.schemes.delete': ({ id }) => schemes.delete(id),
  } satisfies Partial<Handlers>;
}
