import { describe, expect, it } from 'vitest';
import type { MoneyRole, NeedId } from '../../../../main/contract/financing-channels';
import { moneyVerdict } from '../../../../main/services/financing/money-question';
import { financingModel } from '../../../helpers/financing';

const support = financingModel.needs.flatMap((need) => (need.support ? [need.support] : []));
const allSupport = support.length > 0 ? support : ['informatie', 'verbinden', 'regels', 'ruimte'];

describe('moneyVerdict (step 1: is money the question?)', () => {
  it.each<[NeedId[], MoneyRole | null, string]>([
    [[], null, 'onbekend'],
    [['geld'], null, 'onbekend'],
    [['kennis', 'plek'], null, 'geen-geld'],
    [['geld', 'kennis'], 'niet', 'geen-geld'],
    [['geld', 'contacten'], 'helpt', 'geld-helpt'],
    [['geld'], 'kern', 'geld-kern'],
    [['regels'], 'kern', 'geld-kern'],
  ])('needs %j with money role %s → %s', (needs, role, kind) => {
    const verdict = moneyVerdict(financingModel, needs, role, allSupport);
    expect(verdict.kind).toBe(kind);
    expect(verdict.title).toBe(financingModel.verdicts[verdict.kind].title);
  });

  it('points to all non-financial support when money is not the crux and nothing else is named', () => {
    expect(moneyVerdict(financingModel, ['geld'], 'helpt', allSupport).supportIds).toEqual(allSupport);
    expect(moneyVerdict(financingModel, ['geld'], 'kern', allSupport).supportIds).toEqual([]);
  });
});
