import { radarGeometry } from '../../contract/radar-geometry';
import type { PdfWriter } from './pdf-writer';

const size = 230;
const labelWidth = 120;
const colours = {
  ring: '#c8c8c8',
  axis: '#9a9a9a',
  shape: '#0b5fbd',
  band: '#0b5fbd',
  text: '#1a1a1a',
  muted: '#444444',
};

export interface RadarAxisValue {
  label: string;
  /** On the guide's scale of 1 to 4; null where the theme has no value (never drawn as 1). */
  value: number | null;
  /** What is printed under the axis's name, e.g. "3,2" or "niet compleet". */
  valueText: string;
}

export interface RadarFigure {
  /** What the chart shows, in words: the Figure's Alt text. The text after the chart holds the same facts. */
  alt: string;
  axes: readonly RadarAxisValue[];
  /** A band between two values per axis (the team's middle half), drawn under the line. */
  band?: { lower: readonly (number | null)[]; upper: readonly (number | null)[] };
}

type Geometry = ReturnType<typeof radarGeometry>;
type Place = (point: { x: number; y: number }) => [number, number];

const geometryOf = (values: readonly (number | null)[]): Geometry =>
  // The guide's scale runs from 1 to 4: 1 is the centre, as on screen.
  radarGeometry({ values, size, padding: 44, min: 1, max: 4, ringValues: [1, 2, 3, 4], labelOffset: 8 });

/**
 * A radar chart drawn with pdfkit shapes from the same geometry as the screen, as a tagged
 * Figure with an Alt text: the self-analysis profile and the team mirror both use it.
 */
export function drawRadar(pdf: PdfWriter, figure: RadarFigure): void {
  pdf.figure(figure.alt, size + 8, (top) => drawRadarShapes(pdf, figure, top));
}

function drawRadarShapes(pdf: PdfWriter, figure: RadarFigure, top: number): void {
  const { doc } = pdf;
  const geometry = geometryOf(figure.axes.map((axis) => axis.value));
  const originX = pdf.left + (pdf.contentWidth - size) / 2;
  const at: Place = (point) => [originX + point.x, top + point.y];

  doc.save();
  drawGrid(pdf, geometry, at);
  if (figure.band) drawBand(pdf, figure.band, at);
  if (geometry.polygon) {
    doc
      .polygon(...geometry.polygon.map(at))
      .fillOpacity(figure.band ? 0 : 0.18)
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
  drawRingValues(pdf, geometry, at);
  drawAxisLabels(pdf, geometry, figure.axes, at);
  doc.restore();
}

function drawGrid(pdf: PdfWriter, geometry: Geometry, at: Place): void {
  const { doc } = pdf;
  doc.lineWidth(0.6).strokeColor(colours.ring);
  for (const ring of geometry.rings) doc.polygon(...ring.points.map(at)).stroke();
  doc.strokeColor(colours.axis);
  for (const axis of geometry.axes) {
    doc
      .moveTo(...at(geometry.center))
      .lineTo(...at(axis.end))
      .stroke();
  }
}

/** The band between the lower and upper shape (even-odd, so the inside of the lower one stays clear). */
function drawBand(pdf: PdfWriter, band: NonNullable<RadarFigure['band']>, at: Place): void {
  const upper = geometryOf(band.upper).polygon;
  const lower = geometryOf(band.lower).polygon;
  if (!upper || !lower) return;
  pdf.doc
    .polygon(...upper.map(at))
    .polygon(...lower.map(at))
    .fillOpacity(0.22)
    .fill(colours.band, 'even-odd')
    .fillOpacity(1);
}

/** The ring values on top of the fill, each on a small white patch so they stay readable. */
function drawRingValues(pdf: PdfWriter, geometry: Geometry, at: Place): void {
  const { doc } = pdf;
  doc.font('regular').fontSize(7);
  for (const ring of geometry.rings) {
    const [x, y] = at(ring.points[0] ?? geometry.center);
    const label = String(ring.value);
    doc.rect(x + 2, y - 3.5, doc.widthOfString(label) + 2, 7).fill('#ffffff');
    doc.fillColor(colours.muted).text(label, x + 3, y - 3.5, { lineBreak: false });
  }
}

function drawAxisLabels(pdf: PdfWriter, geometry: Geometry, axes: readonly RadarAxisValue[], at: Place): void {
  const { doc } = pdf;
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
    doc.text(axisValue.valueText, boxX, boxY + 10.5, { width: labelWidth, align, lineBreak: false });
  });
}
