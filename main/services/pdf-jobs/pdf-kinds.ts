import type { Plan, PopOpTemplateView } from '../../contract/pop-op-channels';
import { buildAdvicePdf } from '../financing/advice-pdf';
import { buildInitiatorPdf } from '../financing/initiator-pdf';
import type { PdfOptions } from '../pdf/pdf-document';
import { popOpPdf } from '../pop-op/pop-op-pdf';
import { preparationPdf } from '../pop-op/preparation-pdf';
import { type SelfAnalysisPdfInput, selfAnalysisPdf } from '../self-analysis/self-analysis-pdf';
import { teamPdf } from '../team/team-pdf';

/**
 * Every PDF the app makes, by kind: the one table the PDF worker dispatches on. A builder
 * gets the data its handler looked up (structured-cloned into the worker: plain objects,
 * arrays, strings, numbers, Dates; no functions or class instances) and the options, to
 * which the worker adds `resourcesDir`. A new PDF is one line here (see DEVELOPERS.md).
 */
export const pdfBuilders = {
  // The plan, its template and the rest of popOpPdf's options (appendix, …) but the fonts folder and the date.
  popOp: (
    { plan, template, ...rest }: { plan: Plan; template: PopOpTemplateView } & PopOpExtras,
    options: PdfOptions,
  ) => popOpPdf(plan, template, { ...rest, ...options }),
  selfAnalysis: (data: Omit<SelfAnalysisPdfInput, 'resourcesDir' | 'printedOn'>, options: PdfOptions) =>
    selfAnalysisPdf({ ...data, ...options }),
  financingAdvice: buildAdvicePdf,
  financingInitiator: buildInitiatorPdf,
  team: teamPdf,
  preparation: preparationPdf,
} satisfies Record<string, (data: never, options: PdfOptions) => Promise<Buffer>>;

type PopOpExtras = Omit<Parameters<typeof popOpPdf>[2], keyof PdfOptions>;

export type PdfKind = keyof typeof pdfBuilders;
/** What a kind's builder prints. */
export type PdfData<K extends PdfKind> = Parameters<(typeof pdfBuilders)[K]>[0];
/** Options a handler may pass; the fonts folder is the worker's own (given when it starts). */
export type PdfJobOptions = Omit<PdfOptions, 'resourcesDir'>;

export function isPdfKind(kind: unknown): kind is PdfKind {
  return typeof kind === 'string' && Object.hasOwn(pdfBuilders, kind);
}
