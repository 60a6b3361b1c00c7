import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { signatureTexts } from '../../../../main/services/pop-op/signature-wording';
import type { Workbook } from '../../../../main/services/workbook';
import { callOk, savedPath } from '../../../helpers/call';
import { documentWords, unzipDocx } from '../../../helpers/docx-checks';
import { rawWords } from '../../../helpers/pdf-checks';
import { createTempDirs } from '../../../helpers/temp-dir';
import { openTestWorkbook } from '../../../helpers/workbook';

const tempDir = createTempDirs();

async function discussedPlan(workbook: Workbook): Promise<number> {
  const plan = await callOk(workbook, 'popOp.create', {});
  await callOk(workbook, 'popOp.update', {
    planId: plan.id,
    changes: {
      title: 'POP-OP 2027',
      employeeName: 'Ayşe Kovačević-IJzerman',
      jobTitle: 'Beleidsadviseur participatie',
      manager: 'Şükrü Öztürk',
      nu: 'Ik ken de wijkraad goed.',
    },
  });
  await callOk(workbook, 'popOp.meetings.record', {
    planId: plan.id,
    heldOn: '2026-03-15',
    withWhom: 'Şükrü Öztürk',
    outcome: 'voor-akkoord',
    agreements: [],
    nextMeeting: '2026-09-01',
  });
  return plan.id;
}

/** The expected texts found one after the other, each as a run of consecutive words. */
function textsInOrder(expected: readonly string[], words: readonly string[]): string[] {
  const found: string[] = [];
  let at = 0;
  for (const text of expected) {
    const wanted = text.split(/\s+/);
    const start = words.findIndex(
      (_, index) => index >= at && wanted.every((word, offset) => words[index + offset] === word),
    );
    if (start < 0) break;
    found.push(text);
    at = start + wanted.length;
  }
  return found;
}

/** The words from the signature heading on (the last "Ondertekening": the PDF's running header never says it). */
function fromSignatures(words: readonly string[]): string[] {
  return words.slice(words.lastIndexOf('Ondertekening'));
}

async function bothFiles(workbook: Workbook, planId: number) {
  const pdf = savedPath(await callOk(workbook, 'popOp.export', { planId }));
  const docx = savedPath(await callOk(workbook, 'popOp.exportDocx', { planId }));
  const document = unzipDocx(new Uint8Array(readFileSync(docx)))['word/document.xml'] ?? '';
  return { pdfWords: rawWords(pdf), docxWords: documentWords(document) };
}

describe('the POP-OP’s signature form in the PDF and the Word copy', () => {
  it('carries the same texts in the same order in both (one wording, signature-wording.ts)', async () => {
    const workbook = openTestWorkbook(tempDir());
    const planId = await discussedPlan(workbook);
    const plan = await callOk(workbook, 'popOp.get', { planId });
    const expected = signatureTexts(plan);
    // The next meeting became the plan's meeting date: both dates are prefilled with it.
    expect(expected).toContain('Datum: 1 september 2026');
    expect(expected).toEqual(expect.arrayContaining(['voor gezien', 'voor akkoord', 'Opmerkingen leidinggevende']));
    const { pdfWords, docxWords } = await bothFiles(workbook, planId);
    expect(textsInOrder(expected, fromSignatures(pdfWords))).toEqual(expected);
    expect(textsInOrder(expected, fromSignatures(docxWords))).toEqual(expected);
    // Word has nothing more than the tick box glyphs and the line to write the date on.
    const extra = fromSignatures(docxWords).filter((word) => word !== '\u2610' && !/^_+$/.test(word));
    expect(extra.join(' ')).toBe(expected.join(' '));
    workbook.close();
  });

  it('puts the latest meeting under the title in the Word copy, as in the PDF', async () => {
    const workbook = openTestWorkbook(tempDir());
    const planId = await discussedPlan(workbook);
    const { pdfWords, docxWords } = await bothFiles(workbook, planId);
    const line =
      'Persoonlijk OntwikkelPlan OverheidsParticipatie Besproken op 15 maart 2026 met Şükrü Öztürk, voor akkoord';
    expect(docxWords.join(' ')).toContain(`POP-OP 2027 ${line} Naam`);
    expect(pdfWords.join(' ')).toContain(`POP-OP 2027 ${line} Naam`);
    workbook.close();
  });
});
