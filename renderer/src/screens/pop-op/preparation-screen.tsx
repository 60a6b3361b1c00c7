import { useEffect } from 'react';
import { routeHref } from '../../app/routes';
import { ErrorMessage } from '../../components/error-message';
import { ScreenHeading } from '../../components/screen-heading';
import { usePreparationStore } from '../../stores/preparation-store';
import { PreparationView } from './preparation-view';

/** Gesprek voorbereiden: `#/gesprek` lets you choose a plan, `#/gesprek/<id>` prepares the talk about it. */
export function PreparationScreen({ rest }: { rest: string }) {
  const plan = /^(\d+)$/.exec(rest);
  if (plan) return <PreparationView key={plan[1]} planId={Number(plan[1])} />;
  return <PlanChoice />;
}

function PlanChoice() {
  const plans = usePreparationStore((state) => state.plans);
  const loadError = usePreparationStore((state) => state.loadError);
  useEffect(() => {
    void usePreparationStore.getState().loadPlans();
  }, []);
  return (
    <>
      <ScreenHeading>Gesprek voorbereiden</ScreenHeading>
      <p>
        Bereid het gesprek met je leidinggevende voor: zie wat er veranderd is sinds het vorige gesprek, hoe je acties
        ervoor staan en hoe je zelfanalyse zich ontwikkelt, en schrijf op wat je zeker wilt bespreken.
      </p>
      {loadError && <ErrorMessage message={loadError} />}
      {plans === undefined && !loadError && <p>Je plannen worden geladen…</p>}
      {plans?.length === 0 && (
        <p>
          Je hebt nog geen POP-OP. <a href={routeHref('/pop-op')}>Begin eerst een POP-OP</a>.
        </p>
      )}
      {plans && plans.length > 0 && (
        <>
          <h2>Over welk plan gaat het gesprek?</h2>
          <ul className="preparation-plans">
            {plans.map((plan) => (
              <li key={plan.id}>
                <a href={routeHref('/gesprek', plan.id)}>{plan.title || 'POP-OP zonder titel'}</a>
                {plan.period && <span className="muted"> · {plan.period}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
