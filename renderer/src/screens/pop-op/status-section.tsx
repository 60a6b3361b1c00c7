import { useRef } from 'react';
import { type PlanStatus, planStatusLabels } from '../../../../main/contract/pop-op-channels';
import { routeHref } from '../../app/routes';
import { usePopOpStore } from '../../stores/pop-op-store';
import { formatDateTime } from './pop-op-format';

/** Status (concept → besproken → vastgesteld) and the versions stored at each meeting. */
export function StatusSection() {
  const plan = usePopOpStore((state) => state.plan);
  const busy = usePopOpStore((state) => state.busy);
  const setStatus = usePopOpStore((state) => state.setStatus);
  const statusLine = useRef<HTMLParagraphElement>(null);
  if (!plan) return null;
  // The pressed button is disabled while the status is stored, which drops the focus to <body>;
  // it goes to the new status instead, so a screen reader says what happened (or back to the
  // button when it failed: the reason is announced at the top).
  const mark = async (status: PlanStatus, button: HTMLButtonElement) => {
    await setStatus(status);
    if (usePopOpStore.getState().error) button.focus();
    else statusLine.current?.focus();
  };
  const latest = plan.versions.at(-1);
  return (
    <section aria-labelledby="status-kop">
      <h2 id="status-kop">Status en versies</h2>
      <p ref={statusLine} tabIndex={-1} className="status-line">
        Status: <strong>{planStatusLabels[plan.status]}</strong>
        {latest && plan.changedSinceLastVersion && <> · je hebt het plan gewijzigd na versie {latest.number}</>}
      </p>
      <p className="form-hint">
        Heb je het plan met je leidinggevende besproken of vastgesteld? Markeer het dan. Het werkboek bewaart zo’n
        versie met de datum van vandaag. Je kunt daarna gewoon verder schrijven en later zien wat er veranderd is.
      </p>
      <p className="button-row">
        <button
          type="button"
          className="button-primary"
          disabled={busy}
          onClick={(event) => void mark('besproken', event.currentTarget)}
        >
          Markeer als besproken
        </button>
        <button
          type="button"
          className="button-primary"
          disabled={busy}
          onClick={(event) => void mark('vastgesteld', event.currentTarget)}
        >
          Markeer als vastgesteld
        </button>
        {plan.status !== 'concept' && (
          <button
            type="button"
            className="button-subtle"
            disabled={busy}
            onClick={(event) => void mark('concept', event.currentTarget)}
          >
            Terug naar concept
          </button>
        )}
      </p>
      <p>
        Had je het gesprek? <a href={routeHref('/pop-op', plan.id, 'gesprek')}>Gesprek vastleggen</a> met de datum, de
        uitkomst en jullie afspraken. Ook dan bewaart het werkboek een versie.
      </p>
      {plan.versions.length === 0 ? (
        <p>Er zijn nog geen versies.</p>
      ) : (
        <table className="data-table">
          <caption className="visually-hidden">Bewaarde versies, oudste eerst</caption>
          <thead>
            <tr>
              <th scope="col">Versie</th>
              <th scope="col">Status</th>
              <th scope="col">Bewaard op</th>
              <th scope="col">
                <span className="visually-hidden">Bekijken of vergelijken</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {plan.versions.map((version) => (
              <tr key={version.id}>
                <td>Versie {version.number}</td>
                <td>{planStatusLabels[version.status]}</td>
                <td>{formatDateTime(version.createdAt)}</td>
                <td>
                  <div className="cell-buttons">
                    <a href={routeHref('/pop-op', plan.id, 'versies', version.id)}>
                      Bekijken<span className="visually-hidden"> (versie {version.number})</span>
                    </a>
                    <a href={routeHref('/pop-op', plan.id, 'versies', version.id, 'vergelijk')}>
                      Vergelijken met nu<span className="visually-hidden"> (versie {version.number})</span>
                    </a>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
