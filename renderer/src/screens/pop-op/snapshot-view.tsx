import {
  actionStatusLabels,
  type PlanSnapshot,
  type PopOpTemplateView,
  textSectionIds,
} from '../../../../main/contract/pop-op-channels';
import { planFieldLabel } from './field-labels';
import { formatCalendarDate } from './pop-op-format';

const detailKeys = ['period', 'employeeName', 'jobTitle', 'organisation', 'department', 'manager'] as const;

/** A stored version of a plan, read-only. */
export function SnapshotView({ snapshot, template }: { snapshot: PlanSnapshot; template: PopOpTemplateView }) {
  const question = (id: string) => template.questions.find((candidate) => candidate.id === id);
  const doen = question('doen');
  const kansen = question('kansen');
  return (
    <div className="snapshot">
      <dl className="snapshot-details">
        {detailKeys.map((key) => (
          <div key={key}>
            <dt>{planFieldLabel(key, template)}</dt>
            <dd>{snapshot[key] || '–'}</dd>
          </div>
        ))}
        <div>
          <dt>{planFieldLabel('meetingDate', template)}</dt>
          <dd>{formatCalendarDate(snapshot.meetingDate) || '–'}</dd>
        </div>
      </dl>
      {textSectionIds.map((id) => (
        <section key={id}>
          <h2>{planFieldLabel(id, template)}</h2>
          <p className="snapshot-text">{snapshot[id].trim() || 'Niet ingevuld.'}</p>
        </section>
      ))}
      <section>
        <h2>{doen ? `${doen.number}. ${doen.title}` : 'Acties'}</h2>
        {snapshot.actions.length === 0 ? (
          <p>Geen acties.</p>
        ) : (
          <table className="data-table">
            <caption className="visually-hidden">Acties in deze versie</caption>
            <thead>
              <tr>
                <th scope="col">Wat</th>
                <th scope="col">Met wie</th>
                <th scope="col">Wanneer</th>
                <th scope="col">Status</th>
                <th scope="col">Resultaat of bewijs</th>
              </tr>
            </thead>
            <tbody>
              {snapshot.actions.map((action) => (
                <tr key={action.id}>
                  <td className="snapshot-text">
                    {action.what}
                    {action.statementId && <span className="muted"> (stelling {action.statementId})</span>}
                  </td>
                  <td>{action.withWhom}</td>
                  <td>{formatCalendarDate(action.dueDate)}</td>
                  <td>{actionStatusLabels[action.status]}</td>
                  <td className="snapshot-text">{action.result}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section>
        <h2>{kansen ? `${kansen.number}. ${kansen.title}` : 'Kansen en bedreigingen'}</h2>
        <h3>Kansen</h3>
        <FactorTexts items={snapshot.kansen} />
        <h3>Bedreigingen</h3>
        <FactorTexts items={snapshot.bedreigingen} />
      </section>
    </div>
  );
}

function FactorTexts({ items }: { items: { id: number; text: string }[] }) {
  const filled = items.filter((item) => item.text.trim() !== '');
  if (filled.length === 0) return <p>Niets genoteerd.</p>;
  return (
    <ul>
      {filled.map((item) => (
        <li key={item.id} className="snapshot-text">
          {item.text}
        </li>
      ))}
    </ul>
  );
}
