import { useCallback, useRef } from 'react';
import { type PopOpTemplateView, popOpLimits } from '../../../../main/contract/pop-op-channels';
import { usePopOpStore } from '../../stores/pop-op-store';
import { ActionItem } from './action-item';
import { QuestionPrompts } from './question-prompts';

type Question = PopOpTemplateView['questions'][number];

/** Question 4 "Wat ga ik daarvoor doen?": the list of actions. */
export function ActionsSection({ question }: { question: Question }) {
  const actions = usePopOpStore((state) => state.plan?.actions ?? []);
  const busy = usePopOpStore((state) => state.busy);
  const addAction = usePopOpStore((state) => state.addAction);
  const headingId = `vraag-${question.id}`;
  const addButton = useRef<HTMLButtonElement>(null);
  const focusAddButton = useCallback(() => addButton.current?.focus(), []);
  return (
    <section className="pop-op-question" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {question.number}. {question.title}
      </h2>
      {/* The prompts above the list, not beside it: the action cards take the editor's whole width. */}
      <div className="question-layout question-layout--stacked">
        <QuestionPrompts question={question} />
        <div>
          <p className="form-hint">
            Schrijf per actie op wat je doet, met wie en wanneer. Hou bij hoe het gaat en wat het heeft opgeleverd.
          </p>
          {actions.length === 0 ? (
            <p>Je hebt nog geen acties.</p>
          ) : (
            <ol className="action-list">
              {actions.map((action, index) => (
                <li key={action.id}>
                  <ActionItem action={action} index={index} count={actions.length} onRemoved={focusAddButton} />
                </li>
              ))}
            </ol>
          )}
          <p>
            <button
              ref={addButton}
              type="button"
              className="button-primary"
              disabled={busy || actions.length >= popOpLimits.actions}
              onClick={() => void addAction()}
            >
              Actie toevoegen
            </button>
          </p>
        </div>
      </div>
    </section>
  );
}
