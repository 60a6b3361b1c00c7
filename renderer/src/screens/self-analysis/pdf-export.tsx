/** Placeholder until the PDF channel exists. */
export function PdfExport(_props: { runId: number }) {
  return null;
}
