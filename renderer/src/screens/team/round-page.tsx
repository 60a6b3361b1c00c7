import { useEffect, useState } from 'react';
import { ConfirmInline } from '../../components/confirm-inline';
import { ErrorMessage } from '../../components/error-message';
import { FileDeliveryResult } from '../../components/file-delivery-result';
import { ScreenHeading } from '../../components/screen-heading';
import { useTeamStore } from '../../stores/team-store';
import { AddFiles } from './add-files';
import { ConversationStarters } from './conversation-starters';
import { ActionErrorMessage, OwnProfileToggle, RoundComparisonView, useOwnProfile } from './round-extras';
import { StatementDistribution } from './statement-distribution';
import { teamHref } from './team-route';
import { stillNeeded } from './team-words';
import { ThemeFigures } from './theme-figures';

/** One round: add share files, then "nog N nodig" or the team mirror, its PDF and comparisons. */
export function RoundPage({ roundId }: { roundId: number }) {
  const { mirror, mirrorError, openRound, loadRounds } = useTeamStore();
  const own = useOwnProfile();
  useEffect(() => {
    void openRound(roundId);
    void loadRounds();
  }, [openRound, loadRounds, roundId]);

  if (!mirror || mirror.round.id !== roundId) {
    return (
      <>
        <ScreenHeading>Teamspiegel</ScreenHeading>
        {mirrorError ? <ErrorMessage message={mirrorError} /> : <p>Bezig met laden…</p>}
        <p>
          <a href={teamHref({ page: 'overview' })}>Terug naar Teamspiegel</a>
        </p>
      </>
    );
  }
  const { round } = mirror;
  return (
    <>
      <ScreenHeading>{`Teamspiegel: ${round.name}`}</ScreenHeading>
      <p className="team-meta">
        Rondecode <code>{round.code}</code> · {round.responseCount}{' '}
        {round.responseCount === 1 ? 'deelnemer' : 'deelnemers'} · minimaal {round.minimumGroupSize}
      </p>
      <AddFiles roundId={roundId} />
      {mirror.kind === 'waiting' ? (
        <section aria-labelledby="wachten-kop" className="team-panel">
          <h2 id="wachten-kop">{stillNeeded(mirror.needed)}</h2>
          <p>
            De teamspiegel verschijnt vanaf {round.minimumGroupSize} deelnemers. Zo kan niemand de antwoorden van één
            persoon terugvinden.
          </p>
        </section>
      ) : (
        <>
          <section aria-labelledby="thema-kop">
            <h2 id="thema-kop">Per thema</h2>
            <p>
              De mediaan: de helft van het team scoort lager, de helft hoger. De middelste helft laat zien hoe ver de
              antwoorden uiteenliggen: hoe breder, hoe meer het team verschilt.
            </p>
            <OwnProfileToggle own={own} />
            <ThemeFigures themes={mirror.themes} own={own.profile} />
          </section>
          <ConversationStarters mirror={mirror} />
          <StatementDistribution mirror={mirror} />
          <RoundComparisonView roundId={roundId} />
          <PdfSection roundId={roundId} />
        </>
      )}
      <ActionErrorMessage />
      <DeleteRound roundId={roundId} />
    </>
  );
}

function PdfSection({ roundId }: { roundId: number }) {
  const { busy, delivery, exportPdf } = useTeamStore();
  return (
    <section aria-labelledby="pdf-kop">
      <h2 id="pdf-kop">Voor de teamsessie</h2>
      <p>
        <button
          type="button"
          className="button button-secondary"
          disabled={busy}
          onClick={() => void exportPdf(roundId)}
        >
          Maak een pdf van de teamspiegel
        </button>
      </p>
      {delivery && <FileDeliveryResult delivery={delivery} />}
    </section>
  );
}

function DeleteRound({ roundId }: { roundId: number }) {
  const deleteRound = useTeamStore((state) => state.deleteRound);
  const [confirming, setConfirming] = useState(false);
  return (
    <p className="team-delete">
      {confirming ? (
        <ConfirmInline
          question="De ronde en alle antwoorden erin worden verwijderd."
          confirmLabel="Ja, verwijder de ronde"
          onConfirm={async () => {
            if (await deleteRound(roundId)) window.location.hash = teamHref({ page: 'overview' });
          }}
          onCancel={() => setConfirming(false)}
        />
      ) : (
        <button type="button" className="button-subtle" onClick={() => setConfirming(true)}>
          Ronde verwijderen
        </button>
      )}
    </p>
  );
}
