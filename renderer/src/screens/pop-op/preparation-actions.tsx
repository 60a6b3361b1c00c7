import type { MeetingPreparation } from '../../../../main/contract/preparation-channels';

/** Every action with where it stands today; late ones marked in words, not only in colour. */
export function PreparationActions({ preparation }: { preparation: MeetingPreparation }) {
  return (
    <section aria-labelledby="acties-kop">
      <h2 id="acties-kop">Hoe staan mijn acties ervoor?</h2>
      {preparation.actions.length === 0 ? (
        <p>Dit plan heeft nog geen acties.</p>
      ) : (
        <table className="data-table">
          <caption className="visually-hidden">Je acties en hoe ze ervoor staan</caption>
          <thead>
            <tr>
              <th scope="col">Actie</th>
              <th scope="col">Met wie</th>
              <th scope="col">Uiterlijk</th>
              <th scope="col">Stand</th>
            </tr>
          </thead>
          <tbody>
            {preparation.actions.map((action) => (
              <tr key={action.id}>
                <td>
                  {action.number}. {action.what}
                </td>
                <td>{action.withWhom}</td>
                <td>{action.dueDateText}</td>
                <td>
                  <span className={`progress progress--${action.progress}`}>{action.progressText}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
