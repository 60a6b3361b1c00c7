import { useId } from 'react';
import type { ImportSummary } from '../../../main/contract/backup-channels';
import { ConfirmInline } from '../components/confirm-inline';
import { ErrorMessage } from '../components/error-message';
import { FileDeliveryResult } from '../components/file-delivery-result';
import { FilePickerButton } from '../components/file-picker-button';
import { useDataSafetyStore } from '../stores/data-safety-store';

const dateFormat = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeStyle: 'short' });
const formatDate = (iso: string) => {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateFormat.format(date);
};

/** What the last import brought in, shown once after the page reloaded. */
function ImportedSummary({ summary }: { summary: ImportSummary }) {
  return (
    <div role="status" className="import-summary">
      <p>
        <strong>Het werkboek is geïmporteerd.</strong> Het bestand is gemaakt op {formatDate(summary.exportedAt)}{' '}
        (versie {summary.appVersion}). Nu staat in je werkboek:
      </p>
      <ul>
        {summary.counts.map((count) => (
          <li key={count.label}>
            {count.label}: {count.rows}
          </li>
        ))}
      </ul>
      <p>Wat er eerst stond, zit in de reservekopie van {formatDate(summary.safetyCopy.createdAt)}.</p>
    </div>
  );
}

/** Export the whole workbook to one file, or import such a file after the user confirms. */
export function WorkbookTransferSection() {
  const { busy, errors, exported, pendingImport, imported } = useDataSafetyStore();
  const { exportWorkbook, chooseImportFile, confirmImport, cancelImport } = useDataSafetyStore();
  const hintId = useId();
  return (
    <section aria-labelledby="overzetten-kop">
      <h2 id="overzetten-kop">Werkboek exporteren of importeren</h2>
      <p>
        Met een export zet je alles uit het werkboek in één bestand: je zelfanalyses, reflecties, POP-OP’s met versies,
        initiatieven, notities en instellingen. Zo neem je alles mee naar een nieuwe laptop. Het bestand bevat een
        controlegetal: is het onderweg beschadigd of veranderd, dan weigert het werkboek het. De antwoorden die je als
        coördinator van Teamspiegel ontving, gaan niet mee: die horen niet in een bestand dat rondgaat. Je rondes gaan
        wel mee; voeg daarna de deelbestanden opnieuw toe.
      </p>
      <p>
        <button type="button" className="button-subtle" disabled={busy} onClick={() => void exportWorkbook()}>
          Werkboek exporteren
        </button>
      </p>
      {errors.export && <ErrorMessage message={errors.export} />}
      {exported && <FileDeliveryResult delivery={exported} />}

      <h3>Werkboek importeren</h3>
      <p className="form-hint" id={hintId}>
        Een import vervangt alles wat nu in het werkboek staat. Je kiest eerst een bestand; het werkboek vraagt dan of
        je het zeker weet, en maakt een reservekopie voordat het iets vervangt.
      </p>
      <p>
        <FilePickerButton
          label="Werkboekbestand kiezen…"
          accept=".json,application/json"
          disabled={busy}
          describedBy={hintId}
          testId="werkboek-importeren-bestand"
          onFiles={([file]) => {
            if (file) void chooseImportFile(file);
          }}
        />
      </p>
      {errors.import && <ErrorMessage message={errors.import} />}
      {pendingImport && (
        <ConfirmInline
          question={`Je werkboek vervangen door “${pendingImport.fileName}”? Alles wat nu in het werkboek staat, wordt vervangen. Er wordt eerst een reservekopie gemaakt.`}
          confirmLabel="Ja, importeren"
          busy={busy}
          onConfirm={() => void confirmImport()}
          onCancel={cancelImport}
        />
      )}
      {imported && <ImportedSummary summary={imported} />}
    </section>
  );
}
