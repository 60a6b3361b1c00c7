import type { Handlers } from '../../contract/channels';
import { createFinancingRepository } from '../../db/financing-repository';
import { createSettingsRepository } from '../../db/settings-repository';
import { createSettingsService } from '../settings/settings-service';
import type { WorkbookContext } from '../workbook-context';
import { adviceFileName, buildAdvicePdf } from './advice-pdf';
import { createFinancingService, createFinancingSources } from './financing-service';

/** Handlers of Financieringshulp. The model and the guide's texts are read on first use. */
export function createFinancingHandlers(context: WorkbookContext) {
  const sources = createFinancingSources(context.resourcesDir, context.guide);
  const service = createFinancingService(createFinancingRepository(context.db), sources);
  const settings = createSettingsService(createSettingsRepository(context.db));
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
        bytes: await buildAdvicePdf(note, { resourcesDir: context.resourcesDir }),
        kind: 'pdf',
      });
    },
  } satisfies Partial<Handlers>;
}
