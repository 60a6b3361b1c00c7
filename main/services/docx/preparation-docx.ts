import type { MeetingPreparation } from '../../contract/preparation-channels';
import {
  preparationFileName,
  preparationPdfSubject,
  preparationRunningHeader,
  preparationTitle,
  writePreparation,
} from '../pop-op/preparation-document';
import { createDocx } from './docx-document';

/**
 * The Gespreksvoorbereiding as a Word document: the same MeetingPreparation, headings and
 * wording (preparation-format.ts) as the PDF, editable.
 */
export function preparationDocx(preparation: MeetingPreparation) {
  const title = preparationTitle(preparation);
  return createDocx(
    {
      title,
      subject: preparationPdfSubject,
      author: preparation.employeeName.trim() || undefined,
      runningHeader: preparationRunningHeader(preparation),
    },
    (doc) => writePreparation(doc, preparation),
  );
}

/** "Gespreksvoorbereiding POP-OP 2027 - Ayşe Kovačević.docx": the PDF's name with Word's extension. */
export function preparationDocxFileName(preparation: MeetingPreparation): string {
  return preparationFileName(preparation).replace(/\.pdf$/, '.docx');
}
