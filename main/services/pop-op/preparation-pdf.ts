import type { MeetingPreparation } from '../../contract/preparation-channels';
import { createPdf, type PdfOptions } from '../pdf/pdf-document';
import {
  preparationPdfSubject,
  preparationRunningHeader,
  preparationTitle,
  writePreparation,
} from './preparation-document';

/**
 * The Gespreksvoorbereiding as one or two A4 pages to take to the talk: the bespreekpunten,
 * where each action stands, what changed since the last meeting and the self-analysis since.
 * A pure function of the prepared data, like the other PDFs.
 */
export function preparationPdf(preparation: MeetingPreparation, options: PdfOptions): Promise<Buffer> {
  return createPdf(
    {
      title: preparationTitle(preparation),
      subject: preparationPdfSubject,
      author: preparation.employeeName.trim() || undefined,
      runningHeader: preparationRunningHeader(preparation),
    },
    (pdf) => writePreparation(pdf, preparation),
    options,
  );
}
