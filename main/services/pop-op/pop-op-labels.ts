import { type Plan, planStatusLabels } from '../../contract/pop-op-channels';

export { actionStatusLabels } from '../../contract/pop-op-channels';

import { once } from '../../contract/once';

const longDate = once(
  () => new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
);
const shortDate = once(
  () =>
    new Intl.DateTimeFormat('nl-NL', {
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      timeZone: 'UTC',
    }),
);

/** "2027-03-15" → "15 maart 2027"; '' stays ''. */
export function formatLongDate(isoDate: string): string {
  return isoDate === '' ? '' : longDate().format(new Date(`${isoDate.slice(0, 10)}T00:00:00Z`));
}

/** "2027-03-15" → "15-03-2027"; '' stays ''. */
export function formatShortDate(isoDate: string): string {
  return isoDate === '' ? '' : shortDate().format(new Date(`${isoDate.slice(0, 10)}T00:00:00Z`));
}

/** A version's moment as a date in the Netherlands: "12 maart 2027". */
function versionDate(createdAt: string): string {
  return new Intl.DateTimeFormat('nl-NL', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Amsterdam',
  }).format(new Date(createdAt));
}

/** "Besproken op 12 maart 2027 (versie 2)", with a note when the plan changed after that version. */
export function planStatusLine(plan: Pick<Plan, 'status' | 'versions' | 'changedSinceLastVersion'>): string {
  const latest = plan.versions.at(-1);
  if (!latest) return planStatusLabels[plan.status];
  const versionText = `${planStatusLabels[latest.status]} op ${versionDate(latest.createdAt)} (versie ${latest.number})`;
  const later = plan.changedSinceLastVersion ? ', daarna gewijzigd' : '';
  return plan.status === 'concept'
    ? `Concept; laatste versie: ${versionText.toLowerCase()}${later}`
    : `${versionText}${later}`;
}
