import { ErrorMessage } from '../../components/error-message';
import { FileDeliveryResult } from '../../components/file-delivery-result';
import { useFinancingStore } from '../../stores/financing-store';

/** The two PDFs: the short advice for the initiator, and the full internal note. */
export function ExportSection() {
  const { exporting, delivery, actionError, exportPdf } = useFinancingStore();
  return (
    <section aria-labelledby="notitie-kop">
      <h2 id="notitie-kop">Advies op papier</h2>
      <ul className="fin-pdf-choices">
        <li>
          <strong>Advies voor de initiatiefnemer</strong> (1 à 2 pagina’s): wat past en waarom, de regeling van je
          gemeente, en wat de gemeente naast geld kan doen. Zonder scores en gewichten.
        </li>
        <li>
          <strong>Interne notitie</strong>: alles, met je antwoorden, de gewichten, de scores, wat niet past en hoe
          stevig het advies is.
        </li>
      </ul>
      <p className="button-row">
        <button
          type="button"
          className="fin-button-primary"
          disabled={exporting !== undefined}
          onClick={() => void exportPdf('initiatiefnemer')}
        >
          {exporting === 'initiatiefnemer' ? 'Pdf wordt gemaakt…' : 'Maak advies voor de initiatiefnemer (pdf)'}
        </button>
        <button
          type="button"
          className="fin-button-secondary"
          disabled={exporting !== undefined}
          onClick={() => void exportPdf('intern')}
        >
          {exporting === 'intern' ? 'Pdf wordt gemaakt…' : 'Maak interne notitie (pdf)'}
        </button>
      </p>
      {delivery && <FileDeliveryResult delivery={delivery} />}
      {actionError && <ErrorMessage message={actionError} />}
    </section>
  );
}
