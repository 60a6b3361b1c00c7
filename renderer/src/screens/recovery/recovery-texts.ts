import type { RecoveryProblem } from '../../stores/recovery-store';

/** The heading of the recovery screen: what happened, in a few words. */
export const problemTitles: Record<RecoveryProblem['problem'], string> = {
  corrupt: 'Je werkboekbestand is beschadigd',
  'not-sqlite': 'Je werkboekbestand is beschadigd',
  empty: 'Je werkboekbestand is leeg',
  'not-a-file': 'Je werkboekbestand is geen bestand',
  unreadable: 'Het werkboek mag je werkboekbestand niet lezen',
  'read-only': 'Je werkboekbestand is alleen-lezen',
  locked: 'Je werkboekbestand is in gebruik',
  'newer-version': 'Je werkboekbestand komt uit een nieuwere versie',
  folder: 'De map met je gegevens kan niet worden gebruikt',
  'cannot-open': 'Je werkboekbestand kan niet worden geopend',
};

export const reasonLabels: Record<string, string> = {
  dagelijks: 'automatisch',
  'voor-migratie': 'voor een update',
  handmatig: 'door jou gemaakt',
  'voor-terugzetten': 'voor het terugzetten',
  'voor-import': 'voor een import',
};

const dateFormat = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeStyle: 'short' });
export const formatDate = (iso: string) => dateFormat.format(new Date(iso));
