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
  agreementTextSchema,
  meetingDateSchema,
  meetingLimits,
  meetingMessages,
  meetingOutcomeSchema,
  meetingWithWhomSchema,
} from '../../../contract/meeting-channels';
import {
  actionFieldsSchema,
  factorKindSchema,
  planFieldsSchema,
  planSnapshotSchema,
  planStatusSchema,
  popOpLimits,
} from '../../../contract/pop-op-channels';
import { talkingPointPositionSchema, talkingPointTextSchema } from '../../../contract/preparation-channels';
import { logoMimeSchema, printPreferencesSchema } from '../../../contract/print-settings-channels';
import {
  answerStatementIdSchema,
  answerValueSchema,
  reflectionQuestionIdSchema,
  runScopeSchema,
} from '../../../contract/self-analysis-channels';
import { roundCodeSchema, teamGroupSize } from '../../../contract/team-channels';
import { z } from '../../../contract/zod';
import type { WorkbookRow } from '../../../db/workbook-rows';
import { dashboardSettingKeys } from '../../dashboard/dashboard-settings';
import { checkLogoImage } from '../../settings/image-check';
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

/**
 * A workbook file travels by mail, so it never holds a team member's answers, not even under a
 * random id: only the coordinator's own disk does, as the share files they received. After a move
 * the coordinator adds those files again; the rounds themselves do travel.
 */
const membersAnswersStayOnDisk = 'Antwoorden van teamleden gaan nooit mee in een werkboekbestand.';

/** Each settings key with the shape its service reads. */
const settingValues: Record<string, z.ZodType> = {
  profile: profileSchema.partial().strict(),
  window: windowStateSchema.strict(),
  [dashboardSettingKeys.settings]: dashboardSettingsSchema,
  [dashboardSettingKeys.lastVisit]: visitSchema,
  print: printPreferencesSchema,
};

/**
 * A stored image travels as base64 (see `readAllTables`) and is held to the same checks as
 * one picked in Instellingen, its type and size in pixels as its bytes say.
 */
const settingsImageRow = z
  .strictObject({
    key: z.literal('logo'),
    file_name: shortText.min(1),
    mime: logoMimeSchema,
    width: z.number().int(),
    height: z.number().int(),
    bytes: z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/),
    updated_at: timestampSchema,
  })
  .superRefine((row, context) => {
    let checked: ReturnType<typeof checkLogoImage> | undefined;
    try {
      checked = checkLogoImage(Buffer.from(row.bytes, 'base64'));
    } catch {
      checked = undefined;
    }
    if (!checked || checked.mime !== row.mime || checked.width !== row.width || checked.height !== row.height)
      context.addIssue({
        code: 'custom',
        path: ['bytes'],
        message: 'Dit logo is geen geldige PNG- of JPEG-afbeelding.',
      });
  });

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
  settings_images: { label: 'Logo van je organisatie', row: settingsImageRow },
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
  pop_op_meetings: {
    label: 'Gesprekken over POP-OP’s',
    row: z
      .strictObject({
        id,
        plan_id: id,
        version_id: id,
        held_on: meetingDateSchema,
        with_whom: meetingWithWhomSchema,
        outcome: meetingOutcomeSchema,
        next_meeting: z.union([z.literal(''), meetingDateSchema]),
        created_at: timestampSchema,
      })
      .refine((row) => row.next_meeting === '' || row.next_meeting > row.held_on, {
        message: meetingMessages.nextBeforeHeld,
        path: ['next_meeting'],
      }),
  },
  pop_op_meeting_agreements: {
    label: 'Afspraken uit gesprekken over POP-OP’s',
    row: z.strictObject({
      id,
      meeting_id: id,
      position: z.number().int().min(1).max(meetingLimits.agreements),
      text: agreementTextSchema,
      action_id: id.nullable(),
    }),
    across: (rows) =>
      overCount(
        'pop_op_meeting_agreements',
        rows,
        (row) => String(row.meeting_id),
        meetingLimits.agreements,
        `Een gesprek heeft meer dan ${meetingLimits.agreements} afspraken.`,
      ),
  },
  pop_op_talking_points: {
    label: 'Bespreekpunten van POP-OP’s',
    row: z.strictObject({
      plan_id: id,
      position: talkingPointPositionSchema,
      text: talkingPointTextSchema.min(1),
      updated_at: timestampSchema,
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
    keptOutOfExport: membersAnswersStayOnDisk,
    row: z.strictObject({
      round_id: id,
      respondent_id: respondentId,
      month: z.string().regex(monthPattern),
      added_at: timestampSchema,
    }),
  },
  team_response_answers: {
    label: 'Teamspiegel: ontvangen antwoorden',
    keptOutOfExport: membersAnswersStayOnDisk,
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
