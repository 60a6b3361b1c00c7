import { summarizeSaves } from '../../lib/save-summary';
import { usePopOpStore } from '../../stores/pop-op-store';

/**
 * One line for the whole plan, kept in view: saving, all saved, or "Niet alles is bewaard" for
 * as long as any field is not saved (a later save elsewhere never clears it); each such field
 * shows its own message. Below it, a failed one-off step.
 */
export function SaveIndicator({ error }: { error: string | undefined }) {
  const saveStates = usePopOpStore((state) => state.saveStates);
  const summary = summarizeSaves(saveStates);
  const states = Object.values(saveStates);
  const refused = states.some((entry) => entry?.state === 'error');
  const retrying = states.find((entry) => entry?.state === 'retrying');
  let label = '';
  if (refused) label = 'Niet alles is bewaard: een tekst past niet. Zie de melding bij dat veld.';
  else if (retrying) label = 'Niet alles is bewaard. Het werkboek probeert het steeds opnieuw.';
  else if (summary === 'saving') label = 'Bezig met opslaan…';
  else if (summary === 'saved') label = 'Alles is bewaard.';
  return (
    <div className="save-indicator">
      <p className="save-status" role="status">
        {label}
      </p>
      {retrying?.state === 'retrying' && (
        <p className="error-message" role="alert">
          Niet bewaard: {retrying.message}
        </p>
      )}
      {error && (
        <p className="error-message" role="alert">
          {error}
        </p>
      )}
      {refused && (
        <p className="muted">
          Een tekst die niet past, wordt pas bewaard als je hem hebt aangepast. Tot dan blijft hij hier staan.
        </p>
      )}
    </div>
  );
}
