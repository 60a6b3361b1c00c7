import type { DashboardSummary } from '../../../../main/contract/dashboard-channels';
import { routeHref } from '../../app/routes';
import { formatCalendarDate } from '../pop-op/pop-op-format';

/** The latest POP-OP: its status and meeting date, and its actions that are overdue or due within two weeks. */
export function PlanCard({ summary }: { summary: DashboardSummary }) {
  const { plan, dueActions } = summary;
  return (
    <section aria-labelledby="home-pop-op-kop" className="home-card">
      <h2 id="home-pop-op-kop">Je POP-OP</h2>
      {plan ? (
        <>
          <p>
            <a href={routeHref('/pop-op', plan.id)}>{plan.title.trim() || 'POP-OP zonder titel'}</a>
          </p>
          <dl className="home-facts">
            <dt>Status</dt>
            <dd>{plan.statusLabel}</dd>
          </dl>
          <p>{plan.meetingText || 'Nog geen gespreksdatum gekozen.'}</p>
          <DueActions actions={dueActions} />
        </>
      ) : (
        <p>
          Je hebt nog geen POP-OP. <a href={routeHref('/pop-op')}>Schrijf je eerste POP-OP</a>.
        </p>
      )}
    </section>
  );
}

function DueActions({ actions }: { actions: DashboardSummary['dueActions'] }) {
  if (actions.length === 0) return <p>Geen acties die de komende twee weken af moeten.</p>;
  return (
    <>
      <h3>Acties die bijna af moeten</h3>
      <ul className="home-actions">
        {actions.map((action) => (
          <li key={action.actionId}>
            <a href={routeHref('/pop-op', action.planId)}>{action.what.trim() || 'Actie zonder omschrijving'}</a>{' '}
            <span className={action.overdue ? 'home-due home-overdue' : 'home-due'}>
              {action.overdue ? 'Te laat: af op ' : 'Af op '}
              {formatCalendarDate(action.dueDate)}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
