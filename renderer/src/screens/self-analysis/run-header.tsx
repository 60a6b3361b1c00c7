import type { Questionnaire, RunDetail } from '../../../../main/contract/self-analysis-channels';
import { runTitleWithDate } from '../../../../main/contract/self-analysis-format';
import { ScreenHeading } from '../../components/screen-heading';
import { useHeadingFocusAfterLoading } from '../../lib/heading-focus';
import { selfAnalysisHref } from './self-analysis-route';

type Step = 'fill' | 'profile' | 'reflect' | 'act';

const steps: { page: Step; label: string }[] = [
  { page: 'fill', label: 'Invullen' },
  { page: 'profile', label: 'Profiel' },
  { page: 'reflect', label: 'Reflectie' },
  { page: 'act', label: 'Aan de slag' },
];

/** What a run covers, in words. */
function scopeText(run: RunDetail, questionnaire: Questionnaire): string {
  if (run.scope === 'all') return 'alle vijf thema’s';
  return `thema ${questionnaire.themes.find((theme) => theme.id === run.scope)?.title ?? run.scope}`;
}

/** The heading of a run's page, the run's name and date, and the four steps of a run. */
export function RunHeader({
  run,
  questionnaire,
  current,
  heading,
}: {
  run: RunDetail;
  questionnaire: Questionnaire;
  current: Step;
  heading: string;
}) {
  // The page showed "Bezig met laden…" under its own h1 first; this header's h1 takes over the focus.
  useHeadingFocusAfterLoading(true);
  return (
    <>
      <p className="run-meta">
        <a href={selfAnalysisHref({ page: 'overview' })}>Zelfanalyses</a> › {runTitleWithDate(run)} (
        {scopeText(run, questionnaire)})
      </p>
      <ScreenHeading>{heading}</ScreenHeading>
      <nav className="run-steps" aria-label="Stappen van deze zelfanalyse">
        <ol>
          {steps.map((step) => {
            return (
              <li key={step.page}>
                <a
                  href={selfAnalysisHref({ page: step.page, runId: run.id, themeId: undefined })}
                  aria-current={step.page === current ? 'step' : undefined}
                >
                  {step.label}
                </a>
              </li>
            );
          })}
        </ol>
      </nav>
    </>
  );
}
