import { type FactorKind, popOpLimits } from '../../contract/pop-op-channels';

/** What the POP-OP service tells the user when it refuses a change. */
export const popOpMessages = {
  planNotFound: 'Dit POP-OP bestaat niet (meer). Kies een plan uit de lijst.',
  actionNotFound: 'Deze actie bestaat niet (meer). Misschien is ze al verwijderd.',
  factorNotFound: 'Deze kans of bedreiging bestaat niet (meer). Misschien is ze al verwijderd.',
  versionNotFound: 'Deze versie bestaat niet (meer).',
  unknownStatement: 'Deze stelling staat niet in de zelfanalyse. Kies een andere stelling.',
  tooManyPlans: `Je hebt al ${popOpLimits.plans} POP-OP’s. Verwijder eerst een oud plan.`,
  tooManyActions: `Een POP-OP heeft maximaal ${popOpLimits.actions} acties. Verwijder acties die je niet meer nodig hebt, of begin een nieuw plan.`,
  tooManyFactors: (kind: FactorKind) =>
    `Je kunt maximaal ${popOpLimits.factorsPerKind} ${kind === 'kans' ? 'kansen' : 'bedreigingen'} noteren.`,
  emptyPlan:
    'Dit POP-OP is nog leeg. Schrijf eerst op waar je staat, waar je naartoe wilt of wat je gaat doen. Daarna kun je het als besproken of vastgesteld markeren.',
  damagedVersion: 'Deze versie is beschadigd en kan niet worden getoond.',
};
