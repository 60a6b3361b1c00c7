import * as z from 'zod';
import { profileSchema } from '../../../contract/app-channels';
import { dashboardSettingsSchema, visitSchema } from '../../../contract/dashboard-channels';
import {
  amountSchema,
  answerIds,
  localSchemeFieldsSchema,
  moneyRoleSchema,
  needIdSchema,
  purposeIdSchema,
  weightSchema,
} from '../../../contract/financing-channels';
import { recognitionSchema, sectionKeySchema } from '../../../contract/guide-channels';
import {
  considerationIdSchema,
  contentId,
  financingFormIdSchema,
  themeIdSchema,
  themeIds,
} from '../../../contract/guide-content';
import { longText, shortText, timestampSchema } from '../../../contract/limits';
import {
  actionFieldsSchema,
  factorKindSchema,
  planFieldsSchema,
  planSnapshotSchema,
  planStatusSchema,
  popOpLimits,
} from '../../../contract/pop-op-channels';
import {
  answerStatementIdSchema,
  answerValueSchema,
  reflectionQuestionIdSchema,
  runScopeSchema,
} from '../../../contract/self-analysis-channels';
import { roundCodeSchema, teamGroupSize } from '../../../contract/team-channels';
import type { WorkbookRow } from '../../../db/workbook-rows';
import { dashboardSettingKeys } from '../../dashboard/dashboard-settings';
import { windowStateSchema } from '../../settings/window-state-service';
import { monthPattern, respondentIdPattern } from '../../team/share-file';
import { cycleIn, overCount, type TableRules, unknownStatement } from './row-rules';

const id = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
/**
 * The per-theme totals on a run (migration 8). Triggers recount them from the answers as the
 * rows come in, so an imported value only has to be of the right kind.
 */
const runTotals = Object.fromEntries(
  themeIds.flatMap((theme) => [
    [`${theme}_sum`, z.number().int().min(0).max(1000)],
    [`${theme}_answered`, z.number().int().min(0).max(100)],
  ]),
);
/** A round code as stored: already in capitals (the contract's schema writes it so). */
const storedRoundCode = z
  .string()
  .refine((code) => roundCodeSchema.safeParse(code).data === code, 'Ongeldige rondecode.');
const respondentId = z.string().regex(respondentIdPattern);
const position = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

/** A text column holding JSON that must have the given shape. */
function jsonText(schema: z.ZodType, message: string) {
  return z.string().refine((text) => {
    try {
      return schema.safeParse(JSON.parse(text)).success;
    } catch {
      return false;
    }
  }, message);
}

/** Each settings key with the shape its service reads. */
const settingValues: Record<string, z.ZodType> = {
  profile: profileSchema.partial().strict(),
  window: windowStateSchema.strict(),
  [dashboardSettingKeys.settings]: dashboardSettingsSchema,
  [dashboardSettingKeys.lastVisit]: visitSchema,
};

const settingRow = z
  .strictObject({ key: z.enum(Object.keys(settingValues) as [string, ...string[]]), value: z.string() })
  .superRefine((row, context) => {
    const schema = settingValues[row.key];
    if (!schema || !jsonText(schema, '').safeParse(row.value).success)
      context.addIssue({ code: 'custom', path: ['value'], message: 'Deze instelling heeft niet de juiste vorm.' });
  });

const considerationRow = z
  .strictObject({
    initiative_id: id,
    consideration: considerationIdSchema,
    answer: z.string().nullable(),
    weight: weightSchema,
  })
  .refine((row) => row.answer === null || (answerIds[row.consideration] as readonly string[]).includes(row.answer), {
    message: 'Onbekend antwoord bij deze afweging.',
    path: ['answer'],
  });

/**
 * The app's own rules for every table of the workbook, one entry per table, built from the
 * contract's schemas: what a user can type through the app is exactly what an import accepts
 * and what an export writes. A table without an entry cannot be exported or imported (a test
 * says so), so a feature that adds a table adds its entry here.
 */
