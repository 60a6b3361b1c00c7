import type { MeetingPreparation } from '../../../../main/contract/preparation-channels';
import { themeCells } from '../../../../main/contract/preparation-format';
import { routeHref } from '../../app/routes';

/** Per theme: the score at the last meeting, now, and the change "sinds vorige keer" in words. */
export function PreparationThemes({ preparation }: { preparation: MeetingPreparation }) {
  const filled = preparation.themes.some((theme) => theme.atLastMeeting || theme.since.length > 0);
  return (
    <section aria-labelledby="zelfanalyse-kop">
      <h2 id="zelfanalyse-kop">Mijn zelfanalyse sinds het vorige gesprek</h2>
      {!filled ? (
        <p>
          Je hebt nog geen thema van de zelfanalyse helemaal ingevuld.{' '}
          <a href={routeHref('/zelfanalyses')}>Naar de zelfanalyses</a>
        </p>
      ) : (
        <>
          <p className="form-hint">Gemiddelde per thema, van 1 tot 4. Alleen helemaal ingevulde thema’s tellen mee.</p>
          <table className="data-table">
            <caption className="visually-hidden">Je zelfanalyse per thema sinds het vorige gesprek</caption>
            <thead>
              <tr>
                <th scope="col">Thema</th>
                <th scope="col">Bij vorig gesprek</th>
                <th scope="col">Nu</th>
                <th scope="col">Sinds vorige keer</th>
              </tr>
            </thead>
            <tbody>
              {preparation.themes.map((theme) => {
                const [title, before, now, change] = themeCells(theme);
                return (
                  <tr key={theme.themeId}>
                    <th scope="row">{title}</th>
                    <td>{before}</td>
                    <td>{now}</td>
                    <td>{change}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
