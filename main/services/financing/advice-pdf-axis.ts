import type { Advice, FinancingModelView } from '../../contract/financing-channels';
import type { PdfWriter } from '../pdf/pdf-writer';

const rowHeight = 17;
const colours = { axis: '#154273', bar: '#5b7fa6', top: '#154273', track: '#eef2f7', text: '#1a1a1a' };

/**
 * The involvement axis as in the app: forms from most to least government involvement, each
 * with its score as a bar. Drawn as an artifact: the table before it holds the same data as text.
 */
export function drawInvolvementAxis(pdf: PdfWriter, view: FinancingModelView, advice: Advice): void {
  const forms = [...view.forms].sort((a, b) => b.involvement.value - a.involvement.value);
  const ranked = new Map(advice.ranking.map((r) => [r.formId, r]));
  const height = forms.length * rowHeight + 40;
  pdf.heading('De vormen op de as van overheidsbetrokkenheid', 3);
  pdf.paragraph(
    'Van veel (boven) naar weinig (onder) betrokkenheid van de gemeente, met de score als balk. Een streepje: de vorm past niet bij deze vraag.',
  );
  pdf.ensureSpace(height);
  const { doc } = pdf;
  const top = pdf.y + 14;
  const left = pdf.left;
  const labelRight = left + 170;
  const barLeft = labelRight + 8;
  const barWidth = pdf.contentWidth - 220;

  doc.markContent('Artifact', { type: 'Layout' });
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
  doc.endMarkedContent();
  pdf.y = top + forms.length * rowHeight + 18;
  doc.x = left;
}
