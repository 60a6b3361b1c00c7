import { useEffect, useRef } from 'react';
import { ActScreen } from './act-screen';
import { CompareScreen } from './compare-screen';
import { FillScreen } from './fill-screen';
import { HistoryScreen } from './history-screen';
import { OverviewScreen } from './overview-screen';
import { ProfileScreen } from './profile-screen';
import { ReflectScreen } from './reflect-screen';
import { parseSelfAnalysisRoute, type SelfAnalysisRoute } from './self-analysis-route';

/** Zelfanalyses: picks the page from the part of the address after `#/zelfanalyses/`. */
export function SelfAnalysisScreen({ rest }: { rest: string }) {
  const route = parseSelfAnalysisRoute(rest);
  const shownRest = useRef(rest);

  // The app moves focus on a change of screen; within Zelfanalyses this does the same for a change of page.
  useEffect(() => {
    if (shownRest.current === rest) return;
    shownRest.current = rest;
    document.querySelector<HTMLElement>('main h1')?.focus();
  });

  return <div className="self-analysis">{page(route)}</div>;
}

function page(route: SelfAnalysisRoute) {
  switch (route.page) {
    case 'overview':
      return <OverviewScreen />;
    case 'history':
      return <HistoryScreen />;
    case 'compare':
      return <CompareScreen baseRunId={route.baseRunId} otherRunId={route.otherRunId} />;
    case 'fill':
      return <FillScreen runId={route.runId} themeId={route.themeId} />;
    case 'profile':
      return <ProfileScreen runId={route.runId} />;
    case 'reflect':
      return <ReflectScreen runId={route.runId} themeId={route.themeId} />;
    case 'act':
      return <ActScreen runId={route.runId} />;
  }
}
