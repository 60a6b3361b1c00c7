import type { FinancingModelView, Initiative } from '../../../../main/contract/financing-channels';
import { Markdown } from '../../components/markdown';
import { useFinancingStore } from '../../stores/financing-store';
import { ChosenForm } from './chosen-form';
import { ExportSection } from './export-section';
import { InvolvementAxis } from './involvement-axis';
import { RankingList } from './ranking-list';
import { SensitivityView } from './sensitivity-view';
import { SetAsideForms } from './set-aside-forms';
import { stepHref } from './steps';
import { WeightControl } from './weight-control';

const score = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 });

/**
 * Page 3: the forms that can meet what the initiative is for, ranked with their reasons; the
 * weights to try; what is set aside and why; the axis, the robustness and the two PDFs.
 */
export function AdviceStep({ initiative, model }: { initiative: Initiative; model: FinancingModelView }) {
  const advice = useFinancingStore((state) => state.advice);
  const formName = (id: string) => model.forms.find((f) => f.id === id)?.name ?? id;

  if (!advice) return <p role="status">Het advies wordt berekend…</p>;
  const top = advice.ranking.filter((form) => form.rank === 1);
  return (
    <>
      <aside className="fin-caution" aria-labelledby="let-op-kop">
        <h2 id="let-op-kop">Waarschuwing uit de gids</h2>
        <Markdown text={model.caution} />
      </aside>
      {!advice.purposesGiven && (
        <p className="fin-notice">
          Je hebt nog niet ingevuld waar het geld voor is. Daarom staan hier alleen de vormen die geld geven.{' '}
          <a href={stepHref(initiative.id, 'initiatief')}>Vul het in bij stap 1</a>
        </p>
      )}
      {advice.status === 'no-answers' ? (
        <NoAdviceYet initiativeId={initiative.id} nothingFits={advice.ranking.length === 0} />
      ) : (
        <div className="fin-advice-layout">
          <section aria-labelledby="advies-kop" className="fin-advice-main">
            <h2 id="advies-kop">Wat past bij dit initiatief</h2>
            <p className="fin-top" aria-live="polite">
              Bovenaan: <strong>{top.map((form) => formName(form.formId)).join(' en ')}</strong> (
              {score.format(top[0]?.score ?? 0)} van 100).
            </p>
            <p className="fin-muted">
              Hier staan alleen de vormen die kunnen helpen bij wat het initiatief zoekt. De score zegt hoe goed een
              vorm past bij je antwoorden, gewogen met je gewichten. 100 betekent: past bij alles. Open “Waarom” om te
              zien welke antwoorden een vorm omhoog of omlaag duwen.
            </p>
            <RankingList advice={advice} model={model} />
          </section>
          <section aria-labelledby="gewichten-kop" className="fin-advice-side">
            <h2 id="gewichten-kop">Gewichten</h2>
            <p className="fin-muted">Verschuif een gewicht en kijk hoe de volgorde verandert.</p>
            {model.considerations
              .filter((c) => initiative.answers[c.id] !== null && initiative.answers[c.id] !== 'weet-niet')
              .map((c) => (
                <WeightControl
                  key={c.id}
                  considerationId={c.id}
                  label={c.title}
                  value={initiative.weights[c.id]}
                  weights={model.weights}
                  idPrefix="advies-gewicht"
                />
              ))}
          </section>
        </div>
      )}
      <SetAsideForms advice={advice} model={model} />
      {advice.status === 'ranked' && (
        <>
          <InvolvementAxis advice={advice} model={model} />
          <SensitivityView advice={advice} model={model} />
        </>
      )}
      <ChosenForm initiative={initiative} model={model} />
      <ExportSection />
    </>
  );
}

/** No order yet: either nothing fits what the initiative seeks, or no consideration counts. */
function NoAdviceYet({ initiativeId, nothingFits }: { initiativeId: number; nothingFits: boolean }) {
  return (
    <section aria-labelledby="advies-kop">
      <h2 id="advies-kop">Nog geen advies</h2>
      {nothingFits ? (
        <p>
          Geen enkele vorm past bij wat het initiatief zoekt. Kijk hieronder bij “Ook interessant”, en bij de hulp
          zonder geld in stap 1. <a href={stepHref(initiativeId, 'initiatief')}>Naar stap 1</a>
        </p>
      ) : (
        <p>
          Beantwoord minstens één afweging en laat die meetellen. Dan zet de hulp de vormen die passen op volgorde.{' '}
          <a href={stepHref(initiativeId, 'afwegingen')}>Naar de afwegingen</a>
        </p>
      )}
    </section>
  );
}
