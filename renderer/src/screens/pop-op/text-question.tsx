import { limits } from '../../../../main/contract/limits';
import type { PopOpTemplateView, TextSectionId } from '../../../../main/contract/pop-op-channels';
import { TextField } from '../../components/text-field';
import { usePopOpStore } from '../../stores/pop-op-store';
import { QuestionPrompts } from './question-prompts';

type Question = PopOpTemplateView['questions'][number];

/** Questions 1–3: a free text with the guide's prompts beside it. */
export function TextQuestion({ question, sectionId }: { question: Question; sectionId: TextSectionId }) {
  const initial = usePopOpStore((state) => state.plan?.[sectionId] ?? '');
  const length = usePopOpStore((state) => state.plan?.[sectionId].length ?? 0);
  const error = usePopOpStore((state) => state.fieldErrors[`plan.${sectionId}`]);
  const changePlanField = usePopOpStore((state) => state.changePlanField);
  const flushAll = usePopOpStore((state) => state.flushAll);
  const headingId = `vraag-${question.id}`;
  return (
    <section className="pop-op-question" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {question.number}. {question.title}
      </h2>
      <div className="question-layout">
        <TextField
          label={`Jouw antwoord op “${question.title}”`}
          multiline
          rows={8}
          defaultValue={initial}
          length={length}
          maxLength={limits.longText}
          error={error}
          onChange={(value) => changePlanField(sectionId, value)}
          onBlur={() => void flushAll()}
        />
        <QuestionPrompts question={question} />
      </div>
    </section>
  );
}
