import type { MoneyRole, MoneyVerdict, NeedId } from '../../contract/financing-channels';
import type { FinancingModel } from './model-schema';

/**
 * Step 1: is money the question? The guide says money often plays no crucial role and a
 * municipal contribution can make an initiative heavier; so unless money is the crux,
 * the helper points to support without money first.
 */
export function moneyVerdict(
  model: FinancingModel,
  needs: readonly NeedId[],
  moneyRole: MoneyRole | null,
  supportIds: readonly string[],
): MoneyVerdict {
  const kind: MoneyVerdict['kind'] =
    moneyRole === 'niet' || (needs.length > 0 && !needs.includes('geld') && moneyRole !== 'kern')
      ? 'geen-geld'
      : moneyRole === 'helpt'
        ? 'geld-helpt'
        : moneyRole === 'kern'
          ? 'geld-kern'
          : 'onbekend';
  const supportOf = (id: NeedId) => model.needs.find((need) => need.id === id)?.support;
  const otherNeeds = model.needs.filter((need) => need.id !== 'geld');
  const wanted = new Set<string>();
  // Support for what is ticked; money's own support (knowledge about financing) only when money is needed.
  for (const need of needs) if (need !== 'geld' || kind !== 'geen-geld') wanted.add(supportOf(need) ?? '');
  // Money is not the crux but nothing else is named: all of the guide's help without money is worth a look.
  if ((kind === 'geen-geld' || kind === 'geld-helpt') && !needs.some((need) => need !== 'geld'))
    for (const need of otherNeeds) wanted.add(need.support ?? '');
  return {
    kind,
    ...model.verdicts[kind],
    supportIds: supportIds.filter((id) => wanted.has(id)),
  };
}
