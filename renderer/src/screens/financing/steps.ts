import { routeHref } from '../../app/routes';

/** The three pages of one initiative, in order; the first has no suffix in the URL. */
export const stepIds = ['initiatief', 'afwegingen', 'advies'] as const;
export type StepId = (typeof stepIds)[number];

export const stepLabels: Record<StepId, string> = {
  initiatief: 'Initiatief en geldvraag',
  afwegingen: 'Afwegingen',
  advies: 'Advies',
};

/** `#/financiering/12`, `#/financiering/12/afwegingen`, … */
export function stepHref(id: number, step: StepId): string {
  return step === 'initiatief' ? routeHref('/financiering', id) : routeHref('/financiering', id, step);
}

/** An initiative without a name still needs something to show. */
export function displayName(name: string): string {
  return name.trim() || 'Naamloos initiatief';
}
