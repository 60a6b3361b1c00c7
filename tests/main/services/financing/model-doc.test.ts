import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreForms } from '../../../../main/services/financing/score';
import { answersWith, financingModel, weightsWith } from '../../../helpers/financing';
import { repoRoot } from '../../../helpers/workbook';

describe('docs/financieringsmodel.md', () => {
  it('shows the values and reasons of the model file (regenerate with node scripts/financing-model-doc.mjs)', () => {
    expect(() =>
      execFileSync(process.execPath, [join(repoRoot, 'scripts', 'financing-model-doc.mjs'), '--check'], {
        stdio: 'pipe',
      }),
    ).not.toThrow();
  });

  it('has a worked example that is true: only "no risk", weighing heavily → leenkring 100, crowdfunding 75, bewonersbudget 25', () => {
    const { forms } = scoreForms(financingModel, answersWith({ risico: 'geen' }), weightsWith({ risico: 3 }));
    const score = (id: string) => forms.find((f) => f.formId === id)?.score;
    expect([score('leenkring'), score('crowdfunding'), score('bewonersbudget')]).toEqual([100, 75, 25]);
  });
});
