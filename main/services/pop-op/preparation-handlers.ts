import type { Handlers } from '../../contract/channels';
import type { WorkbookContext } from '../workbook-context';
import { preparationFileName } from './preparation-document';
import type { PreparationService } from './preparation-service';

/** Handlers of the Gespreksvoorbereiding: the prepared data, the bespreekpunten and the PDF. */
export function createPreparationHandlers(
  context: WorkbookContext,
  { preparation }: { preparation: PreparationService },
) {
  return {
    'popOp.preparation.get': ({ planId }) => preparation.get(planId),
    'popOp.preparation.setTalkingPoint': ({ planId, position, text }) =>
      preparation.setTalkingPoint(planId, position, text),
    'popOp.preparation.export': async ({ planId }) => {
      const prepared = preparation.get(planId);
      const bytes = await context.pdf.render('preparation', prepared);
      return context.files.deliver({ suggestedName: preparationFileName(prepared), bytes, kind: 'pdf' });
    },
  } satisfies Partial<Handlers>;
}
