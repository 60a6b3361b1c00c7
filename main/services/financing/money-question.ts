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
  // Support that answers the other needs; when money is not the crux and nothing else is
  // ticked, all of the guide's support is worth a look.
  const matched = model.needs
    .filter((need) => needs.includes(need.id) && need.support !== undefined)
    .map((need) => need.support as string);
  const wanted = matched.length > 0 ? matched : kind === 'geen-geld' || kind === 'geld-helpt' ? [...supportIds] : [];
  return {
    kind,
    ...model.verdicts[kind],
    supportIds: supportIds.filter((id) => wanted.includes(id)),
  };
}
