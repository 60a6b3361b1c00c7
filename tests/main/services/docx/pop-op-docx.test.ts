import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../../../main/contract/pop-op-channels';
import { wordSafeText } from '../../../../main/services/docx/docx-text';
import { popOpDocx } from '../../../../main/services/docx/pop-op-docx';
import { profileAppendixHeading } from '../../../../main/services/pop-op/profile-appendix';
import type { Workbook } from '../../../../main/services/workbook';
import { callFails, callOk } from '../../../helpers/call';
import { documentWords, packageProblems, styledParagraphs, unzipDocx } from '../../../helpers/docx-checks';
import { missingInOrder } from '../../../helpers/pdf-checks';
import { generatePlan, generateSelfAnalysis, seededRandom } from '../../../helpers/pdf-documents';
import { createTempDirs } from '../../../helpers/temp-dir';
import { openTestWorkbook } from '../../../helpers/workbook';

const tempDir = createTempDirs();

/** Every part present and well-formed, no character XML forbids: what Word needs to open it without repair. */
function expectValidPackage(parts: Record<string, string>): void {
  expect(packageProblems(parts)).toEqual([]);
}

async function realisticPlan(workbook: Workbook): Promise<number> {
  const plan = await callOk(workbook, 'popOp.create', {});
  await callOk(workbook, 'popOp.update', {
    planId: plan.id,
    changes: {
      title: 'POP-OP 2027',
      employeeName: 'Ayşe Kovačević-IJzerman',
      jobTitle: 'Beleidsadviseur participatie',
      manager: 'Şükrü Öztürk',
      meetingDate: '2027-03-15',
      nu: 'Ik ken de wijkraad goed.\n\nIk wil beter leren loslaten.',
      richting: 'Meer faciliteren,\tminder zelf doen.',
    },
  });
  await callOk(workbook, 'popOp.actions.add', {
    planId: plan.id,
    fields: { what: 'Meelopen met de wijkcoach', withWhom: 'Wijkteam Zuid', dueDate: '2027-05-01' },
  });
  return plan.id;
}

async function exportDocx(workbook: Workbook, planId: number, includeProfile = false) {
  const delivery = await callOk(workbook, 'popOp.exportDocx', { planId, includeProfile });
  if (delivery.kind !== 'saved') throw new Error(`expected a saved file, got ${delivery.kind}`);
  return { name: basename(delivery.path), parts: unzipDocx(readFileSync(delivery.path)) };
}

