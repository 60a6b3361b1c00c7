import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { dispatch } from '../../../../main/services/dispatch';
import { shareFileText } from '../../../../main/services/team/share-file';
import type { Workbook } from '../../../../main/services/workbook';
import { repoRoot } from '../../../helpers/workbook';

const guide = JSON.parse(readFileSync(join(repoRoot, 'resources/content/self-analyses.json'), 'utf8')) as {
  analyses: { themeId: string; statements: { id: string }[] }[];
};

/** The 27 statement ids in the guide's order. */
export const statementIds = guide.analyses.flatMap((analysis) => analysis.statements.map((s) => s.id));

/** A channel's value; a refusal fails the test with its message. */
export async function callOk<T>(workbook: Workbook, channel: string, input: unknown): Promise<T> {
  const result = await dispatch(workbook.handlers, channel, input);
  if (!result.ok) expect.fail(`${channel}: ${result.error.message}`);
  return result.value as T;
}

/** A member's answers as a vector in the guide's order (null = empty). */
export type AnswerVector = readonly (number | null)[];

/** The text of a share file as a member's workbook writes it. */
export function shareText(
  vector: AnswerVector,
  options: { roundCode?: string; respondentId?: string; month?: string } = {},
): string {
  return shareFileText({
    format: 'werkboek-teamspiegel',
    version: 1,
    roundCode: options.roundCode ?? 'TEAM-2027',
    respondentId: options.respondentId ?? randomUUID(),
    month: options.month ?? '2027-03',
    answers: Object.fromEntries(statementIds.map((id, index) => [id, vector[index] ?? null])),
  });
}

/** A file as the renderer sends it. */
export function incoming(name: string, text: string) {
  return { name, size: Buffer.byteLength(text), text };
}

/** The same answer for every statement. */
export const constantVector = (value: number | null): AnswerVector => statementIds.map(() => value);

/** Makes a round (code TEAM-2027 unless told) and returns its id. */
export async function createRound(workbook: Workbook, minimumGroupSize = 5, code = 'TEAM-2027'): Promise<number> {
  const round = await callOk<{ id: number }>(workbook, 'team.rounds.create', {
    name: `Ronde ${code}`,
    code,
    minimumGroupSize,
  });
  return round.id;
}

/** Row counts of the coordinator's team tables. */
export function teamRowCounts(workbook: Workbook) {
  const count = (table: string) => workbook.database.prepare(`SELECT count(*) FROM ${table}`).pluck().get();
  return { responses: count('team_responses'), answers: count('team_response_answers') };
}
