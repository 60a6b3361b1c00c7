import { useId } from 'react';
import { FilePickerButton } from '../../components/file-picker-button';
import { useTeamStore } from '../../stores/team-store';

const extension = '.teamspiegel';

/** Adding share files to a round: several at once, or every share file in a folder. Main judges each file. */
export function AddFiles({ roundId }: { roundId: number }) {
  const { busy, fileResults, addFiles } = useTeamStore();
  const id = useId();
  const added = fileResults.filter((file) => file.outcome !== 'refused').length;

  return (
    <section aria-labelledby={`${id}-kop`} className="team-panel">
      <h2 id={`${id}-kop`}>Bestanden toevoegen</h2>
      <p>
        Voeg de deelbestanden ({extension}) toe die je van je team hebt gekregen: kies een of meer bestanden, of een map
        met alle bestanden. Elk bestand wordt eerst gecontroleerd; een bestand dat niet klopt, wordt niet opgeslagen.
      </p>
      <p className="form-hint">
        Bewaar de bestanden zelf. Een werkboekexport neemt de antwoorden van je team niet mee, zodat die nooit met je
        werkboek rondgaan. Zet je je werkboek over naar een andere laptop, voeg de bestanden dan opnieuw toe.
      </p>
      <p className="team-pickers">
        <FilePickerButton
          label="Bestanden kiezen…"
          accept={extension}
          multiple
          disabled={busy}
          onFiles={(files) => void addFiles(roundId, files)}
        />
        <FilePickerButton
          label="Map kiezen…"
          folder
          disabled={busy}
          // In a folder, only share files count; other files (a Word document, say) are not for us.
          onFiles={(files) =>
            void addFiles(
              roundId,
              files.filter((file) => file.name.endsWith(extension)),
            )
          }
        />
      </p>
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
