import { formatAverage } from '../../../../main/contract/self-analysis-format';
import type { Spread } from '../../../../main/contract/team-channels';

/** The four scale points as the guide names them. */
export const scaleLabels = ['Zeer oneens', 'Oneens', 'Eens', 'Zeer eens'] as const;

export const tooFew = 'te weinig antwoorden';

/** "2,0–3,0" */
export const middleHalf = (spread: Spread) => `${formatAverage(spread.q1)}–${formatAverage(spread.q3)}`;

/** "Nog 2 deelnemers nodig" (the same words main uses). */
export const stillNeeded = (needed: number) =>
  needed === 1 ? 'Nog 1 deelnemer nodig' : `Nog ${needed} deelnemers nodig`;
