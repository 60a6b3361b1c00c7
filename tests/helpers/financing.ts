import { join } from 'node:path';
import type { Answers, Weights } from '../../main/contract/financing-channels';
import { considerationIds } from '../../main/contract/guide-content';
import type { AdviceLabels } from '../../main/services/financing/labels';
import { loadFinancingModel } from '../../main/services/financing/load-model';
import { repoRoot } from './workbook';

/** The real model file of the app. */
export const financingModel = loadFinancingModel(join(repoRoot, 'resources', 'financing-model.json'));

/** Answers with only the given considerations answered. */
export function answersWith(given: Partial<Answers>): Answers {
  return { ...(Object.fromEntries(considerationIds.map((id) => [id, null])) as Answers), ...given };
}

/** Weights at the default (2) except the given ones. */
export function weightsWith(given: Partial<Weights> = {}): Weights {
  return { ...(Object.fromEntries(considerationIds.map((id) => [id, 2])) as Weights), ...given };
}

/** Labels for pure tests that do not read the guide: the ids themselves. */
export const idLabels: AdviceLabels = { form: (id) => id, consideration: (id) => id };
