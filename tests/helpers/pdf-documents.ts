import { readFileSync } from 'node:fs';
import type { FinancingModelView } from '../../main/contract/financing-channels';
import { considerationIds } from '../../main/contract/guide-content';
import type { MeetingPreparation } from '../../main/contract/preparation-channels';
import {
  actionChangeLine,
  factorChangeLine,
  fieldChangeCells,
  themeCells,
  writtenTalkingPoints,
} from '../../main/contract/preparation-format';
import type { Questionnaire } from '../../main/contract/self-analysis-channels';
import { dispatch } from '../../main/services/dispatch';
import type { Workbook } from '../../main/services/workbook';

/** A small seeded generator (mulberry32): the same seed gives the same documents on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const compounds = [
  'Initiatiefnemers',
  'Participatiecoördinator',
  'Wijkcoördinator',
  'gemeenteraadsverkiezingen',
  'buurtmoestuininitiatief',
  'overheidsparticipatietraject',
  'subsidieverordening',
  'bewonersondersteuning',
  'maatschappelijkeorganisatiesoverleg',
  'uitvoeringsprogramma',
  'co-creatie',
  'Right-to-Challenge',
];
const words =
  'ik we de het een en van in met voor op dat die niet ook wil ga samen inwoners wijk gemeente raad plan leren loslaten ruimte geven vertrouwen budget buurt team collega’s wethouder overleg afspraken resultaat eerst daarna'.split(
    ' ',
  );
export const names = [
  'Ayşe Kovačević-IJzerman',
  'Jan-Willem van den Heuvel',
  'Fatima El Ouazzani',
  'Murat Şahin',
  'Zoë d’Hondt',
  'Łukasz Wiśniewski',
];

export function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

/** Dutch-looking text of about `length` characters: short words, long compounds, names, breaks. */
export function dutchText(random: () => number, length: number): string {
  let text = '';
  while (text.length < length) {
    const roll = random();
    const word = roll < 0.12 ? pick(random, compounds) : roll < 0.15 ? pick(random, names) : pick(random, words);
    const end = random() < 0.08 ? '.' : random() < 0.05 ? ',' : '';
    const gap = text === '' ? '' : random() < 0.02 ? '\n\n' : random() < 0.02 ? '\n' : ' ';
    text += `${gap}${word}${end}`;
  }
  return text.slice(0, length).trim();
}

/** A length from 0 to `max`, most often short, sometimes long, as people write. */
export function someLength(random: () => number, max: number): number {
  const roll = random();
  if (roll < 0.15) return 0;
  if (roll < 0.7) return Math.floor(random() * Math.min(max, 300));
  return Math.floor(random() * max);
}

