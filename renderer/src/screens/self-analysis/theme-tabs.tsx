import type { ThemeId } from '../../../../main/contract/guide-content';
import type { Questionnaire, ThemeScore } from '../../../../main/contract/self-analysis-channels';

/** Links to each theme of a run, each with a short progress line. Hidden when the run has one theme. */
export function ThemeTabs({
  themes,
  questionnaire,
  current,
  hrefOf,
  label,
  progressOf,
}: {
  themes: ThemeScore[];
  questionnaire: Questionnaire;
  current: ThemeId;
  hrefOf: (themeId: ThemeId) => string;
  label: string;
  /** The short line under a theme's name, e.g. "3 van 5" or "klaar". */
  progressOf: (score: ThemeScore) => string;
}) {
  if (themes.length < 2) return null;
  return (
    <nav className="theme-tabs" aria-label={label}>
      <ul>
        {themes.map((score) => {
          const theme = questionnaire.themes.find((candidate) => candidate.id === score.themeId);
          return (
            <li key={score.themeId}>
              <a href={hrefOf(score.themeId)} aria-current={score.themeId === current ? 'page' : undefined}>
                <span className="theme-tab-title">{theme?.title ?? score.themeId}</span>
                <span className="theme-tab-progress">{progressOf(score)}</span>
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
