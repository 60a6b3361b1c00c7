import type { SaveState } from '../lib/autosaver';
import { ErrorMessage } from './error-message';

const labels = { idle: '', saving: 'Bezig met opslaan…', saved: 'Opgeslagen', error: '' } as const;

/** "Opgeslagen" once everything is written; the error from main when a save failed. */
export function SaveStatus({ state, error }: { state: SaveState; error?: string | undefined }) {
  return (
    <>
      <p className="save-status" role="status">
        {labels[state]}
      </p>
      {error && <ErrorMessage message={error} />}
    </>
  );
}
