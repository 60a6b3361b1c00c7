import { useEffect } from 'react';
import { ErrorMessage } from '../../components/error-message';
import { ScreenHeading } from '../../components/screen-heading';
import { useHeadingFocusAfterLoading } from '../../lib/heading-focus';
import { useFinancingStore } from '../../stores/financing-store';
import { InitiativeList } from './initiative-list';
import { LocalSchemesScreen } from './local-schemes-screen';
import { type StepId, stepIds } from './steps';
import { Workspace } from './workspace';

/**
 * Financieringshulp: `#/financiering` (list), `#/financiering/regelingen` (the municipality's
 * own schemes), `#/financiering/<id>[/afwegingen|/advies]` (one initiative).
 */
export function FinancingScreen({ rest }: { rest: string }) {
  const model = useFinancingStore((state) => state.model);
  const loadError = useFinancingStore((state) => state.loadError);
  const loadModel = useFinancingStore((state) => state.loadModel);
  const [idText = '', stepText = ''] = rest.split('/');
  useHeadingFocusAfterLoading(model !== undefined);

  useEffect(() => {
    void loadModel();
    return () => void useFinancingStore.getState().flush();
  }, [loadModel]);

  if (!model) {
    return (
      <>
        <ScreenHeading>Financieringshulp</ScreenHeading>
        {loadError ? <ErrorMessage message={loadError} /> : <p role="status">De financieringshulp wordt geladen…</p>}
      </>
    );
  }
  if (idText === 'regelingen') return <LocalSchemesScreen model={model} />;
  const id = Number(idText);
  if (!idText || !Number.isInteger(id) || id <= 0) return <InitiativeList model={model} />;
  const step: StepId = (stepIds as readonly string[]).includes(stepText) ? (stepText as StepId) : 'initiatief';
  return <Workspace id={id} step={step} model={model} />;
}
