import { useEffect } from 'react';
import { ErrorMessage } from '../components/error-message';
import { ScreenHeading } from '../components/screen-heading';
import { useDashboardStore } from '../stores/dashboard-store';
import { ContinueWhere } from './home/continue-where';
import { FirstSteps } from './home/first-steps';
import { HomeSections } from './home/home-sections';
import { NotesCard } from './home/notes-card';
import { PlanCard } from './home/plan-card';
import { SelfAnalysisCard } from './home/self-analysis-card';

/**
 * Start: where the user is in the workbook. A first-time user gets the order that works best;
 * after that, the way back to the last screen, the POP-OP, the self-analysis and the notes.
 */
export function HomeScreen() {
  const summary = useDashboardStore((state) => state.summary);
  const loadError = useDashboardStore((state) => state.loadError);
  useEffect(() => {
    void useDashboardStore.getState().load();
  }, []);

  return (
    <>
      <ScreenHeading>Start</ScreenHeading>
      {(!summary || summary.firstTime) && (
        <p className="lead">
          Dit werkboek helpt je als ambtenaar om te werken met initiatieven van inwoners. Het is gebaseerd op de gids
          “Eerste Hulp Bij Overheidsparticipatie!” en werkt helemaal op je eigen computer, zonder internet.
        </p>
      )}
      {loadError && <ErrorMessage message={loadError} />}
      {summary?.lastVisit && <ContinueWhere place={summary.lastVisit} />}
      {summary?.firstTime && <FirstSteps />}
      {summary && !summary.firstTime && (
        <div className="home-cards">
          <PlanCard summary={summary} />
          <SelfAnalysisCard summary={summary} />
          <NotesCard notes={summary.recentNotes} />
        </div>
      )}
      <HomeSections />
    </>
  );
}