export async function call<T>(workbook: Workbook, channel: string, input?: unknown): Promise<T> {
  const result = await dispatch(workbook.handlers, channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as T;
}

/** Every text put into a document, in the order it is printed: what the PDF must hold. */
export type PrintedTexts = string[];

/** A POP-OP with random lengths (0 to `maxField` characters a field, up to `maxActions` actions). */
export async function generatePlan(
  workbook: Workbook,
  random: () => number,
  options: { maxField: number; maxActions: number },
): Promise<{ planId: number; texts: PrintedTexts }> {
  const short = () => dutchText(random, Math.min(200, someLength(random, 200)));
  const long = () => dutchText(random, someLength(random, options.maxField));
  const { id: planId } = await call<{ id: number }>(workbook, 'popOp.create', {});
  const changes = {
    title: `POP-OP 2027 ${short()}`.slice(0, 200).trim(),
    employeeName: pick(random, names),
    jobTitle: short(),
    organisation: short(),
    manager: pick(random, names),
    nu: long(),
    richting: long(),
    nodig: long(),
  };
  await call(workbook, 'popOp.update', { planId, changes });
  const texts: PrintedTexts = Object.values(changes);
  const actions = Math.floor(random() * (options.maxActions + 1));
  for (let index = 0; index < actions; index += 1) {
    const fields = { what: long(), withWhom: short(), result: random() < 0.5 ? '' : long() };
    await call(workbook, 'popOp.actions.add', { planId, fields: { ...fields, dueDate: '2027-09-15' } });
    texts.push(fields.what, fields.withWhom, fields.result);
  }
  for (const kind of ['kans', 'bedreiging'] as const) {
    for (let index = Math.floor(random() * 6); index > 0; index -= 1) {
      const text = long() || 'x';
      await call(workbook, 'popOp.factors.add', { planId, kind, text });
      texts.push(text);
    }
  }
  return { planId, texts };
}

/** A complete self-analysis with random reflections. */
export async function generateSelfAnalysis(
  workbook: Workbook,
  random: () => number,
  options: { maxField: number },
): Promise<{ runId: number; texts: PrintedTexts }> {
  const questionnaire = await call<Questionnaire>(workbook, 'selfAnalysis.questionnaire');
  const { id: runId } = await call<{ id: number }>(workbook, 'selfAnalysis.start', { scope: 'all' });
  const texts: PrintedTexts = [];
  const name = dutchText(random, someLength(random, 200));
  await call(workbook, 'selfAnalysis.rename', { runId, name });
  texts.push(name);
  for (const theme of questionnaire.themes) {
    for (const statement of theme.statements) {
      const value = 1 + Math.floor(random() * 4);
      await call(workbook, 'selfAnalysis.answer', { runId, statementId: statement.id, value });
    }
    for (const question of questionnaire.reflectionQuestions) {
      const text = dutchText(random, someLength(random, options.maxField));
      if (!text) continue;
      await call(workbook, 'selfAnalysis.reflect', { runId, themeId: theme.id, questionId: question.id, text });
      texts.push(text);
    }
  }
  return { runId, texts };
}

/** An initiative with every consideration answered and random texts. */
export async function generateInitiative(
  workbook: Workbook,
  random: () => number,
  options: { maxField: number },
): Promise<{ id: number; texts: PrintedTexts }> {
  const view = await call<FinancingModelView>(workbook, 'financing.model');
  const name = dutchText(random, Math.max(1, someLength(random, 200))) || 'Buurtmoestuin';
  const { id } = await call<{ id: number }>(workbook, 'financing.create', { name });
  const answers = Object.fromEntries(
    considerationIds.map((consideration) => {
      const answersOf = view.considerations.find((c) => c.id === consideration)?.answers ?? [];
      return [consideration, pick(random, answersOf).id];
    }),
  );
  const patch = {
    name,
    description: dutchText(random, someLength(random, options.maxField)),
    timingNote: dutchText(random, someLength(random, 200)),
    notes: dutchText(random, someLength(random, options.maxField)),
    answers,
  };
  await call(workbook, 'financing.update', { id, patch });
  return { id, texts: [patch.name, patch.description, patch.timingNote, patch.notes] };
}

/** The exported file's bytes (the directory deliverer writes it to dataDir/exports). */
export function deliveredBytes(delivery: { kind: string; path?: string }): Buffer {
  if (delivery.kind !== 'saved' || !delivery.path) throw new Error(`expected a saved file, got ${delivery.kind}`);
  return readFileSync(delivery.path);
}

/**
 * A POP-OP discussed once and changed since (texts rewritten, actions changed and added, a kans
 * removed), with a self-analysis before and after, and up to three bespreekpunten.
 */
export async function generatePreparation(
  workbook: Workbook,
  random: () => number,
  options: { maxField: number; maxActions: number },
): Promise<{ planId: number }> {
  await generateSelfAnalysis(workbook, random, { maxField: 0 });
  const { planId } = await generatePlan(workbook, random, options);
  await call(workbook, 'popOp.actions.add', { planId, fields: { what: 'Zeker één actie', dueDate: '2020-05-01' } });
  await call(workbook, 'popOp.setStatus', { planId, status: 'besproken' });
  const long = () => dutchText(random, someLength(random, options.maxField));
  await call(workbook, 'popOp.update', { planId, changes: { nu: long(), richting: long(), jobTitle: 'Adviseur' } });
  const plan = await call<{ actions: { id: number }[]; kansen: { id: number }[] }>(workbook, 'popOp.get', { planId });
  for (const action of plan.actions.filter(() => random() < 0.3)) {
    await call(workbook, 'popOp.actions.update', { actionId: action.id, changes: { status: 'gedaan', what: long() } });
  }
  await call(workbook, 'popOp.actions.add', {
    planId,
    fields: { what: long() || 'Nieuwe actie', dueDate: '2030-01-01' },
  });
  const kans = plan.kansen[0];
  if (kans) await call(workbook, 'popOp.factors.remove', { factorId: kans.id });
  await generateSelfAnalysis(workbook, random, { maxField: 0 });
  for (const position of [1, 2, 3].filter(() => random() < 0.8)) {
    const text = dutchText(random, Math.floor(random() * 500)) || 'Punt';
    await call(workbook, 'popOp.preparation.setTalkingPoint', { planId, position, text });
  }
  return { planId };
}

/** Every text the preparation PDF prints from the prepared data, as the shared formatters word it. */
export function preparationTexts(preparation: MeetingPreparation): PrintedTexts {
  return [
    ...writtenTalkingPoints(preparation).map((point) => point.text),
    ...preparation.actions.flatMap((action) => [
      `${action.number}. ${action.what}`,
      action.withWhom,
      action.dueDateText,
      action.progressText,
    ]),
    ...preparation.changes.fields.flatMap((field) => {
      const cells = fieldChangeCells(field);
      return [field.label, cells.removed, cells.added];
    }),
    ...preparation.changes.actions.map(actionChangeLine),
    ...preparation.changes.factors.map(factorChangeLine),
    ...preparation.themes.flatMap(themeCells),
  ];
}
