import { FileDeliveryResult } from '../../components/file-delivery-result';
import { usePopOpStore } from '../../stores/pop-op-store';

/** "Afdrukken voor je gesprek": the A4 PDF, saved (desktop) or downloaded (browser). */
export function ExportSection() {
  const busy = usePopOpStore((state) => state.busy);
  const exported = usePopOpStore((state) => state.exported);
  const exportPdf = usePopOpStore((state) => state.exportPdf);
  return (
    <section aria-labelledby="afdrukken-kop">
      <h2 id="afdrukken-kop">Afdrukken voor je gesprek</h2>
      <p>
        Maak een PDF (A4) van dit plan, met je gegevens, de vijf vragen, je acties en ruimte voor handtekeningen van jou
        en je leidinggevende.
      </p>
      <p className="form-hint">
        Emoji en tekens die het lettertype niet kent, staan in de PDF als vraagteken (?). In het werkboek blijven ze
        gewoon bewaard.
      </p>
      <p>
        <button type="button" className="button-primary" disabled={busy} onClick={() => void exportPdf()}>
          PDF maken
        </button>
      </p>
      {busy && <p role="status">Bezig…</p>}
      {exported && <FileDeliveryResult delivery={exported} />}
    </section>
  );
}
