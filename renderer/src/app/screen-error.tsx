import { useEffect, useRef, useState } from 'react';
import { call } from '../api/client';
import { routeHref } from './routes';

type BackupState =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'done'; fileName: string }
  | { kind: 'failed'; message: string };

/** Back to where the user came from, or to the start screen when there is nothing to go back to. */
function goBack(): void {
  if (window.history.length > 1) window.history.back();
  else window.location.hash = routeHref('/');
}

/** What a screen shows when it could not be drawn: what happened, what to do, and the short error text for IT. */
export function ScreenError({ error }: { error: Error }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const [backup, setBackup] = useState<BackupState>({ kind: 'idle' });
  useEffect(() => heading.current?.focus(), []);

  async function makeBackup() {
    setBackup({ kind: 'busy' });
    const result = await call('backup.create', undefined);
    setBackup(
      result.ok ? { kind: 'done', fileName: result.value.fileName } : { kind: 'failed', message: result.error.message },
    );
  }

  return (
    <section className="screen-error" aria-labelledby="scherm-fout-kop">
      <h1 id="scherm-fout-kop" ref={heading} tabIndex={-1}>
        Dit scherm kan niet worden getoond
      </h1>
      <p>
        Er ging iets mis bij het tonen van dit scherm. Wat al bewaard was, is niet weg. Ga terug, of kies een ander
        onderdeel in het menu.
      </p>
      <p>Blijft dit gebeuren? Maak dan een reservekopie en geef de foutmelding hieronder aan je IT-afdeling.</p>
      <div className="button-row">
        <button type="button" className="button-primary" onClick={goBack}>
          Ga terug
        </button>
        <button
          type="button"
          className="button-subtle"
          disabled={backup.kind === 'busy'}
          onClick={() => void makeBackup()}
        >
          Maak een reservekopie
        </button>
      </div>
      <p role="status">
        {backup.kind === 'busy' && 'Bezig met de reservekopie…'}
        {backup.kind === 'done' && `De reservekopie is gemaakt: ${backup.fileName}.`}
      </p>
      {backup.kind === 'failed' && (
        <p className="error-message" role="alert">
          {backup.message}
        </p>
      )}
      <h2>Foutmelding voor de IT-afdeling</h2>
      <p>
        <code className="screen-error-text">
          {error.name}: {error.message}
        </code>
      </p>
      <p className="muted">Deze melding staat ook in het bestand werkboek-fouten.log in de map van je gegevens.</p>
    </section>
  );
}
