import { useEffect } from 'react';
import { useShallow } from 'zustand/react/shallow';
import {
  type Plan,
  type PlanStatus,
  type PopOpTemplateView,
  planStatusLabels,
} from '../../../../main/contract/pop-op-channels';
import { routeHref } from '../../app/routes';
import { ErrorMessage } from '../../components/error-message';
import { ScreenHeading } from '../../components/screen-heading';
import { usePopOpStore } from '../../stores/pop-op-store';
import { ActionsSection } from './actions-section';
import { ExportSection } from './export-section';
import { FactorsSection } from './factors-section';
import { PlanDetails } from './plan-details';
import { SaveIndicator } from './save-indicator';
import { SelfAnalysisPanel } from './self-analysis-panel';
import { StatusSection } from './status-section';
import { TextQuestion } from './text-question';

/** The POP-OP editor: details, the five questions, status and versions, and the PDF; beside it the self-analyses. */
export function PlanEditor({ planId }: { planId: number }) {
  // Only what this frame shows: typing in a field must not re-render the whole editor.
  const plan = usePopOpStore(
    useShallow((state) =>
      state.plan?.id === planId
        ? { title: state.plan.title, status: state.plan.status, previousPlan: state.plan.previousPlan }
        : undefined,
    ),
  );
  const template = usePopOpStore((state) => state.template);
  const loadError = usePopOpStore((state) => state.loadError);
  const error = usePopOpStore((state) => state.error);
  const { openPlan, loadTemplate, flushAll } = usePopOpStore.getState();

  useEffect(() => {
    void loadTemplate();
    void openPlan(planId);
    return () => void flushAll();
  }, [planId, openPlan, loadTemplate, flushAll]);

  // One heading element for "loading" and "loaded": the focus the screen change put on it stays
  // there when the plan arrives (a second h1 would drop it to <body>).
  return (
    <div className="pop-op-layout">
      <article className="pop-op-editor">
        <p className="back-link">
          <a href={routeHref('/pop-op')}>Alle POP-OP’s</a>
        </p>
        <ScreenHeading>{plan ? plan.title.trim() || 'POP-OP zonder titel' : 'POP-OP'}</ScreenHeading>
        {plan && template ? (
          <PlanBody plan={plan} template={template} error={error} />
        ) : loadError ? (
          <ErrorMessage message={loadError} />
        ) : (
          <p>Het plan wordt geladen…</p>
        )}
      </article>
      {plan && template && <SelfAnalysisPanel />}
    </div>
  );
}

function PlanBody(props: {
  plan: { status: PlanStatus; previousPlan: Plan['previousPlan'] };
  template: PopOpTemplateView;
  error: string | undefined;
}) {
  const { plan, template } = props;
  return (
    <>
      <p className="plan-meta">
        {planStatusLabels[plan.status]}
        {plan.previousPlan && (
          <>
            {' '}
            · vervolg op <a href={routeHref('/pop-op', plan.previousPlan.id)}>{plan.previousPlan.title}</a>
          </>
        )}
      </p>
      <SaveIndicator error={props.error} />
      <PlanDetails />
      {template.questions.map((question) => {
        if (question.id === 'doen') return <ActionsSection key={question.id} question={question} />;
        if (question.id === 'kansen') return <FactorsSection key={question.id} question={question} />;
        return <TextQuestion key={question.id} question={question} sectionId={question.id} />;
      })}
      <StatusSection />
      <ExportSection />
    </>
  );
}
