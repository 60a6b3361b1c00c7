import { radarGeometry } from '../../contract/radar-geometry';
import { formatAverage } from '../../contract/self-analysis-format';
import type { PdfWriter } from '../pdf/pdf-writer';

const size = 230;
const labelWidth = 120;
const colours = { ring: '#c8c8c8', axis: '#9a9a9a', shape: '#0b5fbd', text: '#1a1a1a', muted: '#444444' };

type RadarAxis = { label: string; average: number | null };

/** What the chart shows, in words: its Alt text. The table after the chart holds the same numbers. */
export function radarAltText(axes: readonly RadarAxis[]): string {
  const values = axes.map(
    (axis) => `${axis.label} ${axis.average === null ? 'niet compleet' : formatAverage(axis.average)}`,
  );
  return `Radardiagram van het profiel, gemiddelde per thema op een schaal van 1 tot 4: ${values.join('; ')}.`;
}

/**
 * Draws the radar chart with pdfkit shapes from the same geometry as the screen, as a
 * tagged Figure whose Alt text gives the five averages.
 */
export function drawRadar(pdf: PdfWriter, axes: readonly RadarAxis[]): void {
  pdf.figure(radarAltText(axes), size + 8, (top) => drawRadarShapes(pdf, axes, top));
}

function drawRadarShapes(pdf: PdfWriter, axes: readonly RadarAxis[], top: number): void {
  const { doc } = pdf;
  const geometry = radarGeometry({
    values: axes.map((axis) => axis.average),
    size,
    padding: 44,
    // The guide's scale runs from 1 to 4: 1 is the centre, as on screen.
    min: 1,
    max: 4,
    ringValues: [1, 2, 3, 4],
    labelOffset: 8,
  });
  const originX = pdf.left + (pdf.contentWidth - size) / 2;
  const at = (point: { x: number; y: number }): [number, number] => [originX + point.x, top + point.y];

  doc.save();
  doc.lineWidth(0.6).strokeColor(colours.ring);
  for (const ring of geometry.rings) doc.polygon(...ring.points.map(at)).stroke();
  doc.strokeColor(colours.axis);
  for (const axis of geometry.axes) {
    doc
      .moveTo(...at(geometry.center))
      .lineTo(...at(axis.end))
      .stroke();
  }
  if (geometry.polygon) {
    doc
      .polygon(...geometry.polygon.map(at))
      .fillOpacity(0.18)
      .fill(colours.shape);
    doc
      .fillOpacity(1)
      .lineWidth(1.6)
      .strokeColor(colours.shape)
      .polygon(...geometry.polygon.map(at))
      .stroke();
  }
  doc.fillColor(colours.shape);
  for (const point of geometry.points) if (point) doc.circle(...at(point), 2.6).fill();
  // The ring values on top of the fill, each on a small white patch so they stay readable.
  doc.font('regular').fontSize(7);
  for (const ring of geometry.rings) {
    const [x, y] = at(ring.points[0] ?? geometry.center);
    const label = String(ring.value);
    doc.rect(x + 2, y - 3.5, doc.widthOfString(label) + 2, 7).fill('#ffffff');
    doc.fillColor(colours.muted).text(label, x + 3, y - 3.5, { lineBreak: false });
  }

  geometry.axes.forEach((axis, index) => {
    const axisValue = axes[index];
    if (!axisValue) return;
    const [x, y] = at(axis.label);
    const boxX = axis.anchor === 'start' ? x : axis.anchor === 'end' ? x - labelWidth : x - labelWidth / 2;
    const align = axis.anchor === 'start' ? 'left' : axis.anchor === 'end' ? 'right' : 'center';
    // Labels above the centre grow upwards, those below downwards, as on screen.
    const boxY = axis.label.y < geometry.center.y - 1 ? y - 22 : y + 1;
    doc.font('semibold').fontSize(8.5).fillColor(colours.text);
    doc.text(axisValue.label, boxX, boxY, { width: labelWidth, align, lineBreak: false });
    doc.font('regular').fontSize(8.5).fillColor(colours.muted);
    doc.text(axisValue.average === null ? 'niet compleet' : formatAverage(axisValue.average), boxX, boxY + 10.5, {
      width: labelWidth,
      align,
      lineBreak: false,
    });
  });
  doc.restore();
}
