import type { MeetingPreparation } from '../../../../main/contract/preparation-channels';
import {
  actionChangeLine,
  changesHeading,
  factorChangeLine,
  fieldChangeCells,
} from '../../../../main/contract/preparation-format';
import { routeHref } from '../../app/routes';

/** What changed since the last meeting, worded as in the PDF, with a link to the full comparison. */
export function PreparationChanges({ preparation }: { preparation: MeetingPreparation }) {
  const { fields, actions, factors, count } = preparation.changes;
  const last = preparation.lastMeeting;
  return (
    <section aria-labelledby="wijzigingen-kop">
      <h2 id="wijzigingen-kop">{changesHeading(preparation)}</h2>
      {count === 0 && <p>Er is niets veranderd sinds het vorige gesprek.</p>}
      {last && count > 0 && (
        <p>
          <a href={routeHref('/pop-op', preparation.planId, 'versies', last.versionId, 'vergelijk')}>
            Bekijk alle wijzigingen woord voor woord
          </a>
        </p>
      )}
      {fields.length > 0 && (
        <table className="data-table preparation-changes">
          <caption className="visually-hidden">Gewijzigde onderdelen van je plan</caption>
          <thead>
            <tr>
              <th scope="col">Onderdeel</th>
              <th scope="col">Weggehaald</th>
              <th scope="col">Toegevoegd</th>
            </tr>
          </thead>
          <tbody>
            {fields.map((field) => {
              const cells = fieldChangeCells(field);
              return (
                <tr key={field.key}>
                  <th scope="row">{field.label}</th>
                  <td className="snapshot-text">{cells.removed}</td>
                  <td className="snapshot-text">{cells.added}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {actions.length > 0 && (
        <>
          <h3>Acties</h3>
          <ul>
            {actions.map((change, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the list is replaced whole, never reordered
              <li key={index}>{actionChangeLine(change)}</li>
            ))}
          </ul>
        </>
      )}
      {factors.length > 0 && (
        <>
          <h3>Kansen en bedreigingen</h3>
          <ul>
            {factors.map((change, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the list is replaced whole, never reordered
              <li key={index}>{factorChangeLine(change)}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
