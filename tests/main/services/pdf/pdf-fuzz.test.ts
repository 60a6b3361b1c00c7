import { describe, expect, it } from 'vitest';
import type { MeetingPreparation } from '../../../../main/contract/preparation-channels';
import { fixtureImage } from '../../../helpers/images';
import {
  missingInOrder,
  overlappingWords,
  rawWords,
  singleLinePages,
  wordBoxes,
  writePdf,
} from '../../../helpers/pdf-checks';
import {
  call,
  deliveredBytes,
  generateInitiative,
  generatePlan,
  generatePreparation,
  generateSelfAnalysis,
  type PrintedTexts,
  preparationTexts,
  seededRandom,
} from '../../../helpers/pdf-documents';
import { createTempDirs } from '../../../helpers/temp-dir';
import { openTestWorkbook } from '../../../helpers/workbook';

const tempDir = createTempDirs();
const page = { width: 595.28, height: 841.89 };
/** Between the running header (with its rule) and the footer. */
const body = { top: 50, bottom: page.height - 80 };

/**
 * What a reader of the PDF must get: every word of every text in its order (the text layer,
 * hyphenated words whole), no word drawn over another, nothing outside the page margins, and
 * no page holding a single line (a widow or an orphan alone).
 */
function checkPrinted(bytes: Buffer, texts: PrintedTexts): void {
  const file = writePdf(tempDir(), bytes);
  const printed = rawWords(file);
  for (const text of texts) {
    const missing = missingInOrder(text, printed);
    expect(missing.slice(0, 5), `words missing from: ${text.slice(0, 80)}…`).toEqual([]);
  }
  const pages = wordBoxes(file);
  pages.forEach((words, index) => {
    expect(overlappingWords(words), `page ${index + 1}`).toEqual([]);
    const outside = words.filter(
      (word) => word.xMin < 55 || word.xMax > page.width - 55 || word.yMin < 20 || word.yMax > page.height - 40,
    );
    expect(outside.map((word) => word.text).slice(0, 5), `page ${index + 1}`).toEqual([]);
  });
  if (pages.length > 1) expect(singleLinePages(file, body)).toEqual([]);
}

describe('PDFs of generated documents (fixed seeds, lengths from 0 to 5 000 characters a field)', () => {
  it.each([
    { seed: 1, maxField: 5000, maxActions: 6 },
    { seed: 2, maxField: 800, maxActions: 60 },
    { seed: 3, maxField: 2500, maxActions: 20 },
  ])('POP-OP, seed $seed: up to $maxActions actions', async ({ seed, maxField, maxActions }) => {
    const workbook = openTestWorkbook(tempDir());
    const { planId, texts } = await generatePlan(workbook, seededRandom(seed), { maxField, maxActions });
    checkPrinted(deliveredBytes(await call(workbook, 'popOp.export', { planId })), texts);
    workbook.close();
  });

  it('POP-OP with logo and confidential marking, seed 8', async () => {
    const workbook = openTestWorkbook(tempDir());
    await call(workbook, 'printSettings.setConfidential', { confidential: true });
    await call(workbook, 'printSettings.setLogo', {
      fileName: 'logo.png',
      base64: fixtureImage('logo.png').toString('base64'),
    });
    const { planId, texts } = await generatePlan(workbook, seededRandom(8), { maxField: 2500, maxActions: 20 });
    checkPrinted(deliveredBytes(await call(workbook, 'popOp.export', { planId })), texts);
    workbook.close();
  });

  it.each([4, 5])('self-analysis, seed %i', async (seed) => {
    const workbook = openTestWorkbook(tempDir());
    const { runId, texts } = await generateSelfAnalysis(workbook, seededRandom(seed), { maxField: 5000 });
    checkPrinted(deliveredBytes(await call(workbook, 'selfAnalysis.exportPdf', { runId })), texts);
    workbook.close();
  });

  it.each([
    { seed: 8, maxField: 5000, maxActions: 8 },
    { seed: 9, maxField: 600, maxActions: 40 },
  ])('Gespreksvoorbereiding, seed $seed: up to $maxActions actions', async ({ seed, maxField, maxActions }) => {
    const workbook = openTestWorkbook(tempDir());
    const { planId } = await generatePreparation(workbook, seededRandom(seed), { maxField, maxActions });
    const preparation = await call<MeetingPreparation>(workbook, 'popOp.preparation.get', { planId });
    checkPrinted(
      deliveredBytes(await call(workbook, 'popOp.preparation.export', { planId })),
      preparationTexts(preparation),
    );
    workbook.close();
  });

  it.each([6, 7])('financing advice, seed %i', async (seed) => {
    const workbook = openTestWorkbook(tempDir());
    const { id, texts } = await generateInitiative(workbook, seededRandom(seed), { maxField: 5000 });
    checkPrinted(deliveredBytes(await call(workbook, 'financing.exportPdf', { id, audience: 'intern' })), texts);
    workbook.close();
  });

  it('a 44-action POP-OP with long texts and a 20 000-character word: nothing overprinted, torn or lost', async () => {
    const workbook = openTestWorkbook(tempDir());
    const random = seededRandom(44);
    const { planId, texts } = await generatePlan(workbook, random, { maxField: 0, maxActions: 0 });
    for (let index = 0; index < 44; index += 1) {
      const what = `Actie ${index + 1}: ${'Initiatiefnemers en de Participatiecoördinator overleggen over de subsidieverordening. '.repeat(1 + (index % 9))}`;
      const result =
        index === 7 ? 'x'.repeat(20_000) : index % 3 === 0 ? 'Verslag in Teams, gedeeld met de Wijkcoördinator.' : '';
      await call(workbook, 'popOp.actions.add', { planId, fields: { what, withWhom: 'Wijkteam Zuid', result } });
      texts.push(what, result);
    }
    checkPrinted(deliveredBytes(await call(workbook, 'popOp.export', { planId })), texts);
    workbook.close();
  });
});
