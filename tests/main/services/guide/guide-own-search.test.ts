import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type OwnTextGroup, searchHintExamples } from '../../../../main/contract/guide-channels';
import { callOk, savedPath } from '../../../helpers/call';
import { createTempDirs } from '../../../helpers/temp-dir';
import { openTestWorkbook } from '../../../helpers/workbook';

const tempDir = createTempDirs();
const open = () => openTestWorkbook(tempDir());
type TestWorkbook = ReturnType<typeof open>;

const search = (workbook: TestWorkbook, query: string) => callOk(workbook, 'guide.search', { query });
const group = (own: OwnTextGroup[], kind: OwnTextGroup['kind']) => own.find((g) => g.kind === kind);
const snippetText = (hit: { snippet: { text: string }[] }) => hit.snippet.map((part) => part.text).join('');
const marked = (hit: { snippet: { text: string; match: boolean }[] }) =>
  hit.snippet.filter((part) => part.match).map((part) => part.text);

describe('search over your own texts (real SQLite)', () => {
  it('finds a note by a word typed without accents, linked to its block of the guide', async () => {
    const workbook = open();
    await callOk(workbook, 'guide.notes.save', {
      key: 'geld/vorm-crowdfunding',
      body: 'Misschien een coöperatie oprichten met de buurt.',
    });
    const result = await search(workbook, 'cooperatie');
    const notes = group(result.own, 'note');
    expect(notes?.total).toBe(1);
    expect(notes?.hits[0]?.link).toEqual({ to: 'guide', pageId: 'geld', blockId: 'vorm-crowdfunding' });
    expect(notes?.hits[0]?.context).toMatch(/^Notitie bij .*Geld/);
    expect(marked(notes?.hits[0] ?? { snippet: [] })).toEqual(['coöperatie']);
    workbook.close();
  });

  it('finds answers on the 10 reasons, reflections and POP-OP texts, each under its own kind', async () => {
    const workbook = open();
    await callOk(workbook, 'guide.reasons.save', { reasonNumber: 3, turnaround: 'Met de wijkraad samen beginnen.' });
    const run = await callOk(workbook, 'selfAnalysis.start', { scope: 'all' });
    await callOk(workbook, 'selfAnalysis.reflect', {
      runId: run.id,
      themeId: 'doen',
      questionId: 'beter',
      text: 'Vaker de wijkraad uitnodigen.',
    });
    const plan = await callOk(workbook, 'popOp.create', {});
    await callOk(workbook, 'popOp.update', { planId: plan.id, changes: { nu: 'Ik werk al met een wijkraad.' } });
    await callOk(workbook, 'popOp.actions.add', { planId: plan.id, fields: { what: 'Wijkraden bezoeken' } });

    const { own } = await search(workbook, 'wijkraad');
    expect(own.map((g) => g.kind)).toEqual(['reason', 'reflection', 'pop-op']);
    expect(group(own, 'reason')?.hits[0]?.link).toEqual({ to: 'guide', pageId: 'redenen', blockId: 'reden-3' });
    const reflection = group(own, 'reflection')?.hits[0];
    expect(reflection?.link).toEqual({ to: 'reflection', runId: run.id, themeId: 'doen' });
    expect(reflection?.title).toBe('Doen: Wat kan er beter?');
    const popOp = group(own, 'pop-op');
    expect(popOp?.total).toBe(2);
    expect(popOp?.hits.map((hit) => hit.link)).toEqual([
      { to: 'pop-op', planId: plan.id },
      { to: 'pop-op', planId: plan.id },
    ]);
    expect(popOp?.hits.map((hit) => hit.title).sort()).toEqual(['1. Waar sta ik nu?', 'Actie: wat ga je doen?'].sort());
    workbook.close();
  });

  it('requires every query word, finds a just-edited text, and leaves out kinds without a match', async () => {
    const workbook = open();
    await callOk(workbook, 'guide.notes.save', { key: 'doen/motto', body: 'Gesprek met de wethouder plannen.' });
    expect((await search(workbook, 'wethouder gesprek')).own).toHaveLength(1);
    expect((await search(workbook, 'wethouder begroting')).own).toEqual([]);
    await callOk(workbook, 'guide.notes.save', { key: 'doen/motto', body: 'Gesprek met de raad plannen.' });
    expect((await search(workbook, 'wethouder')).own).toEqual([]);
    expect(group((await search(workbook, 'raad')).own, 'note')?.total).toBe(1);
    workbook.close();
  });

  it('“burgerbegroting” searches wijkbudget and bewonersbudget too, in the guide and in your notes', async () => {
    const workbook = open();
    await callOk(workbook, 'guide.notes.save', { key: 'doen/motto', body: 'Ons wijkbudget van 2027 bespreken.' });
    const result = await search(workbook, 'burgerbegroting');
    expect(result.alsoSearched).toEqual(expect.arrayContaining(['wijkbudget', 'bewonersbudget']));
    expect(result.total).toBeGreaterThan(0);
    expect(result.hits.some((hit) => hit.key === 'geld/vorm-bewonersbudget')).toBe(true);
    expect(group(result.own, 'note')?.total).toBe(1);
    workbook.close();
  });

  it.each(searchHintExamples)('the hint’s example “$typed” finds “$finds” in the guide', async ({ typed, finds }) => {
    const workbook = open();
    const result = await search(workbook, typed);
    expect(result.total).toBeGreaterThan(0);
    expect(result.hits.some((hit) => marked(hit).some((word) => word.toLowerCase() === finds))).toBe(true);
    workbook.close();
  });

  it('keeps its answer within the contract with hundreds of texts (20 shown per kind, all counted)', async () => {
    const workbook = open();
    const run = await callOk(workbook, 'selfAnalysis.start', { scope: 'all' });
    const questions = ['al', 'nog-niet', 'beter', 'nodig', 'concreet'] as const;
    for (const themeId of ['doen', 'doel', 'geld', 'gemeenteraad', 'organisatieverandering'] as const)
      for (const questionId of questions)
        await callOk(workbook, 'selfAnalysis.reflect', {
          runId: run.id,
          themeId,
          questionId,
          text: `Participatie ${themeId}`,
        });
    const reflections = group((await search(workbook, 'participatie')).own, 'reflection');
    expect(reflections?.total).toBe(25);
    expect(reflections?.hits).toHaveLength(20);
    expect(snippetText(reflections?.hits[0] ?? { snippet: [] })).toMatch(/^Participatie /);
    workbook.close();
  });
});

