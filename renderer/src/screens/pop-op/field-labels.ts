import type { ActionFields, PlanFieldKey, PopOpTemplateView } from '../../../../main/contract/pop-op-channels';

const fixedLabels: Record<Exclude<PlanFieldKey, 'nu' | 'richting' | 'nodig'>, string> = {
  title: 'Titel',
  period: 'Periode',
  employeeName: 'Naam',
  jobTitle: 'Functie',
  organisation: 'Organisatie',
  department: 'Afdeling',
  manager: 'Leidinggevende',
  meetingDate: 'Datum van het gesprek',
};

/** The Dutch name of a plan field; questions 1–3 are named by the guide's question. */
export function planFieldLabel(key: PlanFieldKey, template: PopOpTemplateView | undefined): string {
  if (key === 'nu' || key === 'richting' || key === 'nodig') {
    const question = template?.questions.find((candidate) => candidate.id === key);
    return question ? `${question.number}. ${question.title}` : key;
  }
  return fixedLabels[key];
}

/** Dutch names of the action fields, for "gewijzigd: status, wanneer". */
export const actionFieldLabels: Record<keyof ActionFields, string> = {
  what: 'wat',
  withWhom: 'met wie',
  dueDate: 'wanneer',
  status: 'status',
  result: 'resultaat',
  statementId: 'stelling',
};