export const tableRules: Record<string, TableRules> = {
  settings: { label: 'Instellingen', row: settingRow },
  guide_notes: {
    label: 'Notities bij de gids',
    row: z.strictObject({
      section_key: sectionKeySchema,
      body: longText.min(1),
      updated_at: timestampSchema,
    }),
  },
  guide_bookmarks: {
    label: 'Bladwijzers',
    row: z.strictObject({ section_key: sectionKeySchema, created_at: timestampSchema }),
  },
  reason_reflections: {
    label: '10 redenen',
    row: z.strictObject({
      reason_number: z.number().int().min(1).max(10),
      recognition: recognitionSchema.nullable(),
      turnaround: longText,
      updated_at: timestampSchema,
    }),
  },
  self_analysis_runs: {
    label: 'Zelfanalyses',
    row: z.strictObject({
      id,
      name: shortText,
      scope: runScopeSchema,
      created_at: timestampSchema,
      updated_at: timestampSchema,
      ...runTotals,
    }),
  },
  self_analysis_answers: {
    label: 'Antwoorden van zelfanalyses',
    row: z.strictObject({
      run_id: id,
      statement_id: answerStatementIdSchema,
      value: answerValueSchema,
      answered_at: timestampSchema,
    }),
    across: (rows, _tables, context) => unknownStatement('self_analysis_answers', rows, context),
  },
  self_analysis_reflections: {
    label: 'Reflecties van zelfanalyses',
    row: z.strictObject({
      run_id: id,
      theme_id: themeIdSchema,
      question_id: reflectionQuestionIdSchema,
      text: longText,
      updated_at: timestampSchema,
    }),
  },
  self_analysis_action_marks: {
    label: 'Stellingen om mee aan de slag te gaan',
    row: z.strictObject({
      run_id: id,
      statement_id: answerStatementIdSchema,
      suggestion_kind: z.enum(['tip', 'resource']).nullable(),
      suggestion_id: contentId.nullable(),
      marked_at: timestampSchema,
    }),
    across: (rows, _tables, context) => unknownStatement('self_analysis_action_marks', rows, context),
  },
  pop_op_plans: {
    label: 'POP-OP’s',
    row: z.strictObject({
      id,
      title: planFieldsSchema.shape.title,
      period: planFieldsSchema.shape.period,
      status: planStatusSchema,
      employee_name: planFieldsSchema.shape.employeeName,
      job_title: planFieldsSchema.shape.jobTitle,
      organisation: planFieldsSchema.shape.organisation,
      department: planFieldsSchema.shape.department,
      manager: planFieldsSchema.shape.manager,
      meeting_date: planFieldsSchema.shape.meetingDate,
      nu: planFieldsSchema.shape.nu,
      richting: planFieldsSchema.shape.richting,
      nodig: planFieldsSchema.shape.nodig,
      previous_plan_id: id.nullable(),
      created_at: timestampSchema,
      updated_at: timestampSchema,
    }),
    across: (rows) =>
      overCount('pop_op_plans', rows, () => 'all', popOpLimits.plans, `Meer dan ${popOpLimits.plans} POP-OP’s.`) ??
      cycleIn(
        'pop_op_plans',
        rows,
        'previous_plan_id',
        'Deze POP-OP’s verwijzen in een kring naar elkaar als vorig plan.',
      ),
  },
  pop_op_actions: {
    label: 'Acties van POP-OP’s',
    row: z.strictObject({
      id,
      plan_id: id,
      position,
      what: actionFieldsSchema.shape.what,
      with_whom: actionFieldsSchema.shape.withWhom,
      due_date: actionFieldsSchema.shape.dueDate,
      status: actionFieldsSchema.shape.status,
      result: actionFieldsSchema.shape.result,
      statement_id: actionFieldsSchema.shape.statementId,
      carried_from_action_id: id.nullable(),
      created_at: timestampSchema,
      updated_at: timestampSchema,
    }),
    across: (rows, _tables, context) =>
      overCount(
        'pop_op_actions',
        rows,
        (row) => String(row.plan_id),
        popOpLimits.actions,
        `Een POP-OP heeft meer dan ${popOpLimits.actions} acties.`,
      ) ??
      unknownStatement('pop_op_actions', rows, context) ??
      cycleIn('pop_op_actions', rows, 'carried_from_action_id', 'Deze acties verwijzen in een kring naar elkaar.'),
  },
  pop_op_factors: {
    label: 'Kansen en bedreigingen',
    row: z.strictObject({ id, plan_id: id, kind: factorKindSchema, position, text: longText }),
    across: (rows) =>
      overCount(
        'pop_op_factors',
        rows,
        (row) => `${row.plan_id}/${row.kind}`,
        popOpLimits.factorsPerKind,
        `Een POP-OP heeft meer dan ${popOpLimits.factorsPerKind} kansen of bedreigingen.`,
      ),
  },
  pop_op_versions: {
    label: 'Versies van POP-OP’s',
    row: z.strictObject({
      id,
      plan_id: id,
      number: z.number().int().min(1),
      status: z.enum(['besproken', 'vastgesteld']),
      created_at: timestampSchema,
      snapshot: jsonText(planSnapshotSchema, 'Deze versie van een POP-OP heeft niet de juiste vorm.'),
    }),
  },
  financing_initiatives: {
    label: 'Initiatieven (Financieringshulp)',
    row: z.strictObject({
      id,
      name: shortText,
      description: longText,
      amount_euros: amountSchema.nullable(),
      timing_note: shortText,
      notes: longText,
      money_role: moneyRoleSchema.nullable(),
      chosen_form: financingFormIdSchema.nullable(),
      created_at: timestampSchema,
      updated_at: timestampSchema,
    }),
  },
  financing_needs: {
    label: 'Behoeften van initiatieven',
    row: z.strictObject({ initiative_id: id, need: needIdSchema }),
  },
  financing_considerations: { label: 'Afwegingen van initiatieven', row: considerationRow },
  financing_purposes: {
    label: 'Waar initiatieven geld voor nodig hebben',
    row: z.strictObject({ initiative_id: id, purpose: purposeIdSchema }),
  },
  financing_local_schemes: {
    label: 'Regelingen van je gemeente',
    row: z.strictObject({
      id,
      name: localSchemeFieldsSchema.shape.name,
      form: localSchemeFieldsSchema.shape.formId,
      max_amount_euros: localSchemeFieldsSchema.shape.maxAmountEuros,
      conditions: localSchemeFieldsSchema.shape.conditions,
      contact: localSchemeFieldsSchema.shape.contact,
      created_at: timestampSchema,
      updated_at: timestampSchema,
    }),
  },
  team_respondent_ids: {
    label: 'Teamspiegel: je anonieme deelnemerscodes',
    row: z.strictObject({
      round_code: storedRoundCode,
      respondent_id: respondentId,
      created_at: timestampSchema,
      shared_at: timestampSchema.nullable(),
    }),
  },
  team_rounds: {
    label: 'Teamspiegel: rondes',
    row: z.strictObject({
      id,
      name: shortText.min(1),
      code: storedRoundCode,
      minimum_group_size: z.number().int().min(teamGroupSize.lowest).max(teamGroupSize.highest),
      created_at: timestampSchema,
    }),
  },
  team_responses: {
    label: 'Teamspiegel: ontvangen bestanden',
    row: z.strictObject({
      round_id: id,
      respondent_id: respondentId,
      month: z.string().regex(monthPattern),
      added_at: timestampSchema,
    }),
  },
  team_response_answers: {
    label: 'Teamspiegel: ontvangen antwoorden',
    row: z.strictObject({
      round_id: id,
      respondent_id: respondentId,
      statement_id: answerStatementIdSchema,
      value: answerValueSchema,
    }),
    across: (rows, _tables, context) => unknownStatement('team_response_answers', rows, context),
  },
} satisfies Record<string, TableRules>;

export type { WorkbookRow };