describe('POP-OP as Word document', () => {
  it('is a valid package: Dutch styles, headings as in the PDF, a repeating table header, page numbers, properties', async () => {
    const workbook = openTestWorkbook(tempDir());
    const planId = await realisticPlan(workbook);
    const { name, parts } = await exportDocx(workbook, planId);
    expect(name).toBe('POP-OP 2027 - Ayşe Kovačević-IJzerman.docx');
    expectValidPackage(parts);
    const styles = parts['word/styles.xml'] ?? '';
    expect(styles).toMatch(/<w:docDefaults>.*<w:lang w:val="nl-NL"\/>.*<\/w:docDefaults>/);
    for (const id of ['Normal', 'Heading1', 'Heading2', 'Heading3', 'Toelichting'])
      expect(styles).toContain(`w:styleId="${id}"`);
    expect(styles).toContain('<w:style w:type="table" w:styleId="Werkboektabel">');

    const document = parts['word/document.xml'] ?? '';
    const template = await callOk(workbook, 'popOp.template', undefined);
    expect(styledParagraphs(document, 'Heading1')).toEqual(['POP-OP 2027']);
    expect(styledParagraphs(document, 'Heading2')).toEqual([
      ...template.questions.map((question) => `${question.number}. ${question.title}`),
      'Ondertekening',
    ]);
    // The same headings as the PDF, in its order, up to the signatures (laid out for paper there).
    const pdf = await callOk(workbook, 'popOp.export', { planId });
    if (pdf.kind !== 'saved') throw new Error('expected a saved PDF');
    const pdfText = execFileSync('pdftotext', [pdf.path, '-'], { encoding: 'utf8' }).split(/\s+/);
    const headings = document.match(/<w:pStyle w:val="Heading[123]"\/>.*?<\/w:p>/g) ?? [];
    const beforeSignatures = headings.map((heading) => documentWords(heading).join(' '));
    const shared = beforeSignatures.slice(0, beforeSignatures.indexOf('Ondertekening') + 1);
    expect(shared.length).toBeGreaterThan(7);
    expect(missingInOrder(shared.join(' '), pdfText)).toEqual([]);
    const actionTable = /<w:tbl>(?:(?!<\/w:tbl>).)*Wat ga ik doen\?.*?<\/w:tbl>/.exec(document)?.[0] ?? '';
    expect(actionTable).toMatch(/^<w:tbl><w:tblPr><w:tblStyle w:val="Werkboektabel"\/>/);
    expect(actionTable).toMatch(/<w:tr><w:trPr><w:cantSplit\/><w:tblHeader\/><\/w:trPr>.*?Wat ga ik doen\?/);
    expect(documentWords(document).join(' ')).toContain('Meelopen met de wijkcoach Wijkteam Zuid 01-05-2027 Gepland');
    expect(documentWords(document).join(' ')).toContain('Datum: 15 maart 2027');

    const footers = Object.entries(parts).filter(([part]) => /^word\/footer\d+\.xml$/.test(part));
    expect(footers.length).toBeGreaterThan(0);
    for (const [, footer] of footers) expect(footer).toMatch(/PAGE.*NUMPAGES/s);
    const core = parts['docProps/core.xml'] ?? '';
    expect(core).toContain('<dc:title>POP-OP 2027</dc:title>');
    expect(core).toContain('<dc:creator>Ayşe Kovačević-IJzerman</dc:creator>');
    // Only what names the document; no database id, no "Un-named" placeholder, no custom properties.
    expect([...core.matchAll(/<(\w+:\w+)[ >]/g)].map((match) => match[1]).slice(1)).toEqual([
      'dc:title',
      'dc:subject',
      'dc:creator',
      'cp:lastModifiedBy',
      'cp:revision',
      'dcterms:created',
      'dcterms:modified',
    ]);
    expect(core).toContain('<cp:lastModifiedBy>Ayşe Kovačević-IJzerman</cp:lastModifiedBy>');
    expect(parts['docProps/custom.xml'] ?? '').not.toContain('<property');
    workbook.close();
  });

  it('asks for a complete self-analysis before adding the profile, and adds it when there is one', async () => {
    const workbook = openTestWorkbook(tempDir());
    const planId = await realisticPlan(workbook);
    const error = await callFails(workbook, 'popOp.exportDocx', { planId, includeProfile: true });
    expect(error.message).toContain('complete zelfanalyse');
    await generateSelfAnalysis(workbook, seededRandom(5), { maxField: 200 });
    const { parts } = await exportDocx(workbook, planId, true);
    expectValidPackage(parts);
    const document = parts['word/document.xml'] ?? '';
    expect(styledParagraphs(document, 'Heading2').at(-1)).toBe(profileAppendixHeading);
    expect(documentWords(document).join(' ')).toContain('Thema Gemiddelde (1–4) Zo lees je de score');
    workbook.close();
  });

  it.each([
    { seed: 11, maxField: 3000, maxActions: 0 },
    { seed: 12, maxField: 800, maxActions: 60 },
    { seed: 13, maxField: 2500, maxActions: 20 },
  ])('keeps every word of a generated plan in order, seed $seed', async ({ seed, maxField, maxActions }) => {
    const workbook = openTestWorkbook(tempDir());
    const { planId, texts } = await generatePlan(workbook, seededRandom(seed), { maxField, maxActions });
    const { parts } = await exportDocx(workbook, planId);
    expectValidPackage(parts);
    const words = documentWords(parts['word/document.xml'] ?? '');
    for (const text of texts) expect(missingInOrder(text, words).slice(0, 5), text.slice(0, 80)).toEqual([]);
    workbook.close();
  });

  it('marks characters XML cannot hold (older data, imports) and keeps emoji and names', async () => {
    const workbook = openTestWorkbook(tempDir());
    const planId = await realisticPlan(workbook);
    const plan = await callOk(workbook, 'popOp.get', { planId });
    const hostile = 'Start\u0001midden\u0007\u000b einde\uFFFF 🎉👩🏽‍💻 \uD800alleen Łukasz\r\nWiśniewski <b>&amp;</b>';
    const changed: Plan = {
      ...plan,
      title: `Plan\u0000 ${hostile}`,
      employeeName: 'Ayşe\u001f Kovačević-IJzerman',
      nu: hostile,
      actions: plan.actions.map((action) => ({ ...action, what: hostile, result: hostile })),
      kansen: [{ id: 1, kind: 'kans', text: hostile }],
    };
    const parts = unzipDocx(await popOpDocx(changed, await callOk(workbook, 'popOp.template', undefined)));
    expectValidPackage(parts);
    const words = documentWords(parts['word/document.xml'] ?? '');
    for (const text of [changed.title, changed.employeeName, hostile])
      expect(missingInOrder(wordSafeText(text), words)).toEqual([]);
    expect(words).toContain('Start\uFFFDmidden\uFFFD\uFFFD');
    expect(words).toContain('🎉👩🏽‍💻');
    expect(words).toContain('<b>&amp;</b>');
    expect(parts['docProps/core.xml']).toContain('<dc:creator>Ayşe\uFFFD Kovačević-IJzerman</dc:creator>');
    workbook.close();
  });
});
