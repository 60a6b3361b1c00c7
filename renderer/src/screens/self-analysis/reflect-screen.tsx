import type { ThemeId } from '../../../../main/contract/guide-content';
import { SaveStatus } from '../../components/save-status';
import { TextField } from '../../components/text-field';
import { fieldMessage } from '../../lib/save-summary';
import { useSelfAnalysisStore } from '../../stores/self-analysis-store';
import { Loading } from './loading';
import { RunHeader } from './run-header';
import { selfAnalysisHref } from './self-analysis-route';
import { ThemeTabs } from './theme-tabs';
import { useRun } from './use-run';

/** Reflectie: the guide's five questions for one theme, answered in free text and saved while typing. */
export function ReflectScreen({ runId, themeId }: { runId: number; themeId: ThemeId | undefined }) {
  const { run, questionnaire, loadError } = useRun(runId);
  const reflect = useSelfAnalysisStore((state) => state.reflect);
  const flush = useSelfAnalysisStore((state) => state.flush);
  const saveStates = useSelfAnalysisStore((state) => state.saveStates);
  if (!run || !questionnaire) return <Loading heading="Reflectie" error={loadError} />;

  const currentId = themeId && run.themes.some((s) => s.themeId === themeId) ? themeId : run.themes[0]?.themeId;
  const theme = questionnaire.themes.find((candidate) => candidate.id === currentId);
  const score = run.themes.find((candidate) => candidate.themeId === currentId);
  if (!theme || !score) return <Loading heading="Reflectie" error={loadError} />;
  const next = run.themes[run.themes.findIndex((candidate) => candidate.themeId === theme.id) + 1];
  const nextTitle = next && questionnaire.themes.find((candidate) => candidate.id === next.themeId)?.title;
  const textOf = (questionId: string) =>
    run.reflections.find((r) => r.themeId === theme.id && r.questionId === questionId)?.text ?? '';

  return (
    <>
      <RunHeader run={run} questionnaire={questionnaire} current="reflect" heading={`Reflectie: ${theme.title}`} />
      <ThemeTabs
        themes={run.themes}
        questionnaire={questionnaire}
        current={theme.id}
        label="Reflectie per thema"
        progressOf={(t) => {
          const written = run.reflections.filter((r) => r.themeId === t.themeId && r.text.trim() !== '').length;
          return written === 0 ? 'nog niets' : `${written} van ${questionnaire.reflectionQuestions.length} vragen`;
        }}
        hrefOf={(id) => selfAnalysisHref({ page: 'reflect', runId, themeId: id })}
      />
      <p className="reflect-score">
        <strong>Je score bij {theme.title}:</strong> {score.reading}
      </p>
      <p>
        Denk alleen of samen met anderen na over je antwoorden. Wat je hier schrijft, is alleen voor jou en wordt meteen
        bewaard.
      </p>
      <form className="form reflection-form" onSubmit={(event) => event.preventDefault()}>
        {questionnaire.reflectionQuestions.map((question) => (
          <TextField
            key={`${theme.id}-${question.id}`}
            label={question.text}
            multiline
            rows={4}
            defaultValue={textOf(question.id)}
            onChange={(value) => reflect(theme.id, question.id, value)}
            onBlur={() => void flush()}
            error={fieldMessage(saveStates[`${run.id}/${theme.id}/${question.id}`])}
          />
        ))}
      </form>
      <SaveStatus states={saveStates} />
      <p className="reflect-next">
        {next && nextTitle && (
          <a className="button-link" href={selfAnalysisHref({ page: 'reflect', runId, themeId: next.themeId })}>
            Volgend thema: {nextTitle}
          </a>
        )}
        <a
          className={next ? 'button-link button-link-secondary' : 'button-link'}
          href={selfAnalysisHref({ page: 'act', runId })}
        >
          Van resultaat naar actie
        </a>
      </p>
    </>
  );
}
