import { useEffect, useRef } from 'react';
import type { RecoveryResult } from '../../../../main/contract/backup-channels';
import { formatDate } from './recovery-texts';

/** What a choice did: which backup came back (and which were skipped), and where the old file is kept. */
export function RecoveryDone({ result }: { result: RecoveryResult }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const { restoredFrom, skipped, keptAsideAs } = result;
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {restoredFrom ? 'De reservekopie is teruggezet' : 'Je begint met een leeg werkboek'}
      </h1>
      {restoredFrom && (
        <p>
          Je werkboek is weer zoals het was op {formatDate(restoredFrom.createdAt)}. Wat je daarna hebt gedaan, staat er
          niet in.
        </p>
      )}
      {skipped.length > 0 && (
        <p>
          {skipped.length === 1 ? 'De nieuwere reservekopie' : `${skipped.length} nieuwere reservekopieën`} van{' '}
          {skipped.map((backup) => formatDate(backup.createdAt)).join(', ')} {skipped.length === 1 ? 'was' : 'waren'}{' '}
          beschadigd en {skipped.length === 1 ? 'is' : 'zijn'} overgeslagen.
        </p>
      )}
      {keptAsideAs && (
        <p>
          Het oude bestand is niet verwijderd. Het staat opzij als <code className="file-path">{keptAsideAs}</code>
        </p>
      )}
      <p>
        <button type="button" className="button-primary" onClick={() => window.location.reload()}>
          Naar het werkboek
        </button>
      </p>
    </>
  );
}
