import {
  type ActionComparison,
  type ActionFields,
  actionFieldLabels,
  type Comparison,
  type FieldComparison,
  type PlanAction,
  type PopOpTemplateView,
  planValueFieldLabels,
  textSectionIds,
} from '../../contract/pop-op-channels';
import type {
  MeetingPreparation,
  PreparationActionChange,
  PreparationFieldChange,
} from '../../contract/preparation-channels';
import { actionStatusLabels, formatLongDate } from './pop-op-labels';
import { statementLabel } from './pop-op-pdf';
import { actionTextLength } from './preparation-actions';
import { shorten } from './preparation-text';

/** At most this many changed passages per text answer, each at most `passageLength` characters. */
const passagesPerField = 4;
const passageLength = 240;

function fieldLabel(key: FieldComparison['key'], template: PopOpTemplateView): string {
  if (key === 'nu' || key === 'richting' || key === 'nodig') {
    const question = template.questions.find((candidate) => candidate.id === key);
    return question ? `${question.number}. ${question.title}` : key;
  }
  return planValueFieldLabels[key];
}

/** A long answer by its changed passages (in reading order, the first few); a one-line field as before → after. */
function fieldChange(field: FieldComparison, template: PopOpTemplateView): PreparationFieldChange {
  const label = fieldLabel(field.key, template);
  const isText = (textSectionIds as readonly string[]).includes(field.key);
  if (!isText) {
    const show = field.key === 'meetingDate' ? formatLongDate : (text: string) => shorten(text, 200);
    const [before, after] = [show(field.before), show(field.after)];
    return { key: field.key, label, kind: 'value', before, after, added: [], removed: [], moreChanges: 0 };
  }
  const passages = field.segments.filter((segment) => segment.change !== 'same' && segment.text.trim() !== '');
  const shown = passages.slice(0, passagesPerField);
  const of = (change: 'added' | 'removed') =>
    shown.filter((segment) => segment.change === change).map((segment) => shorten(segment.text, passageLength));
  return {
    key: field.key,
    label,
    kind: 'text',
    before: '',
    after: '',
    added: of('added'),
    removed: of('removed'),
    moreChanges: passages.length - shown.length,
  };
}

function actionValue(action: PlanAction, key: keyof ActionFields, template: PopOpTemplateView): string {
  if (key === 'status') return actionStatusLabels[action.status];
  if (key === 'dueDate') return formatLongDate(action.dueDate) || 'geen datum';
  if (key === 'statementId') return action.statementId ? statementLabel(template, action.statementId) : 'geen';
  return shorten(action[key], 120) || 'leeg';
}

function actionChange(comparison: ActionComparison, template: PopOpTemplateView): PreparationActionChange[] {
  const { change, before, after } = comparison;
  const action = after ?? before;
  if (change === 'same' || !action) return [];
  const details =
    change === 'changed' && before && after
      ? comparison.changedFields.map((key) => ({
          label: actionFieldLabels[key],
          before: actionValue(before, key, template),
          after: actionValue(after, key, template),
        }))
      : [];
  return [{ change, what: shorten(action.what, actionTextLength) || '(geen omschrijving)', details }];
}

/** What changed since the last meeting, in words: changed fields, actions and kansen/bedreigingen. */
export function preparationChanges(
  comparison: Omit<Comparison, 'version'>,
  template: PopOpTemplateView,
): MeetingPreparation['changes'] {
  return {
    count: comparison.changeCount,
    fields: comparison.fields.filter((field) => field.changed).map((field) => fieldChange(field, template)),
    actions: comparison.actions.flatMap((action) => actionChange(action, template)),
    factors: comparison.factors.flatMap((factor) =>
      factor.change === 'same'
        ? []
        : [{ change: factor.change, kind: factor.kind, text: shorten(factor.text, passageLength) }],
    ),
  };
}
