import { type SaveStates, summarizeSaves } from '../lib/save-summary';

const labels = {
  idle: '',
  saving: 'Bezig met opslaan…',
  saved: 'Opgeslagen',
  unsaved: 'Niet alles is bewaard. Kijk bij het veld met een melding.',
} as const;

/**
 * One line for the fields of a screen: "Opgeslagen" only when every field is written, "Niet
 * alles is bewaard" for as long as any field is not; each field shows its own message.
 */
export function SaveStatus({ states }: { states: SaveStates }) {
  return (
    <p className="save-status" role="status">
      {labels[summarizeSaves(states)]}
    </p>
  );
}
