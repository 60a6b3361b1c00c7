import { useEffect } from 'react';
import { ErrorMessage } from '../../components/error-message';
import { ScreenHeading } from '../../components/screen-heading';
import { useTeamStore } from '../../stores/team-store';
import { RoundForm } from './round-form';
import { teamHref } from './team-route';

/** Teamspiegel start: share your own answers (member), or make and open rounds (coordinator). */
export function OverviewPage() {
  const { rounds, listError, loadRounds } = useTeamStore();
  useEffect(() => {
    void loadRounds();
  }, [loadRounds]);

  return (
    <>
      <ScreenHeading>Teamspiegel</ScreenHeading>
      <p className="lead">
        Zie waar je team samen staat, zonder dat iemands eigen antwoorden zichtbaar worden. Iedereen deelt zijn
        zelfanalyse in een klein bestand zonder naam. Eén persoon verzamelt de bestanden en ziet het teamprofiel.
      </p>
      <section aria-labelledby="delen-kop" className="team-panel">
        <h2 id="delen-kop">Deel anoniem met je team</h2>
        <p>
          Heb je een rondecode gekregen? Maak dan een deelbestand van je zelfanalyse en stuur het naar degene die de
          teamspiegel maakt. Je ziet eerst precies wat erin staat.
        </p>
        <p>
          <a className="button-link" href={teamHref({ page: 'share', runId: undefined })}>
            Deel anoniem met je team
          </a>
        </p>
      </section>
      <section aria-labelledby="rondes-kop">
        <h2 id="rondes-kop">Rondes</h2>
        <p>
          Maak je zelf de teamspiegel? Maak dan een ronde en geef de rondecode aan je team. Voeg daarna de bestanden toe
          die je terugkrijgt.
        </p>
        {listError && <ErrorMessage message={listError} />}
        {rounds && rounds.length === 0 && <p>Je hebt nog geen rondes.</p>}
        {rounds && rounds.length > 0 && (
          <table className="data-table">
            <caption className="visually-hidden">Rondes, nieuwste eerst</caption>
            <thead>
              <tr>
                <th scope="col">Ronde</th>
                <th scope="col">Rondecode</th>
                <th scope="col">Deelnemers</th>
              </tr>
            </thead>
            <tbody>
              {rounds.map((round) => (
                <tr key={round.id}>
                  <td>
                    <a href={teamHref({ page: 'round', roundId: round.id })}>{round.name}</a>
                  </td>
                  <td>
                    <code>{round.code}</code>
                  </td>
                  <td>
                    {round.responseCount} (minimaal {round.minimumGroupSize})
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <RoundForm />
      </section>
    </>
  );
}
