/** One statement as a real radio group: the legend is the statement, so arrow keys work and screen readers read it. */
export function StatementFieldset({
  name,
  number,
  text,
  scale,
  value,
  onAnswer,
}: {
  /** Unique per run and statement, so each group is its own radio group. */
  name: string;
  number: number;
  text: string;
  scale: readonly { value: number; label: string }[];
  value: number | undefined;
  onAnswer: (value: number) => void;
}) {
  return (
    <fieldset className="statement">
      <legend>
        <span className="statement-number">{number}.</span> {text}
      </legend>
      <div className="scale">
        {scale.map((step) => (
          <label key={step.value} className="scale-option">
            <input
              type="radio"
              name={name}
              value={step.value}
              checked={value === step.value}
              onChange={() => onAnswer(step.value)}
            />
            <span className="scale-number" aria-hidden="true">
              {step.value}
            </span>
            <span className="scale-label">{step.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
