import { describe, expect, it } from 'vitest';
import type { MoneyRole, NeedId } from '../../../../main/contract/financing-channels';
import { moneyVerdict } from '../../../../main/services/financing/money-question';
import { financingModel } from '../../../helpers/financing';

/** The guide's support ids in content order (resources/content/financing.json). */
const guideSupport = [
  'informatie',
  'mensen-en-netwerken-verbinden',
  'regels-versoepelen',
  'fysieke-ruimte',
  'kennis-verspreiden',
];

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
    const verdict = moneyVerdict(financingModel, needs, role, guideSupport);
    expect(verdict.kind).toBe(kind);
    expect(verdict.title).toBe(financingModel.verdicts[verdict.kind].title);
  });

  it('points to the guide’s support for what the initiative needs besides money', () => {
    expect(moneyVerdict(financingModel, ['kennis', 'plek'], null, guideSupport).supportIds).toEqual([
      'informatie',
      'fysieke-ruimte',
    ]);
    expect(moneyVerdict(financingModel, ['geld', 'regels'], 'kern', guideSupport).supportIds).toEqual([
      'regels-versoepelen',
      'kennis-verspreiden',
    ]);
  });

  it('shows all support without money when money only helps and nothing else is named', () => {
    expect(moneyVerdict(financingModel, ['geld'], 'helpt', guideSupport).supportIds).toEqual(guideSupport);
    expect(moneyVerdict(financingModel, ['geld'], 'niet', guideSupport).supportIds).toEqual(guideSupport.slice(0, 4));
  });
});
