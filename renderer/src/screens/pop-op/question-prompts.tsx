import type { PopOpTemplateView } from '../../../../main/contract/pop-op-channels';
import { usePopOpStore } from '../../stores/pop-op-store';

type Question = PopOpTemplateView['questions'][number];

/** The guide's helper questions beside a POP-OP question; they can be hidden and shown again. */
export function QuestionPrompts({ question }: { question: Question }) {
  const hidden = usePopOpStore((state) => state.hiddenPrompts[question.id] === true);
  const togglePrompts = usePopOpStore((state) => state.togglePrompts);
  if (hidden) {
    return (
      <p className="prompts-toggle">
        <button type="button" className="button-subtle" onClick={() => togglePrompts(question.id)}>
          Toon hulpvragen<span className="visually-hidden"> bij “{question.title}”</span>
        </button>
      </p>
    );
  }
  return (
    <aside className="question-prompts" aria-label={`Hulpvragen bij “${question.title}”`}>
      <p className="question-prompts-title">Hulpvragen uit de gids</p>
      <ul>
        {question.prompts.map((prompt) => (
          <li key={prompt}>{prompt}</li>
        ))}
      </ul>
      <button type="button" className="button-subtle" onClick={() => togglePrompts(question.id)}>
        Verberg hulpvragen<span className="visually-hidden"> bij “{question.title}”</span>
      </button>
    </aside>
  );
}
