import { useId } from 'react';
import { useTeamStore } from '../../stores/team-store';

const extension = '.teamspiegel';
// Chromium and Electron pick a whole folder with this attribute; React's types do not list it.
const folderPicker = { webkitdirectory: '' } as Record<string, string>;

/** Adding share files to a round: several at once, or every share file in a folder. Main judges each file. */
export function AddFiles({ roundId }: { roundId: number }) {
  const { busy, fileResults, addFiles } = useTeamStore();
  const id = useId();
  const added = fileResults.filter((file) => file.outcome !== 'refused').length;

  return (
    <section aria-labelledby={`${id}-kop`} className="team-panel">
      <h2 id={`${id}-kop`}>Bestanden toevoegen</h2>
      <p>
        Voeg de deelbestanden ({extension}) toe die je van je team hebt gekregen. Elk bestand wordt eerst gecontroleerd;
        een bestand dat niet klopt, wordt niet opgeslagen.
      </p>
      <div className="team-pickers">
        <div className="form-field">
          <label htmlFor={`${id}-files`}>Kies een of meer bestanden</label>
          <input
            id={`${id}-files`}
            type="file"
            multiple
            accept={extension}
            disabled={busy}
            onChange={(event) => {
              void addFiles(roundId, [...(event.target.files ?? [])]);
              event.target.value = '';
            }}
          />
        </div>
        <div className="form-field">
          <label htmlFor={`${id}-folder`}>Of kies een map met bestanden</label>
          <input
            id={`${id}-folder`}
            type="file"
            {...folderPicker}
            disabled={busy}
            onChange={(event) => {
              // In a folder, only share files count; other files (a Word document, say) are not for us.
              const files = [...(event.target.files ?? [])].filter((file) => file.name.endsWith(extension));
              void addFiles(roundId, files);
              event.target.value = '';
            }}
          />
        </div>
      </div>
      <div role="status">
        {fileResults.length > 0 && (
          <>
            <p>
              {added} van {fileResults.length} {fileResults.length === 1 ? 'bestand' : 'bestanden'} toegevoegd.
            </p>
            <ul className="team-file-results">
              {fileResults.map((file, index) => (
                <li
                  // biome-ignore lint/suspicious/noArrayIndexKey: two files may have the same name; the list is replaced as a whole
                  key={index}
                  className={file.outcome === 'refused' ? 'team-file-refused' : 'team-file-added'}
                >
                  <strong>{file.name}</strong>: {file.outcome === 'refused' ? 'niet toegevoegd. ' : ''}
                  {file.message}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </section>
  );
}
