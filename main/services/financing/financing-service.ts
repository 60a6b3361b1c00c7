import { join } from 'node:path';
import type { Profile } from '../../contract/app-channels';
import { UserFacingError } from '../../contract/envelope';
import {
  type Advice,
  type FinancingModelView,
  type Initiative,
  type InitiativePatch,
  type InitiativeSummary,
  type MoneyRole,
  type MoneyVerdict,
  type NeedId,
  weightRange,
} from '../../contract/financing-channels';
import type { FinancingContent, GuideContent } from '../../contract/guide-content';
import { limits } from '../../contract/limits';
import type { FinancingRepository } from '../../db/financing-repository';
import type { FinancingSchemesRepository } from '../../db/financing-schemes-repository';
import { ContentError } from '../guide/load-content';
import type { AdviceNote } from './advice-pdf';
import { type AdviceRequest, buildAdvice } from './advise';
import { createInitiativeList } from './initiative-list';
import type { AdviceLabels } from './labels';
import { loadFinancingModel } from './load-model';
import type { FinancingModel } from './model-schema';
import { modelView } from './model-view';
import { moneyVerdict } from './money-question';

const notFound =
  'Dit initiatief bestaat niet (meer). Misschien is het verwijderd. Kies een ander initiatief uit de lijst.';
const unnamed = 'Naamloos initiatief';

/** The model file and the guide's financing texts, read on first use and checked against each other. */
export function createFinancingSources(resourcesDir: string, guide: () => GuideContent) {
  let loaded: { model: FinancingModel; content: FinancingContent; labels: AdviceLabels } | undefined;
  return () => {
    if (loaded) return loaded;
    const model = loadFinancingModel(join(resourcesDir, 'financing-model.json'));
    const content = guide().financing;
    const supportIds = content.nonFinancialSupport.map((s) => s.id);
    for (const need of model.needs)
      if (need.support !== undefined && !supportIds.includes(need.support))
        throw new ContentError(
          'financing-model.json',
          `needs.${need.id}.support: ${need.support} staat niet in financing.json`,
        );
    const formNames = new Map(content.forms.map((f) => [f.id, f.name]));
    const considerationTitles = new Map(content.considerations.map((c) => [c.id, c.title]));
    const labels: AdviceLabels = {
      form: (id) => formNames.get(id) ?? id,
      consideration: (id) => considerationTitles.get(id) ?? id,
    };
    loaded = { model, content, labels };
    return loaded;
  };
}
export type FinancingSources = ReturnType<typeof createFinancingSources>;

/** Initiatives, the money question and the advice: everything the financing channels do except the PDF. */
export function createFinancingService(
  repository: FinancingRepository,
  schemes: FinancingSchemesRepository,
  sources: FinancingSources,
) {
  const now = () => new Date().toISOString();
  const initiatives = createInitiativeList(repository, sources);

  /** An initiative just written: read back, and ranked for the list. */
  function written(id: number): Initiative {
    const initiative = get(id);
    initiatives.remember(initiative);
    return initiative;
  }

  function get(id: number): Initiative {
    const initiative = repository.get(id);
    if (!initiative) throw new UserFacingError('not-found', notFound);
    return initiative;
  }

  function advise(request: AdviceRequest): Advice {
    const { model, labels } = sources();
    return buildAdvice(model, request, labels, schemes.list());
  }

  function verdict(needs: readonly NeedId[], moneyRole: MoneyRole | null): MoneyVerdict {
    const { model, content } = sources();
    return moneyVerdict(
      model,
      needs,
      moneyRole,
      content.nonFinancialSupport.map((s) => s.id),
    );
  }

  function view(): FinancingModelView {
    const { model, content } = sources();
    return modelView(model, content);
  }

  return {
    view,

    list: (): InitiativeSummary[] => initiatives.list(),

    get,

    /** The contract refuses an empty name, so no initiative exists without one. */
    create(name: string): Initiative {
      return written(repository.create(name.trim(), now(), weightRange.default));
    },

    update(id: number, patch: InitiativePatch): Initiative {
      if (!repository.update(id, patch, now())) throw new UserFacingError('not-found', notFound);
      return written(id);
    },

    duplicate(id: number): Initiative {
      const original = get(id);
      const name = `Kopie van ${original.name.trim() || unnamed}`.slice(0, limits.shortText);
      const copy = repository.duplicate(id, name, now());
      if (copy === undefined) throw new UserFacingError('not-found', notFound);
      return written(copy);
    },

    delete(id: number): null {
      if (!repository.delete(id)) throw new UserFacingError('not-found', notFound);
      initiatives.forget(id);
      return null;
    },

    verdict,
    advise,

    /** Everything the PDF advice note shows, computed now from what is saved. */
    adviceNote(id: number, profile: Profile): AdviceNote {
      const initiative = get(id);
      return {
        letter: sources().model.initiatorLetter,
        initiative,
        advice: advise(initiative),
        verdict: verdict(initiative.needs, initiative.moneyRole),
        view: view(),
        profile,
      };
    },
  };
}
export type FinancingService = ReturnType<typeof createFinancingService>;
