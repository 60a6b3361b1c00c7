import { useEffect } from 'react';
import type { FinancingModelView } from '../../../../main/contract/financing-channels';
import { routeHref } from '../../app/routes';
import { ErrorMessage } from '../../components/error-message';
import { SaveStatus } from '../../components/save-status';
import { ScreenHeading } from '../../components/screen-heading';
import { UnsavedFields } from '../../components/unsaved-fields';
import { useHeadingFocusAfterLoading } from '../../lib/heading-focus';
import { useFinancingStore } from '../../stores/financing-store';
import { AdviceStep } from './advice-step';
import { ConsiderationsStep } from './considerations-step';
import { InitiativeStep } from './initiative-step';
import { displayName, type StepId, stepHref, stepIds, stepLabels } from './steps';

const fieldLabels: Record<string, string> = {
  name: 'Naam van het initiatief',
  description: 'Korte omschrijving',
  amountEuros: 'Bedrag',
  timingNote: 'Wanneer is het geld nodig?',
  notes: 'Notities',
  needs: 'Wat heeft het initiatief nodig?',
  moneyRole: 'Hoe belangrijk is geld voor dit initiatief?',
  purposes: 'Waar gaat het om?',
  answers: 'Een afweging',
  weights: 'Het gewicht van een afweging',
  chosenFormId: 'De gekozen vorm',
};

/** The label of an autosaved field `<id>/<key>` or `<id>/answers.<consideration>`. */
function labelOf(field: string): string | undefined {
  const key = field.split('/')[1]?.split('.')[0] ?? '';
  return fieldLabels[key];
}

/** One initiative: its name as the heading, the three steps as a navigation, and the current step. */
export function Workspace({ id, step, model }: { id: number; step: StepId; model: FinancingModelView }) {
  const { current, loadError, saveStates, open } = useFinancingStore();

  useEffect(() => {
    void open(id);
  }, [open, id]);
  useHeadingFocusAfterLoading(current?.id === id ? id : undefined);

  if (!current || current.id !== id) {
    return (
      <>
        <p className="fin-breadcrumb">
          <a href={routeHref('/financiering')}>Financieringshulp</a>
        </p>
        <ScreenHeading>Initiatief</ScreenHeading>
        {loadError ? <ErrorMessage message={loadError} /> : <p role="status">Het initiatief wordt geladen…</p>}
      </>
    );
  }

  return (
    <>
      <p className="fin-breadcrumb">
        <a href={routeHref('/financiering')}>Financieringshulp</a>
      </p>
      <ScreenHeading>{displayName(current.name)}</ScreenHeading>
      <nav aria-label="Stappen" className="fin-steps">
        <ol>
          {stepIds.map((s, index) => (
            <li key={s}>
              <a href={stepHref(id, s)} aria-current={s === step ? 'step' : undefined}>
                <span className="fin-step-number">{index + 1}</span> {stepLabels[s]}
              </a>
            </li>
          ))}
        </ol>
      </nav>
      <SaveStatus states={saveStates} />
      <UnsavedFields states={saveStates} labelOf={labelOf} />
      {step === 'initiatief' && <InitiativeStep initiative={current} model={model} />}
      {step === 'afwegingen' && <ConsiderationsStep initiative={current} model={model} />}
      {step === 'advies' && <AdviceStep initiative={current} model={model} />}
    </>
  );
}
