import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFinancingModel } from '../../../../main/services/financing/load-model';
import { ContentError } from '../../../../main/services/guide/load-content';
import { createTempDirs } from '../../../helpers/temp-dir';
import { repoRoot } from '../../../helpers/workbook';

const tempDir = createTempDirs();
const modelFile = join(repoRoot, 'resources', 'financing-model.json');
/** The model file as loose JSON, so a test can break it. */
interface Json {
  forms: {
    id: string;
    profile: Record<string, unknown>;
    eligibility: { serves: { purpose: string; why: string }[]; maxAmount: unknown };
  }[];
  considerations: { answers: { id: string; targets: { aspect: string }[] }[] }[];
}

/** Writes a changed copy of the real model file and loads it. */
function loadChanged(change: (model: Json) => void) {
  const model = JSON.parse(readFileSync(modelFile, 'utf8')) as Json;
  change(model);
  const file = join(tempDir(), 'financing-model.json');
  writeFileSync(file, JSON.stringify(model));
  return () => loadFinancingModel(file);
}

describe('loadFinancingModel', () => {
  it('refuses a form that gives no money but is said to pay for one of the money purposes', () => {
    const load = loadChanged((model) => {
      const monitoring = model.forms.find((f) => f.id === 'budgetmonitoring');
      monitoring?.eligibility.serves.push({ purpose: 'eenmalig', why: 'Een reden die niet mag kloppen.' });
    });
    expect(load).toThrow(ContentError);
    expect(load).toThrow(/budgetmonitoring.*geeft geen geld/);
  });

  it('refuses an amount limit without a reason or below 1', () => {
    expect(
      loadChanged((model) => {
        const budget = model.forms.find((f) => f.id === 'bewonersbudget');
        if (budget) budget.eligibility.maxAmount = { value: 25_000 };
      }),
    ).toThrow(/maxAmount/);
    expect(
      loadChanged((model) => {
        const budget = model.forms.find((f) => f.id === 'bewonersbudget');
        if (budget) budget.eligibility.maxAmount = { value: 0, reasoning: 'Een reden voor nul euro.' };
      }),
    ).toThrow(/maxAmount/);
  });

  it('loads the real model: nine forms, six considerations, a reason beside every value', () => {
    const model = loadFinancingModel(modelFile);
    expect(model.forms.map((f) => f.id)).toHaveLength(9);
    expect(model.considerations).toHaveLength(6);
    for (const form of model.forms) {
      expect(form.involvement.reasoning.length).toBeGreaterThan(20);
      for (const aspect of model.aspects)
        expect(form.profile[aspect.id]?.reasoning.length, `${form.id}.${aspect.id}`).toBeGreaterThan(20);
    }
    for (const consideration of model.considerations)
      for (const answer of consideration.answers)
        for (const target of answer.targets) expect(target.reasoning.length).toBeGreaterThan(20);
  });

  it('places the forms on the involvement axis in the guide’s order (decreasing government involvement)', () => {
    const values = loadFinancingModel(modelFile).forms.map((f) => f.involvement.value);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    expect(new Set(values).size).toBe(values.length);
  });

  it.each([
    [
      'a value outside 0–4',
      (m: Json) => {
        const form = m.forms[0];
        if (form) form.profile.risico = { value: 5, reasoning: 'Een waarde die buiten de schaal valt.' };
      },
      'forms.0.profile.risico',
    ],
    [
      'a value without its reasoning',
      (m: Json) => {
        const form = m.forms[2];
        if (form) form.profile.snelheid = { value: 1 };
      },
      'forms.2.profile.snelheid.reasoning',
    ],
    ['a missing form', (m: Json) => void m.forms.pop(), 'de negen vormen'],
    [
      'a misspelt aspect in a profile',
      (m: Json) => {
        const profile = m.forms[1]?.profile ?? {};
        profile.zichbaarheid = profile.zichtbaarheid;
        delete profile.zichtbaarheid;
      },
      'forms.initiatievenfonds.profile',
    ],
    [
      'an answer pointing at an aspect of another consideration',
      (m: Json) => {
        const answers = m.considerations[0]?.answers ?? [];
        const target = answers[0]?.targets[0];
        if (target) target.aspect = 'snelheid';
      },
      'hoort niet bij zeggenschap',
    ],
    [
      'an unknown answer id',
      (m: Json) => {
        const answers = m.considerations[1]?.answers ?? [];
        if (answers[0]) answers[0].id = 'misschien';
      },
      'eigenaarschap: antwoorden moeten precies',
    ],
  ])('refuses %s and names where', (_name, change, where) => {
    const load = loadChanged(change);
    expect(load).toThrow(ContentError);
    expect(load).toThrow(where);
  });
});
