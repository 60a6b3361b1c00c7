import { formatAverage } from '../../contract/self-analysis-format';
import type { Spread } from '../../contract/team-channels';

/** How team figures read in Dutch, in the PDF (the screen has the same words in renderer/src/screens/team). */
export const teamWords = {
  tooFew: 'te weinig antwoorden',
  spreadReason: 'Hier verschilt het team het meest',
  lowReason: 'Hier scoort het team het laagst',
} as const;

/** "2,5 (middelste helft 2,0–3,0)". */
export function spreadText(spread: Spread | null): string {
  if (!spread) return teamWords.tooFew;
  return `${formatAverage(spread.median)} (middelste helft ${formatAverage(spread.q1)}–${formatAverage(spread.q3)})`;
}
