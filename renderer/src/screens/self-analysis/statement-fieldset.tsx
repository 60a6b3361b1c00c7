/**
 * One statement as a real radio group: the legend is the statement, so arrow keys work and screen
 * readers read it. A hard statement carries a short explanation, read as the group's description.
 */
export function StatementFieldset({
  name,
  number,
  text,
  explanation,
  scale,
  value,
  onAnswer,
}: {
  /** Unique per run and statement, so each group is its own radio group. */
  name: string;
  number: number;
  text: string;
  /** Our own B1 explanation; the statement itself stays the guide's words. */
  explanation?: string;
  scale: readonly { value: number; label: string }[];
  value: number | undefined;
  onAnswer: (value: number) => void;
}) {
  const explanationId = `${name}-uitleg`;
  return (
    <fieldset className="statement" aria-describedby={explanation ? explanationId : undefined}>
      <legend>
        <span className="statement-number">{number}.</span> {text}
      </legend>
      {explanation && (
        <p className="statement-explanation" id={explanationId}>
          <span className="statement-explanation-label">Uitleg:</span> {explanation}
        </p>
      )}
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
