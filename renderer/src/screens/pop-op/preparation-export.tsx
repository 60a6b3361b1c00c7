import { ErrorMessage } from '../../components/error-message';
import { FileDeliveryResult } from '../../components/file-delivery-result';
import { usePreparationStore } from '../../stores/preparation-store';

/** "Meenemen naar het gesprek": the one- or two-page A4 PDF of this preparation, or its Word copy. */
export function PreparationExport() {
  const busy = usePreparationStore((state) => state.busy);
  const exported = usePreparationStore((state) => state.exported);
  const exportError = usePreparationStore((state) => state.exportError);
  return (
    <section aria-labelledby="meenemen-kop">
      <h2 id="meenemen-kop">Meenemen naar het gesprek</h2>
      <p>
        Maak een PDF (A4, een of twee pagina’s) van deze voorbereiding om af te drukken of te mailen. Wil je de tekst
        nog aanpassen? Kies dan het Word-bestand.
      </p>
      <p className="button-row">
        <button
          type="button"
          className="button-primary"
          disabled={busy}
          onClick={() => void usePreparationStore.getState().exportFile('pdf')}
        >
          PDF van de voorbereiding maken
        </button>
        <button
          type="button"
          className="button-subtle"
          disabled={busy}
          onClick={() => void usePreparationStore.getState().exportFile('docx')}
        >
          Word-bestand (.docx)
        </button>
      </p>
      {busy && <p role="status">Bezig…</p>}
      {exportError && <ErrorMessage message={exportError} />}
      {exported && <FileDeliveryResult delivery={exported} />}
    </section>
  );
}
