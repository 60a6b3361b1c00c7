import { useId, useState } from 'react';
import { routeHref } from '../../app/routes';
import { FileDeliveryResult } from '../../components/file-delivery-result';
import { usePopOpStore } from '../../stores/pop-op-store';
import { useSelfAnalysisLinkStore } from '../../stores/self-analysis-link-store';

/** "Afdrukken voor je gesprek": the A4 PDF, saved (desktop) or downloaded (browser), with the profile if wanted. */
export function ExportSection() {
  const busy = usePopOpStore((state) => state.busy);
  const exported = usePopOpStore((state) => state.exported);
  const exportFile = usePopOpStore((state) => state.exportFile);
  const planId = usePopOpStore((state) => state.plan?.id);
  // Loaded by the side panel; null means no self-analysis has all five themes complete.
  const hasProfile = useSelfAnalysisLinkStore((state) => Boolean(state.profile));
  const [includeProfile, setIncludeProfile] = useState(false);
  const checkboxId = useId();
  const hintId = useId();
  return (
    <section aria-labelledby="afdrukken-kop">
      <h2 id="afdrukken-kop">Afdrukken voor je gesprek</h2>
      <p>
        Maak een PDF (A4) van dit plan, met je gegevens, de vijf vragen, je acties en ruimte voor handtekeningen van jou
        en je leidinggevende. Moet het plan in het HR-systeem? Maak dan een Word-bestand: dezelfde inhoud, en je kunt
        het nog aanpassen.
      </p>
      {planId !== undefined && (
        <p>
          Ga je dit plan bespreken? <a href={routeHref('/gesprek', planId)}>Bereid het gesprek voor</a>: wat er
          veranderd is, hoe je acties ervoor staan en wat je zeker wilt bespreken.
        </p>
      )}
      <p className="form-hint">
        Emoji en tekens die het lettertype niet kent, staan in de PDF als een ruitje met een vraagteken erin (�). In het
        werkboek blijven ze gewoon bewaard.
      </p>
      <div className="export-option">
        <input
          id={checkboxId}
          type="checkbox"
          checked={hasProfile && includeProfile}
          disabled={!hasProfile}
          aria-describedby={hintId}
          onChange={(event) => setIncludeProfile(event.target.checked)}
        />
        <label htmlFor={checkboxId}>Voeg mijn laatste zelfanalyse-profiel toe als bijlage</label>
        <p id={hintId} className="form-hint">
          {hasProfile
            ? 'Op een extra pagina: je profiel als diagram en je gemiddelde per thema.'
            : 'Dit kan pas als je een zelfanalyse hebt ingevuld met alle vijf thema’s.'}
        </p>
      </div>
      <p className="button-row">
        <button
          type="button"
          className="button-primary"
          disabled={busy}
          onClick={() => void exportFile('pdf', hasProfile && includeProfile)}
        >
          PDF maken
        </button>
        <button
          type="button"
          className="button-subtle"
          disabled={busy}
          onClick={() => void exportFile('docx', hasProfile && includeProfile)}
        >
          Word-bestand (.docx)
        </button>
      </p>
      {busy && <p role="status">Bezig…</p>}
      {exported && <FileDeliveryResult delivery={exported} />}
    </section>
  );
}
