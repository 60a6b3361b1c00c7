import { readFileSync } from 'node:fs';
import { ContentError } from '../guide/load-content';
import { type FinancingModel, financingModelSchema } from './model-schema';

/** Reads and validates `resources/financing-model.json`; a broken file is a build error, named precisely. */
export function loadFinancingModel(file: string): FinancingModel {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ContentError('financing-model.json', error instanceof Error ? error.message : String(error));
  }
  const parsed = financingModelSchema.safeParse(raw);
  if (!parsed.success) {
    const detail = parsed.error.issues
      .slice(0, 5)
      .map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
      .join('; ');
    throw new ContentError('financing-model.json', detail);
  }
  return parsed.data;
}
