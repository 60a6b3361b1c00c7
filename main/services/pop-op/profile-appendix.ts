import type { LatestProfile } from '../../contract/self-analysis-channels';
import { formatAverage, formatDate } from '../../contract/self-analysis-format';
import { drawRadar } from '../pdf/pdf-radar';
import { markdownAsPrintText } from '../pdf/pdf-text';
import type { PdfWriter } from '../pdf/pdf-writer';
import { profileRadar } from '../self-analysis/profile-radar';

/** What the appendix needs: the latest complete profile and the guide's "how to read your score". */
export interface ProfileAppendix {
  profile: NonNullable<LatestProfile>;
  /** The guide's reading text (Markdown). */
  reading: string;
}

export const profileAppendixHeading = 'Bijlage: mijn laatste zelfanalyse-profiel';

/**
 * The guide's reading up to its first blank line: what a higher score means. The rest points
 * to reflection questions that belong to the self-analysis itself, not to this appendix.
 */
function firstParagraph(markdown: string): string {
  return (
    markdownAsPrintText(markdown)
      .split(/\n\s*\n/)[0]
      ?.trim() ?? ''
  );
}

/**
 * The appendix on its own page: the same radar chart as the self-analysis screen and PDF
 * (drawRadar, one geometry), then the numbers as a table, which is what screen readers get.
 * Everything fits on one A4 page, so the appendix can be handed over as one sheet.
 */
export function writeProfileAppendix(pdf: PdfWriter, { profile, reading }: ProfileAppendix): void {
  pdf.pageBreak();
  pdf.heading(profileAppendixHeading, 2);
  pdf.keyValues([
    ...(profile.runName ? [['Zelfanalyse', profile.runName] as [string, string]] : []),
    ['Ingevuld op', formatDate(profile.createdAt)],
  ]);
  pdf.paragraph(firstParagraph(reading), { italic: true });
  drawRadar(pdf, profileRadar(profile.themes.map((theme) => ({ label: theme.themeTitle, average: theme.average }))));
  pdf.table({
    columns: [{ header: 'Thema' }, { header: 'Gemiddelde (1–4)' }, { header: 'Zo lees je de score' }],
    rows: profile.themes.map((theme) => [theme.themeTitle, formatAverage(theme.average), theme.reading]),
  });
}
