import { useEffect, useId, useState } from 'react';
import type { LatestProfile } from '../../../../main/contract/self-analysis-channels';
import { changeWords, formatAverage } from '../../../../main/contract/self-analysis-format';
import { call } from '../../api/client';
import { ErrorMessage } from '../../components/error-message';
import { useTeamStore } from '../../stores/team-store';

/**
 * "Leg mijn eigen profiel ernaast": the coordinator's latest complete self-analysis from this
 * workbook, shown beside the team's figures on screen only; it never joins the team data.
 */
export function useOwnProfile() {
  const [shown, setShown] = useState(false);
  const [profile, setProfile] = useState<LatestProfile>();
  const [message, setMessage] = useState<string>();
  useEffect(() => {
    if (!shown) return;
    void call('selfAnalysis.latestProfile', undefined).then((result) => {
      if (!result.ok) return setMessage(result.error.message);
      if (!result.value) return setMessage('Je hebt nog geen zelfanalyse waarin alle vijf thema’s compleet zijn.');
      setProfile(result.value);
    });
  }, [shown]);
  return { shown, setShown, profile: shown ? (profile ?? undefined) : undefined, message: shown ? message : undefined };
}

export function OwnProfileToggle({ own }: { own: ReturnType<typeof useOwnProfile> }) {
  const id = useId();
  return (
    <div className="team-own-toggle">
      <input id={id} type="checkbox" checked={own.shown} onChange={(event) => own.setShown(event.target.checked)} />{' '}
      <label htmlFor={id}>Leg mijn eigen profiel ernaast (alleen op dit scherm, niet in de teamgegevens)</label>
      {own.message && <p>{own.message}</p>}
    </div>
  );
}

/** Two rounds of the same team: the change of the median per theme, from the older round to the newer one. */
export function RoundComparisonView({ roundId }: { roundId: number }) {
  const { rounds, comparison, compare } = useTeamStore();
  const [other, setOther] = useState('');
  const id = useId();
  const others = (rounds ?? []).filter((round) => round.id !== roundId);
  if (others.length === 0) return null;
  return (
    <section aria-labelledby={`${id}-kop`}>
      <h2 id={`${id}-kop`}>Vergelijk met een andere ronde</h2>
      <div className="form-field">
        <label htmlFor={`${id}-ronde`}>Andere ronde</label>
        <select
          id={`${id}-ronde`}
          value={other}
          onChange={(event) => {
            setOther(event.target.value);
            void compare(roundId, event.target.value ? Number(event.target.value) : undefined);
          }}
        >
          <option value="">Kies een ronde</option>
          {others.map((round) => (
            <option key={round.id} value={round.id}>
              {round.name} ({round.code})
            </option>
          ))}
        </select>
      </div>
      {comparison && other && (
        <table className="data-table">
          <caption>
            Mediaan per thema: {comparison.before.name} → {comparison.after.name}
          </caption>
          <thead>
            <tr>
              <th scope="col">Thema</th>
              <th scope="col">{comparison.before.name}</th>
              <th scope="col">{comparison.after.name}</th>
              <th scope="col">Verandering</th>
            </tr>
          </thead>
          <tbody>
            {comparison.themes.map((theme) => (
              <tr key={theme.themeId}>
                <th scope="row">{theme.title}</th>
                <td>{theme.before === null ? '–' : formatAverage(theme.before)}</td>
                <td>{theme.after === null ? '–' : formatAverage(theme.after)}</td>
                <td>{theme.change === null ? 'niet te vergelijken' : changeWords(theme.change)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

export function ActionErrorMessage() {
  const actionError = useTeamStore((state) => state.actionError);
  return actionError ? <ErrorMessage message={actionError} /> : null;
}
