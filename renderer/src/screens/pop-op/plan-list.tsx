import { useEffect, useState } from 'react';
import { planStatusLabels } from '../../../../main/contract/pop-op-channels';
import { routeHref } from '../../app/routes';
import { ConfirmInline } from '../../components/confirm-inline';
import { ErrorMessage } from '../../components/error-message';
import { Markdown } from '../../components/markdown';
import { ScreenHeading } from '../../components/screen-heading';
import { usePopOpStore } from '../../stores/pop-op-store';
import { MeetingReminders } from './meeting-reminders';
import { formatDateTime } from './pop-op-format';

/** The list of POP-OP's, with "new plan" and "new plan from this one". */
export function PlanList() {
  const { plans, template, loadError, error, busy, loadList, loadTemplate, createPlan, removePlan } = usePopOpStore();
  const [confirming, setConfirming] = useState<number>();

  useEffect(() => {
    void loadTemplate();
    void loadList();
  }, [loadList, loadTemplate]);

  const start = async (fromPlanId?: number) => {
    const id = await createPlan(fromPlanId);
    if (id !== undefined) window.location.hash = routeHref('/pop-op', id);
  };

  return (
    <>
      <ScreenHeading>POP-OP</ScreenHeading>
      {template && <Markdown text={template.intro} />}
      {loadError && <ErrorMessage message={loadError} />}
      {error && <ErrorMessage message={error} />}
      <p>
        <button type="button" className="button-primary" disabled={busy} onClick={() => void start()}>
          Nieuw POP-OP
        </button>
      </p>
      <MeetingReminders />
      {plans && plans.length === 0 && <p>Je hebt nog geen POP-OP. Begin met een nieuw plan.</p>}
      {plans && plans.length > 0 && (
        <table className="data-table">
          <caption className="visually-hidden">Je POP-OP’s, nieuwste eerst</caption>
          <thead>
            <tr>
              <th scope="col">Plan</th>
              <th scope="col">Periode</th>
              <th scope="col">Status</th>
              <th scope="col">Acties open</th>
              <th scope="col">Laatst gewijzigd</th>
              <th scope="col">
                <span className="visually-hidden">Mogelijkheden</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {plans.map((plan) => (
              <tr key={plan.id}>
                <td>
                  <a href={routeHref('/pop-op', plan.id)}>{plan.title.trim() || 'POP-OP zonder titel'}</a>
                </td>
                <td>{plan.period}</td>
                <td>{planStatusLabels[plan.status]}</td>
                <td>
                  {plan.openActionCount} van {plan.actionCount}
                </td>
                <td>{formatDateTime(plan.updatedAt)}</td>
                <td>
                  <div className="cell-buttons">
                    <button type="button" className="button-subtle" disabled={busy} onClick={() => void start(plan.id)}>
                      Nieuw plan op basis hiervan
                      <span className="visually-hidden"> ({plan.title})</span>
                    </button>
                    {confirming === plan.id ? (
                      <ConfirmInline
                        question={`“${plan.title}” met alle acties en versies verwijderen?`}
                        confirmLabel="Ja, verwijderen"
                        busy={busy}
                        onConfirm={() => void removePlan(plan.id).then(() => setConfirming(undefined))}
                        onCancel={() => setConfirming(undefined)}
                      />
                    ) : (
                      <button type="button" className="button-subtle" onClick={() => setConfirming(plan.id)}>
                        Verwijderen<span className="visually-hidden"> ({plan.title})</span>
                      </button>
                    )}
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="muted">
        Met “Nieuw plan op basis hiervan” neem je de acties die nog gepland of bezig zijn mee naar een nieuw plan.
      </p>
    </>
  );
}
