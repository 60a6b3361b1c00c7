import { usePopOpStore } from '../../stores/pop-op-store';

/** One line for the whole plan, kept in view: saving, all saved, what could not be saved, or a failed step. */
export function SaveIndicator({ error }: { error: string | undefined }) {
  const saveStates = usePopOpStore((state) => state.saveStates);
  const fieldErrors = usePopOpStore((state) => state.fieldErrors);
  const states = Object.values(saveStates);
  const failed = states.find((entry) => entry.state === 'error');
  const refused = Object.keys(fieldErrors).length > 0;
  let label = '';
  if (states.some((entry) => entry.state === 'saving')) label = 'Bezig met opslaan…';
  else if (failed) label = 'Niet alles is bewaard.';
  else if (refused) label = 'Niet alles is bewaard: een tekst past niet. Zie de melding bij dat veld.';
  else if (states.some((entry) => entry.state === 'saved')) label = 'Alles is bewaard.';
  return (
    <div className="save-indicator">
      <p className="save-status" role="status">
        {label}
      </p>
      {failed?.message && (
        <p className="error-message" role="alert">
          Niet bewaard: {failed.message}
        </p>
      )}
      {error && (
        <p className="error-message" role="alert">
          {error}
        </p>
      )}
      {refused && !failed && (
        <p className="muted">
          Een tekst die niet past, wordt pas bewaard als je hem hebt aangepast. Zie de melding bij dat veld.
        </p>
      )}
    </div>
  );
}
