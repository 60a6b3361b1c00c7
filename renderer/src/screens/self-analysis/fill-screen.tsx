import { useEffect } from 'react';
import type { ThemeId } from '../../../../main/contract/guide-content';
import { SaveStatus } from '../../components/save-status';
import { UnsavedFields } from '../../components/unsaved-fields';
import { useSelfAnalysisStore } from '../../stores/self-analysis-store';
import { Loading } from './loading';
import { RunHeader } from './run-header';
import { selfAnalysisHref } from './self-analysis-route';
import { StatementFieldset } from './statement-fieldset';
import { ThemeTabs } from './theme-tabs';
import { useRun } from './use-run';

/** Invullen: the statements of one theme, each answer saved at once. */
export function FillScreen({ runId, themeId }: { runId: number; themeId: ThemeId | undefined }) {
  const { run, questionnaire, loadError } = useRun(runId);
  const answer = useSelfAnalysisStore((state) => state.answer);
  const saveStates = useSelfAnalysisStore((state) => state.saveStates);
  const inScope = run?.themes.map((score) => score.themeId) ?? [];
  // Without a theme in the address, continue where the user left off.
  const currentId =
    themeId && inScope.includes(themeId)
      ? themeId
      : (run?.themes.find((score) => !score.complete)?.themeId ?? inScope[0]);

  // Pin the theme in the address, so finishing it does not move the page on to the next one mid-answer.
  useEffect(() => {
    if (run && currentId && currentId !== themeId) {
      window.location.replace(selfAnalysisHref({ page: 'fill', runId: run.id, themeId: currentId }));
    }
  }, [run, currentId, themeId]);

  if (!run || !questionnaire) return <Loading heading="Zelfanalyse invullen" error={loadError} />;
  const theme = questionnaire.themes.find((candidate) => candidate.id === currentId);
  const score = run.themes.find((candidate) => candidate.themeId === currentId);
  if (!theme || !score) return <Loading heading="Zelfanalyse invullen" error={loadError} />;
  const position = inScope.indexOf(theme.id);
  const previous = inScope[position - 1];
  const next = inScope[position + 1];
  const titleOf = (id: ThemeId) => questionnaire.themes.find((candidate) => candidate.id === id)?.title ?? id;

  return (
    <>
      <RunHeader run={run} questionnaire={questionnaire} current="fill" heading={`Zelfanalyse ${theme.title}`} />
      <ThemeTabs
        themes={run.themes}
        questionnaire={questionnaire}
        current={theme.id}
        label="Thema’s van deze zelfanalyse"
        progressOf={(t) => (t.complete ? 'klaar' : `${t.answeredCount} van ${t.statementCount}`)}
        hrefOf={(id) => selfAnalysisHref({ page: 'fill', runId, themeId: id })}
      />
      <p className="theme-motto">{theme.motto}</p>
      <p>
        Geef bij elke stelling aan in hoeverre je het ermee eens bent. Elk antwoord wordt meteen bewaard: je kunt altijd
        stoppen en later verder gaan.
      </p>
      <p className="literal-note">{questionnaire.literalNote}</p>
      <form className="statements" onSubmit={(event) => event.preventDefault()}>
        {theme.statements.map((statement, index) => (
          <StatementFieldset
            key={statement.id}
            name={`run-${run.id}-${statement.id}`}
            number={index + 1}
            text={statement.text}
            explanation={statement.explanation}
            scale={questionnaire.scale}
            value={run.answers[statement.id]}
            onAnswer={(value) => answer(statement.id, value)}
          />
        ))}
      </form>
      <p className="theme-progress">
        {score.answeredCount} van {score.statementCount} stellingen beantwoord
        {run.scope === 'all' && ` · in totaal ${run.answeredCount} van ${run.statementCount}`}
      </p>
      <SaveStatus states={saveStates} />
      <UnsavedFields states={saveStates} />
      <nav className="pager" aria-label="Verder">
        {previous && (
          <a href={selfAnalysisHref({ page: 'fill', runId, themeId: previous })}>Vorig thema: {titleOf(previous)}</a>
        )}
        {next ? (
          <a className="button-link" href={selfAnalysisHref({ page: 'fill', runId, themeId: next })}>
            Volgend thema: {titleOf(next)}
          </a>
        ) : (
          <a className="button-link" href={selfAnalysisHref({ page: 'profile', runId })}>
            Bekijk je profiel
          </a>
        )}
      </nav>
    </>
  );
}
