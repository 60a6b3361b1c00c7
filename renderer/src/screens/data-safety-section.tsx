import { useEffect, useId, useState } from 'react';
import { ConfirmInline } from '../components/confirm-inline';
import { ErrorMessage } from '../components/error-message';
import { FileDeliveryResult } from '../components/file-delivery-result';
import { useDataSafetyStore } from '../stores/data-safety-store';

const dateFormat = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeStyle: 'short' });
const sizeFormat = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 });
const reasonLabels: Record<string, string> = {
  dagelijks: 'automatisch',
  'voor-migratie': 'voor een update',
  handmatig: 'door jou gemaakt',
  'voor-terugzetten': 'voor het terugzetten',
  'voor-import': 'voor een import',
};

/** Instellingen → Reservekopieën, export and import of the whole workbook. */
export function DataSafetySection() {
  const {
    folder,
    backups,
    busy,
    message,
    error,
    exported,
    load,
    createBackup,
    restore,
    exportWorkbook,
    importWorkbook,
  } = useDataSafetyStore();
  const [confirming, setConfirming] = useState<string>();
  const importId = useId();

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <section aria-labelledby="reservekopie-kop">
      <h2 id="reservekopie-kop">Reservekopieën</h2>
      <p>
        Het werkboek maakt elke dag dat je het gebruikt een reservekopie, en ook vóór elke update. De tien nieuwste
        blijven bewaard{folder ? ' in ' : '.'}
        {folder && <code className="file-path">{folder}</code>}
      </p>
      <p>
        <button type="button" className="button-subtle" disabled={busy} onClick={() => void createBackup()}>
          Nu een reservekopie maken
        </button>
      </p>
      {message && <p role="status">{message}</p>}
      {error && <ErrorMessage message={error} />}
      {backups.length === 0 ? (
        <p>Er zijn nog geen reservekopieën.</p>
      ) : (
        <table className="data-table">
          <caption className="visually-hidden">Reservekopieën, nieuwste eerst</caption>
          <thead>
            <tr>
              <th scope="col">Gemaakt op</th>
              <th scope="col">Soort</th>
              <th scope="col">Grootte</th>
              <th scope="col">
                <span className="visually-hidden">Actie</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {backups.map((backup) => (
              <tr key={backup.fileName}>
                <td>{dateFormat.format(new Date(backup.createdAt))}</td>
                <td>{reasonLabels[backup.reason] ?? backup.reason}</td>
                <td>{sizeFormat.format(Math.max(1, backup.size / 1024))} kB</td>
                <td>
                  {confirming === backup.fileName ? (
                    <ConfirmInline
                      question="Je huidige werkboek wordt vervangen door deze kopie. Er wordt eerst een reservekopie van gemaakt."
                      confirmLabel="Ja, terugzetten"
                      busy={busy}
                      onConfirm={() => void restore(backup.fileName)}
                      onCancel={() => setConfirming(undefined)}
                    />
                  ) : (
                    <button type="button" className="button-subtle" onClick={() => setConfirming(backup.fileName)}>
                      Terugzetten
                      <span className="visually-hidden">
                        {' '}
                        (kopie van {dateFormat.format(new Date(backup.createdAt))})
                      </span>
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h2>Werkboek exporteren of importeren</h2>
      <p>
        Met een export zet je alles uit het werkboek in één bestand: je zelfanalyses, reflecties, POP-OP’s met versies,
        initiatieven, notities en instellingen. Zo neem je alles mee naar een nieuwe laptop.
      </p>
      <p>
        <button type="button" className="button-subtle" disabled={busy} onClick={() => void exportWorkbook()}>
          Werkboek exporteren
        </button>
      </p>
      {exported && <FileDeliveryResult delivery={exported} />}
      <div className="form-field">
        <label htmlFor={importId}>Werkboek importeren</label>
        <p className="form-hint" id={`${importId}-hint`}>
          Let op: een import vervangt alles wat nu in het werkboek staat. Er wordt eerst een reservekopie gemaakt.
        </p>
        <input
          id={importId}
          type="file"
          accept=".json,application/json"
          disabled={busy}
          aria-describedby={`${importId}-hint`}
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) void importWorkbook(file);
            event.target.value = '';
          }}
        />
      </div>
    </section>
  );
}
