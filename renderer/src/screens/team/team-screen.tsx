import { useEffect, useRef } from 'react';
import { OverviewPage } from './overview-page';
import { RoundPage } from './round-page';
import { SharePage } from './share-page';
import { parseTeamRoute } from './team-route';

/** Teamspiegel: picks the page from the part of the address after `#/teamspiegel/`. */
export function TeamScreen({ rest }: { rest: string }) {
  const route = parseTeamRoute(rest);
  const shownRest = useRef(rest);

  // The app moves focus on a change of screen; within the Teamspiegel this does the same for a change of page.
  useEffect(() => {
    if (shownRest.current === rest) return;
    shownRest.current = rest;
    document.querySelector<HTMLElement>('main h1')?.focus();
  });

  return (
    <div className="team">
      {route.page === 'overview' && <OverviewPage />}
      {route.page === 'share' && <SharePage runId={route.runId} />}
      {route.page === 'round' && <RoundPage key={route.roundId} roundId={route.roundId} />}
    </div>
  );
}
