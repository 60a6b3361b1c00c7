import { useId, useState } from 'react';
import { teamGroupSize } from '../../../../main/contract/team-channels';
import { ErrorMessage } from '../../components/error-message';
import { useTeamStore } from '../../stores/team-store';
import { teamHref } from './team-route';

/** "Nieuwe ronde": name, code and minimum group size (main refuses anything below 3). */
export function RoundForm() {
  const { busy, actionError, createRound } = useTeamStore();
  const [name, setName] = useState('');
  const [code, setCode] = useState('');
  const [minimum, setMinimum] = useState(String(teamGroupSize.default));
  const id = useId();

  return (
    <form
      className="form team-round-form"
      aria-labelledby={`${id}-kop`}
      onSubmit={async (event) => {
        event.preventDefault();
        const roundId = await createRound({ name, code, minimumGroupSize: Number(minimum) });
        if (roundId !== undefined) window.location.hash = teamHref({ page: 'round', roundId });
      }}
    >
      <h3 id={`${id}-kop`}>Nieuwe ronde</h3>
      <div className="form-field">
        <label htmlFor={`${id}-naam`}>Naam van de ronde</label>
        <input id={`${id}-naam`} value={name} onChange={(event) => setName(event.target.value)} maxLength={200} />
      </div>
      <div className="form-field">
        <label htmlFor={`${id}-code`}>Rondecode</label>
        <p className="form-hint" id={`${id}-code-hint`}>
          Letters, cijfers en streepjes, bijvoorbeeld WIJKZAKEN-2027-VJ. Deze code geef je aan je team.
        </p>
        <input
          id={`${id}-code`}
          value={code}
          aria-describedby={`${id}-code-hint`}
          autoCapitalize="characters"
          spellCheck={false}
          onChange={(event) => setCode(event.target.value)}
        />
      </div>
      <div className="form-field">
        <label htmlFor={`${id}-minimum`}>Minimale groepsgrootte</label>
        <p className="form-hint" id={`${id}-minimum-hint`}>
          Pas vanaf dit aantal deelnemers zie je de teamspiegel. Minstens {teamGroupSize.lowest}; we raden{' '}
          {teamGroupSize.default} aan.
        </p>
        <input
          id={`${id}-minimum`}
          type="number"
          inputMode="numeric"
          min={teamGroupSize.lowest}
          max={teamGroupSize.highest}
          value={minimum}
          aria-describedby={`${id}-minimum-hint`}
          onChange={(event) => setMinimum(event.target.value)}
          className="team-number-input"
        />
      </div>
      {actionError && <ErrorMessage message={actionError} />}
      <p>
        <button type="submit" className="button" disabled={busy}>
          Ronde maken
        </button>
      </p>
    </form>
  );
}
