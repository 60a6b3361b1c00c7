import { ErrorMessage } from '../../components/error-message';
import { FileDeliveryResult } from '../../components/file-delivery-result';
import { useFinancingStore } from '../../stores/financing-store';

/** The PDF advice note for the conversation with the initiator. */
export function ExportSection() {
  const { exporting, delivery, actionError, exportPdf } = useFinancingStore();
  return (
    <section aria-labelledby="notitie-kop">
      <h2 id="notitie-kop">Adviesnotitie</h2>
      <p>
        Maak een pdf voor het gesprek met de initiatiefnemer: het initiatief, je antwoorden en gewichten, de volgorde
        met de redenen, en de waarschuwing uit de gids.
      </p>
      <p>
        <button type="button" className="fin-button-primary" disabled={exporting} onClick={() => void exportPdf()}>
          {exporting ? 'Pdf wordt gemaakt…' : 'Maak adviesnotitie (pdf)'}
        </button>
      </p>
      {delivery && <FileDeliveryResult delivery={delivery} />}
      {actionError && <ErrorMessage message={actionError} />}
    </section>
  );
}
