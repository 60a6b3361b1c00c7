import type { Advice, FinancingModelView } from '../../contract/financing-channels';
import type { PdfWriter } from '../pdf/pdf-writer';

const rowHeight = 17;
const colours = { axis: '#154273', bar: '#5b7fa6', top: '#154273', track: '#eef2f7', text: '#1a1a1a' };

type Form = FinancingModelView['forms'][number];

/** The forms in axis order with their scores, in words: the figure's Alt text and the text under it. */
function axisInWords(forms: readonly Form[], ranked: Map<string, Advice['ranking'][number]>): string {
  return forms
    .map((form) => {
      const rankedForm = ranked.get(form.id);
      return rankedForm
        ? `${form.name} (score ${Math.round(rankedForm.score)})`
        : `${form.name} (past niet bij deze vraag)`;
    })
    .join(', ');
}

/**
 * The involvement axis as in the app: forms from most to least government involvement, each
 * with its score as a bar. A tagged Figure with the order in its Alt text, and the same order
 * in a paragraph, so it is not only in the picture.
 */
export function drawInvolvementAxis(pdf: PdfWriter, view: FinancingModelView, advice: Advice): void {
  const forms = [...view.forms].sort((a, b) => b.involvement.value - a.involvement.value);
  const ranked = new Map(advice.ranking.map((r) => [r.formId, r]));
  const order = axisInWords(forms, ranked);
  pdf.heading('De vormen op de as van overheidsbetrokkenheid', 3);
  pdf.paragraph(
    'Van veel (boven) naar weinig (onder) betrokkenheid van de gemeente, met de score als balk. Een streepje: de vorm past niet bij deze vraag.',
    {
      keepWithNext: true,
    },
  );
  pdf.figure(
    `Staafdiagram: de vormen van veel naar weinig betrokkenheid van de gemeente, met hun score: ${order}.`,
    forms.length * rowHeight + 32,
    (top) => drawAxis(pdf, forms, ranked, top + 14),
  );
  pdf.paragraph(`Van veel naar weinig betrokkenheid: ${order}.`, { muted: true });
}

function drawAxis(pdf: PdfWriter, forms: readonly Form[], ranked: Map<string, Advice['ranking'][number]>, top: number) {
  const { doc } = pdf;
  const left = pdf.left;
  const labelRight = left + 170;
  const barLeft = labelRight + 8;
  const barWidth = pdf.contentWidth - 220;

  doc.save();
  doc.lineWidth(2).strokeColor(colours.axis);
  doc
    .moveTo(left + 6, top + forms.length * rowHeight + 4)
    .lineTo(left + 6, top - 4)
    .stroke();
  doc
    .moveTo(left + 1, top + 2)
    .lineTo(left + 6, top - 6)
    .lineTo(left + 11, top + 2)
    .fill(colours.axis);
  doc.font('semibold').fontSize(7.5).fillColor(colours.axis);
  doc.text('meer', left + 12, top - 12, { lineBreak: false });
  doc.text('minder', left + 12, top + forms.length * rowHeight, { lineBreak: false });
  forms.forEach((form, index) => {
    const r = ranked.get(form.id);
    const y = top + index * rowHeight;
    const score = r?.score ?? 0;
    doc.font('regular').fontSize(9).fillColor(colours.text);
    doc.text(pdf.clean(form.name), left + 40, y + 2, {
      width: labelRight - left - 40,
      align: 'right',
      lineBreak: false,
    });
    doc.rect(barLeft, y + 2, barWidth, 11).fill(colours.track);
    doc.rect(barLeft, y + 2, (score / 100) * barWidth, 11).fill(r?.rank === 1 ? colours.top : colours.bar);
    const label = r ? String(Math.round(score)) : '–';
    doc.fillColor(colours.text).text(label, barLeft + barWidth + 6, y + 2, { lineBreak: false });
  });
  doc.restore();
}
