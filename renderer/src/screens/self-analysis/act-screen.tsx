import { useEffect } from 'react';
import type { SuggestionRef } from '../../../../main/contract/self-analysis-channels';
import { ErrorMessage } from '../../components/error-message';
import { Markdown } from '../../components/markdown';
import { useSelfAnalysisStore } from '../../stores/self-analysis-store';
import { Loading } from './loading';
import { RunHeader } from './run-header';
import { selfAnalysisHref } from './self-analysis-route';
import { useRun } from './use-run';

/** `tip:begin-buiten` ↔ { kind: 'tip', id: 'begin-buiten' }, for the select's values. */
function encode(suggestion: SuggestionRef | null): string {
  return suggestion ? `${suggestion.kind}:${suggestion.id}` : '';
}
function decode(value: string): SuggestionRef | null {
  const [kind, id] = value.split(':');
  return (kind === 'tip' || kind === 'resource') && id ? { kind, id } : null;
}

/** Aan de slag: the lowest-scored statements with their theme's tips and resources, to mark for the POP-OP. */
export function ActScreen({ runId }: { runId: number }) {
  const { run, questionnaire, loadError } = useRun(runId);
  const stored = useSelfAnalysisStore((state) => state.suggestions);
  const suggestions = stored?.runId === runId ? stored.value : undefined;
  const mark = useSelfAnalysisStore((state) => state.mark);
  const actionError = useSelfAnalysisStore((state) => state.actionError);
  useEffect(() => {
    void useSelfAnalysisStore.getState().loadSuggestions(runId);
  }, [runId]);
  if (!run || !questionnaire || !suggestions) return <Loading heading="Van resultaat naar actie" error={loadError} />;

  return (
    <>
      <RunHeader run={run} questionnaire={questionnaire} current="act" heading="Van resultaat naar actie" />
      <p className="lead">
        Hier staan de stellingen waar je het laagst op scoorde, met de tips en hulpmiddelen uit de gids bij dat thema.
        Vink aan waar je mee aan de slag wilt. In je POP-OP kun je daar later een actie van maken.
      </p>
      {actionError && <ErrorMessage message={actionError} />}
      {suggestions.statements.length === 0 && (
        <p>
          {run.answeredCount === 0
            ? 'Je hebt nog geen stellingen beantwoord.'
            : 'Je gaf bij alle beantwoorde stellingen ‘Zeer eens’. Er is geen stelling die er als laagste uitspringt.'}
        </p>
      )}
      {suggestions.themes.map((theme) => {
        const headingId = `actie-${theme.themeId}`;
        return (
          <section key={theme.themeId} aria-labelledby={headingId} className="act-theme">
            <h2 id={headingId}>{theme.title}</h2>
            <ul className="act-statements">
              {suggestions.statements
                .filter((statement) => statement.themeId === theme.themeId)
                .map((statement) => {
                  const marked = run.marks.find((m) => m.statementId === statement.statementId);
                  const checkboxId = `wil-${statement.statementId}`;
                  const selectId = `begin-${statement.statementId}`;
                  // Every checkbox and select says which statement it is about: 17 times the same name tells nothing.
                  const textId = `stelling-${statement.statementId}`;
                  const label = questionnaire.scale.find((step) => step.value === statement.value)?.label;
                  return (
                    <li key={statement.statementId} className="act-statement">
                      <p className="act-statement-text">
                        <span id={textId}>{statement.text}</span>{' '}
                        <span className="act-answer">Jouw antwoord: {label}</span>
                      </p>
                      <div className="checkbox-field">
                        <input
                          id={checkboxId}
                          type="checkbox"
                          checked={marked !== undefined}
                          aria-labelledby={`${checkboxId}-label ${textId}`}
                          onChange={(event) => void mark(statement.statementId, event.target.checked, null)}
                        />
                        <label htmlFor={checkboxId} id={`${checkboxId}-label`}>
                          Hier wil ik mee aan de slag
                        </label>
                      </div>
                      {marked && (
                        <div className="form-field">
                          <label htmlFor={selectId} id={`${selectId}-label`}>
                            Beginnen met (niet verplicht)
                          </label>
                          <select
                            id={selectId}
                            aria-labelledby={`${selectId}-label ${textId}`}
                            value={encode(marked.suggestion)}
                            onChange={(event) => void mark(statement.statementId, true, decode(event.target.value))}
                          >
                            <option value="">Nog geen keuze</option>
                            <optgroup label="Tips">
                              {theme.tips.map((tip) => (
                                <option key={tip.id} value={encode({ kind: 'tip', id: tip.id })}>
                                  {tip.title}
                                </option>
                              ))}
                            </optgroup>
                            <optgroup label="Hulpmiddelen">
                              {theme.resources.map((resource) => (
                                <option key={resource.id} value={encode({ kind: 'resource', id: resource.id })}>
                                  {resource.name}
                                </option>
                              ))}
                            </optgroup>
                          </select>
                        </div>
                      )}
                    </li>
                  );
                })}
            </ul>
            <details className="guide-details">
              <summary>Tips bij {theme.title} uit de gids</summary>
              {theme.tips.map((tip) => (
                <div key={tip.id} className="guide-item">
                  <h3>{tip.title}</h3>
                  <Markdown text={tip.body} />
                </div>
              ))}
            </details>
            <details className="guide-details">
              <summary>Hulpmiddelen bij {theme.title} uit de gids</summary>
              {theme.resources.map((resource) => (
                <div key={resource.id} className="guide-item">
                  <h3>{resource.name}</h3>
                  <p className="guide-source">{resource.source}</p>
                  <Markdown text={resource.description} />
                  {resource.url && <p className="file-path">{resource.url}</p>}
                </div>
              ))}
            </details>
          </section>
        );
      })}
      <p>
        <a href={selfAnalysisHref({ page: 'profile', runId })}>Terug naar je profiel</a>
      </p>
    </>
  );
}