describe('notes as Markdown', () => {
  it('exports notes, bookmarks and the answers on the 10 reasons as one .md file', async () => {
    const workbook = open();
    await callOk(workbook, 'guide.notes.save', { key: 'geld/vorm-crowdfunding', body: 'Coöperatie in de buurt?' });
    await callOk(workbook, 'guide.bookmarks.set', { key: 'doen/motto', on: true });
    await callOk(workbook, 'guide.reasons.save', {
      reasonNumber: 2,
      recognition: 'herken-ik',
      turnaround: 'Toch doen.',
    });
    const path = savedPath(await callOk(workbook, 'guide.notes.export'));
    expect(path).toMatch(/Mijn notities uit het Werkboek \d{4}-\d{2}-\d{2}\.md$/);
    const markdown = readFileSync(path, 'utf8');
    expect(markdown).toMatch(/^# Mijn notities en bladwijzers\n/);
    expect(markdown).toContain('## Notities\n\n### 4. Geld: Crowdfunding\n\nCoöperatie in de buurt?\n');
    expect(markdown).toMatch(/## Bladwijzers\n\n- 1\. Doen: Doen\n/);
    expect(markdown).toMatch(
      /## Mijn antwoorden op de 10 redenen\n\n### 2\. .+\n\nHerken ik\.\n\nDraai het om:\n\nToch doen\.\n$/,
    );
    workbook.close();
  });
});
