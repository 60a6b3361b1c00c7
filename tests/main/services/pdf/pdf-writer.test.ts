import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPdf } from '../../../../main/services/pdf/pdf-document';
import { createTempDirs } from '../../../helpers/temp-dir';

const tempDir = createTempDirs();

function readBack(bytes: Buffer) {
  const dir = tempDir();
  const file = join(dir, 'test.pdf');
  writeFileSync(file, bytes);
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  const raw = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  return { file, dir, info, text, raw };
}

const printedOn = new Date('2026-11-28T10:00:00Z');
const options = { printedOn, resourcesDir: join(__dirname, '../../../../resources') };

describe('createPdf', () => {
  it('writes a tagged A4 PDF in Dutch with metadata, headings, lists and page footers', async () => {
    const bytes = await createPdf(
      { title: 'POP-OP 2027', subject: 'Persoonlijk ontwikkelplan', author: 'Ayşe Kovačević' },
      (pdf) => {
        pdf.heading('POP-OP 2027', 1);
        pdf.keyValues([
          ['Naam', 'Ayşe Kovačević'],
          ['Organisatie', 'Gemeente IJsselstein'],
        ]);
        pdf.heading('Waar sta ik nu?', 2);
        pdf.paragraph('Ik werk sinds 2019 met initiatieven van inwoners. Coöperatie, reünie en café werken.');
        pdf.bulletList(['Eerste punt', 'Tweede punt met Şahin']);
      },
      options,
    );
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const { info, text } = readBack(bytes);
    expect(info).toMatch(/Title:\s+POP-OP 2027/);
    expect(info).toMatch(/Author:\s+Ayşe Kovačević/);
    expect(info).toMatch(/Subject:\s+Persoonlijk ontwikkelplan/);
    expect(info).toMatch(/Tagged:\s+yes/);
    expect(info).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/);
    expect(info).toMatch(/Pages:\s+1/);
    for (const expected of [
      'Ayşe Kovačević',
      'Gemeente IJsselstein',
      'Waar sta ik nu?',
      'Coöperatie, reünie en café',
      'Tweede punt met Şahin',
      'Pagina 1 van 1 · afgedrukt op 28 november 2026',
    ]) {
      expect(text).toContain(expected);
    }
    // Label/value rows have row headers, not the hidden column names of old.
    expect(text).not.toMatch(/Gegeven|Waarde/);
    expect(bytes.toString('latin1')).toContain('/Lang (nl-NL)');
    expect(bytes.toString('latin1')).toMatch(/\/FontFile2|\/FontFile3/);
  });

  it('breaks a long table across pages, repeats the header and loses no row', async () => {
    const rows = Array.from({ length: 60 }, (_, index) => [
      `Actie ${index + 1}: ${'overleg met de wijkraad '.repeat((index % 4) + 1)}`,
      'Wijkteam',
      `${(index % 28) + 1}-03-2027`,
    ]);
    const bytes = await createPdf(
      { title: 'Tabel', subject: 'test' },
      (pdf) => {
        pdf.heading('Acties', 2);
        pdf.table({
          columns: [{ header: 'Wat' }, { header: 'Met wie' }, { header: 'Wanneer' }],
          rows,
        });
        pdf.paragraph('Na de tabel.');
      },
      options,
    );
    const { info, raw } = readBack(bytes);
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
    expect(pages).toBeGreaterThan(1);
    for (let index = 1; index <= 60; index += 1) expect(raw).toContain(`Actie ${index}:`);
    expect(raw.split('Met wie').length - 1).toBe(pages);
    expect(raw).toContain(`Pagina ${pages} van ${pages}`);
    expect(raw).toContain('Na de tabel.');
  });

  it('keeps a row taller than a page as paragraphs instead of cutting it off', async () => {
    const long = Array.from({ length: 200 }, (_, index) => `Zin ${index + 1} van een heel lang verslag.`).join(' ');
    const bytes = await createPdf(
      { title: 'Lang', subject: 'test' },
      (pdf) => {
        pdf.table({
          columns: [{ header: 'Wat' }, { header: 'Resultaat' }],
          rows: [
            ['kort', long],
            ['daarna', 'ook nog'],
          ],
        });
      },
      options,
    );
    const { raw } = readBack(bytes);
    expect(raw).toContain('Zin 1 van');
    expect(raw).toContain('Zin 200 van een heel lang verslag.');
    expect(raw).toContain('daarna');
  });

  it('replaces emoji and control characters visibly instead of breaking the PDF', async () => {
    const bytes = await createPdf(
      { title: 'Emoji 🎉', subject: 'test' },
      (pdf) => {
        pdf.paragraph('Feest 🎉 met 👩‍👩‍👧 en\u0007 bel\u0000 einde');
      },
      options,
    );
    const { raw, dir } = readBack(bytes);
    expect(raw).toContain('Feest \uFFFD met \uFFFD\uFFFD\uFFFD en bel einde');
    mkdirSync(join(dir, 'png'));
    execFileSync('pdftoppm', ['-png', '-r', '30', join(dir, 'test.pdf'), join(dir, 'png', 'p')]);
  });
});
