import { formatAverage } from '../../contract/self-analysis-format';
import { createPdf, type PdfOptions } from '../pdf/pdf-document';
import { drawRadar } from '../pdf/pdf-radar';
import { markdownAsPrintText } from '../pdf/pdf-text';
import type { PdfWriter } from '../pdf/pdf-writer';
import { spreadText, teamWords } from './team-labels';
import type { ShownMirror } from './team-mirror';
import { teamRadar } from './team-radar';

const scaleHeaders = ['Zeer oneens', 'Oneens', 'Eens', 'Zeer eens'];

/** The team mirror of one round as a PDF for the team session: only figures of the whole group. */
export function teamPdf(mirror: ShownMirror, options: PdfOptions): Promise<Buffer> {
  const title = `Teamspiegel: ${mirror.round.name}`;
  return createPdf(
    { title, subject: 'Teamspiegel overheidsparticipatie', runningHeader: title },
    (pdf) => {
      pdf.heading(title, 1);
      pdf.keyValues([
        ['Rondecode', mirror.round.code],
        ['Deelnemers', String(mirror.round.responseCount)],
        ['Minimale groep', String(mirror.round.minimumGroupSize)],
      ]);
      pdf.paragraph(
        'Per thema zie je de mediaan van het team: de helft scoort lager, de helft hoger. De middelste helft laat de spreiding zien: ' +
          'hoe verder die uiteen ligt, hoe meer het team van mening verschilt. Niemands eigen antwoorden staan in dit document.',
      );
      pdf.heading('Per thema', 2);
      drawRadar(pdf, teamRadar(mirror.themes));
      pdf.table({
        columns: [{ header: 'Thema' }, { header: 'Mediaan en middelste helft (1–4)' }, { header: 'Deelnemers' }],
        rows: mirror.themes.map((theme) => [theme.title, spreadText(theme.spread), String(theme.spread?.count ?? '–')]),
      });
      writeStarters(pdf, mirror);
      writeDistributions(pdf, mirror);
    },
    options,
  );
}

function writeStarters(pdf: PdfWriter, mirror: ShownMirror): void {
  pdf.heading('Gespreksstarters', 2);
  if (mirror.starters.length === 0) {
    pdf.paragraph('Het team is het overal over eens en scoort overal Zeer eens.');
    return;
  }
  for (const [reason, heading] of [
    ['spread', teamWords.spreadReason],
    ['low', teamWords.lowReason],
  ] as const) {
    const starters = mirror.starters.filter((starter) => starter.reason === reason);
    if (starters.length === 0) continue;
    pdf.heading(heading, 3);
    pdf.bulletList(
      starters.map(
        (starter) =>
          `${starter.text} (mediaan ${formatAverage(starter.median)}, middelste helft ${formatAverage(starter.iqr)} breed)`,
      ),
    );
  }
  for (const theme of mirror.tips) {
    pdf.heading(`Tips uit de gids bij ${theme.title}`, 3);
    pdf.bulletList(theme.tips.map((tip) => `${tip.title}: ${markdownAsPrintText(tip.body).replace(/\s+/g, ' ')}`));
  }
}

function writeDistributions(pdf: PdfWriter, mirror: ShownMirror): void {
  pdf.heading('Per stelling: hoeveel deelnemers kozen wat', 2);
  for (const theme of mirror.themes) {
    const statements = mirror.statements.filter((statement) => statement.themeId === theme.themeId);
    // Keep a theme's heading with its table's header and first rows.
    pdf.ensureSpace(150);
    pdf.heading(theme.title, 3);
    pdf.table({
      columns: [{ header: 'Stelling' }, ...scaleHeaders.map((header) => ({ header })), { header: 'Leeg' }],
      rows: statements.map((statement) => [
        `${statement.number}. ${statement.text}`,
        ...(statement.counts ? statement.counts.map(String) : scaleHeaders.map(() => '–')),
        String(statement.unanswered),
      ]),
    });
  }
}
