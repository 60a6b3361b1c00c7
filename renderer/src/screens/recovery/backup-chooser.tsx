import { useId, useState } from 'react';
import type { RecoveryBackup } from '../../../../main/contract/backup-channels';
import { formatDate, reasonLabels } from './recovery-texts';

/** "Een andere reservekopie kiezen": every backup with the result of its check; damaged ones cannot be chosen. */
export function BackupChooser(props: { backups: RecoveryBackup[]; busy: boolean; onRestore(fileName: string): void }) {
  const usable = props.backups.filter((backup) => backup.usable);
  const [chosen, setChosen] = useState(usable[0]?.fileName);
  const name = useId();
  if (props.backups.length === 0) return <p>Er zijn geen reservekopieën in de map.</p>;
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (chosen) props.onRestore(chosen);
      }}
    >
      <fieldset className="recovery-backups">
        <legend>Kies een reservekopie</legend>
        {props.backups.map((backup) => (
          <label key={backup.fileName} className="recovery-backup">
            <input
              type="radio"
              name={name}
              value={backup.fileName}
              disabled={!backup.usable}
              checked={chosen === backup.fileName}
              onChange={() => setChosen(backup.fileName)}
            />{' '}
            {formatDate(backup.createdAt)} ({reasonLabels[backup.reason] ?? backup.reason})
            {backup.usable ? '' : ' – beschadigd of niet bruikbaar'}
          </label>
        ))}
      </fieldset>
      <button type="submit" className="button-subtle" disabled={props.busy || !chosen}>
        Deze reservekopie terugzetten
      </button>
    </form>
  );
}
