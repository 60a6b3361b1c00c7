import type { Profile } from '../../contract/app-channels';
import type { PlanFields } from '../../contract/pop-op-channels';

/** The fields a new plan starts with: everything except the three answers, which start empty. */
export type NewPlanFields = Omit<PlanFields, 'nu' | 'richting' | 'nodig'>;

/** Every four-digit year in a text, one later: "POP-OP 2027" → "POP-OP 2028", "2027–2028" → "2028–2029". */
export function nextYearText(text: string): string {
  return text.replace(/\b(19|20|21)(\d{2})\b/g, (year) => String(Number(year) + 1));
}

function profileFields(profile: Profile, fallback?: NewPlanFields) {
  // A field filled in Instellingen wins; an empty one keeps what the previous plan had.
  const pick = (value: string, previous: string | undefined) => (value.trim() !== '' ? value : (previous ?? ''));
  return {
    employeeName: pick(profile.name, fallback?.employeeName),
    jobTitle: pick(profile.jobTitle, fallback?.jobTitle),
    organisation: pick(profile.organisation, fallback?.organisation),
    department: pick(profile.department, fallback?.department),
    manager: pick(profile.manager, fallback?.manager),
  };
}

/** A fresh plan for this year, with the profile from Instellingen. */
export function freshPlanFields(profile: Profile, today: Date): NewPlanFields {
  const year = today.getFullYear();
  return { title: `POP-OP ${year}`, period: String(year), meetingDate: '', ...profileFields(profile) };
}

/**
 * A plan that follows on `previous`: the years in its title and period move on by one (or
 * "(vervolg)" is added when there is no year), the profile comes from Instellingen.
 */
export function followUpPlanFields(profile: Profile, previous: NewPlanFields): NewPlanFields {
  const title = nextYearText(previous.title);
  return {
    title: title !== previous.title ? title : `${previous.title} (vervolg)`.slice(0, 200),
    period: nextYearText(previous.period),
    meetingDate: '',
    ...profileFields(profile, previous),
  };
}
