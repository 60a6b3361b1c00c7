import { useEffect, useState } from 'react';
import { ConfirmInline } from '../components/confirm-inline';
import { ErrorMessage } from '../components/error-message';
import { useDataSafetyStore } from '../stores/data-safety-store';
import { WorkbookTransferSection } from './workbook-transfer-section';

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
  return (
    <>
      <BackupsSection />
      <WorkbookTransferSection />
    </>
  );
}

/** The backups: when they are made, which there are, and restoring one after confirming. */
function BackupsSection() {
  const { folder, backups, backupProblem, busy, message, errors, load, createBackup, restore } = useDataSafetyStore();
  const [confirming, setConfirming] = useState<string>();

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <section aria-labelledby="reservekopie-kop">
      <h2 id="reservekopie-kop">Reservekopieën</h2>
      <p>
        Het werkboek maakt elke dag dat je het gebruikt een reservekopie, en ook vóór een update, een import en het
        terugzetten. Elke kopie wordt gecontroleerd. Bewaard blijven de laatste 7 dagelijkse, één per week van de 4
        weken daarvoor, en de laatste 3 van elke andere soort{folder ? '. Ze staan in ' : '.'}
        {folder && <code className="file-path">{folder}</code>}
      </p>
      <p>
        <button type="button" className="button-subtle" disabled={busy} onClick={() => void createBackup()}>
          Nu een reservekopie maken
        </button>
      </p>
      {message && <p role="status">{message}</p>}
      {errors.backup && <ErrorMessage message={errors.backup} />}
      {backupProblem && <ErrorMessage message={backupProblem} />}
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
    </section>
  );
}
