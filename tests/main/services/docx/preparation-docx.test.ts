import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lastMeetingLine } from '../../../../main/contract/preparation-format';
import { preparationDocx } from '../../../../main/services/docx/preparation-docx';
import type { Workbook } from '../../../../main/services/workbook';
import { callOk, savedPath } from '../../../helpers/call';
import { documentWords, packageProblems, styledParagraphs, unzipDocx } from '../../../helpers/docx-checks';
import { missingInOrder, rawWords } from '../../../helpers/pdf-checks';
import { createTempDirs } from '../../../helpers/temp-dir';
import { openTestWorkbook } from '../../../helpers/workbook';

const tempDir = createTempDirs();

/** A plan discussed on 15 March 2026, then changed, with two bespreekpunten and a late action. */
async function preparedPlan(workbook: Workbook): Promise<number> {
  const plan = await callOk(workbook, 'popOp.create', {});
  await callOk(workbook, 'popOp.update', {
    planId: plan.id,
    changes: { title: 'POP-OP 2027', manager: 'Şükrü Öztürk', nu: 'Ik ken de wijk.' },
  });
  await callOk(workbook, 'popOp.actions.add', {
    planId: plan.id,
    fields: { what: 'Meelopen met de wijkcoach', withWhom: 'Wijkteam Zuid', dueDate: '2026-04-01' },
  });
  await callOk(workbook, 'popOp.meetings.record', {
    planId: plan.id,
    heldOn: '2026-03-15',
    withWhom: 'Şükrü Öztürk',
    outcome: 'voor-akkoord',
    agreements: [],
    nextMeeting: '',
  });
  await callOk(workbook, 'popOp.update', { planId: plan.id, changes: { nu: 'Ik ken de wijk en de raad.' } });
  for (const [position, text] of [
    [1, 'Kan ik een dag per week in de wijk werken?'],
    [3, 'Budget voor de cursus <gespreksvoering> & coaching'],
  ] as const) {
    await callOk(workbook, 'popOp.preparation.setTalkingPoint', { planId: plan.id, position, text });
  }
  return plan.id;
}

describe('the Gespreksvoorbereiding as a Word document', () => {
  it('is a valid package with the PDF’s headings and wording, in the PDF’s order', async () => {
    const workbook = openTestWorkbook(tempDir());
    const planId = await preparedPlan(workbook);
    const delivery = await callOk(workbook, 'popOp.preparation.exportDocx', { planId });
    const file = savedPath(delivery);
    expect(file).toMatch(/Gespreksvoorbereiding POP-OP 2027\.docx$/);
    const parts = unzipDocx(new Uint8Array(readFileSync(file)));
    expect(packageProblems(parts)).toEqual([]);
    expect(parts['word/styles.xml']).toMatch(/<w:docDefaults>.*<w:lang w:val="nl-NL"\/>.*<\/w:docDefaults>/);
    expect(parts['docProps/core.xml']).toContain('<dc:title>Gespreksvoorbereiding: POP-OP 2027</dc:title>');

    const document = parts['word/document.xml'] ?? '';
    expect(styledParagraphs(document, 'Heading1')).toEqual(['Gespreksvoorbereiding: POP-OP 2027']);
    expect(styledParagraphs(document, 'Heading2')).toEqual([
      'Mijn bespreekpunten',
      'Hoe staan mijn acties ervoor?',
      'Wat is er veranderd sinds versie 1 (15 maart 2026)',
      'Mijn zelfanalyse sinds het vorige gesprek',
    ]);
    const text = documentWords(document).join(' ');
    expect(text).toContain('Vorig gesprek Besproken op 15 maart 2026 met Şükrü Öztürk, voor akkoord (versie 1)');
    expect(text).toContain('Punt 1 Kan ik een dag per week in de wijk werken?');
    expect(text).toContain('Punt 3 Budget voor de cursus <gespreksvoering> & coaching');
    expect(text).toContain('1. Meelopen met de wijkcoach Wijkteam Zuid 1 april 2026 Te laat');
    expect(text).toContain('1. Waar sta ik nu? “wijk.” “wijk en de raad.”');
    // The actions table: the house style and a header row Word repeats on every page.
    const actionTable = /<w:tbl>(?:(?!<\/w:tbl>).)*Met wie.*?<\/w:tbl>/.exec(document)?.[0] ?? '';
    expect(actionTable).toMatch(/^<w:tbl><w:tblPr><w:tblStyle w:val="Werkboektabel"\/>/);
    expect(actionTable).toMatch(/<w:tr><w:trPr><w:cantSplit\/><w:tblHeader\/><\/w:trPr>.*?Actie/);

    // Every word of the Word copy is in the PDF, in the same order (the PDF adds page furniture).
    const pdf = savedPath(await callOk(workbook, 'popOp.preparation.export', { planId }));
    expect(missingInOrder(text, rawWords(pdf))).toEqual([]);
    workbook.close();
  });

  it('names an unrecorded last meeting and an empty preparation the way the screen does', async () => {
    const workbook = openTestWorkbook(tempDir());
    const plan = await callOk(workbook, 'popOp.create', {});
    const preparation = await callOk(workbook, 'popOp.preparation.get', { planId: plan.id });
    const parts = unzipDocx(new Uint8Array(await preparationDocx(preparation)));
    expect(packageProblems(parts)).toEqual([]);
    const text = documentWords(parts['word/document.xml'] ?? '').join(' ');
    expect(text).toContain(`Vorig gesprek ${lastMeetingLine(preparation)}`);
    expect(text).toContain('Je hebt geen bespreekpunten opgeschreven.');
    expect(text).toContain('Dit plan heeft nog geen acties.');
    expect(text).toContain('Wat staat er in je plan (nog niet besproken, dus alles is nieuw)');
    workbook.close();
  });
});
