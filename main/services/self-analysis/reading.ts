import { formatAverage } from '../../contract/self-analysis-format';

/**
 * The score of one theme in plain words. Only describes where the average lies on the
 * guide's own scale; the guide gives no norms or weighting, so neither does this.
 */
export function readScore(
  score: { statementCount: number; answeredCount: number; sum: number; average: number | null },
  scaleLabels: readonly string[],
): string {
  const { statementCount, answeredCount, sum, average } = score;
  if (average === null) return 'Nog niet ingevuld.';
  if (answeredCount < statementCount) {
    return (
      `Nog niet compleet: ${answeredCount} van ${statementCount} stellingen beantwoord. ` +
      `Voorlopig gemiddelde over de beantwoorde stellingen: ${formatAverage(average)}.`
    );
  }
  const shown = Math.round(average * 10) / 10;
  const lower = scaleLabels[Math.floor(shown) - 1];
  const upper = scaleLabels[Math.ceil(shown) - 1];
  const position = Number.isInteger(shown)
    ? `Dat is gemiddeld ‘${lower}’.`
    : `Dat ligt tussen ‘${lower}’ en ‘${upper}’.`;
  return (
    `Gemiddeld ${formatAverage(average)} op de schaal van 1 tot 4 ` +
    `(samen ${sum} van de ${statementCount * scaleLabels.length} punten). ${position}`
  );
}
