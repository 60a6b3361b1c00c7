/** A small picture of an answer on the 1–4 scale; decoration only, the words beside it carry the meaning. */
export function AnswerBar({ value }: { value: number | undefined }) {
  return (
    <svg className="answer-bar" viewBox="0 0 104 14" aria-hidden="true" focusable="false">
      {[1, 2, 3, 4].map((step) => (
        <rect
          key={step}
          x={(step - 1) * 26}
          y={1}
          width={24}
          height={12}
          rx={2}
          className={value !== undefined && step <= value ? 'answer-bar-on' : 'answer-bar-off'}
        />
      ))}
    </svg>
  );
}
