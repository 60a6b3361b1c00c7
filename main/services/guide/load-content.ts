import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import {
  colophonSchema,
  financingContentSchema,
  type GuideContent,
  glossarySchema,
  introSchema,
  popOpTemplateSchema,
  reasonsSchema,
  selfAnalysesSchema,
  themeIds,
  themeSchema,
} from '../../contract/guide-content';

/** Raised when a content file is missing or does not match its schema: a build error, not a user error. */
export class ContentError extends Error {
  constructor(file: string, detail: string) {
    super(`Inhoud ongeldig in ${file}: ${detail}`);
    this.name = 'ContentError';
  }
}

function readJson<T>(dir: string, file: string, schema: z.ZodType<T>): T {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  } catch (error) {
    throw new ContentError(file, error instanceof Error ? error.message : String(error));
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues
      .slice(0, 5)
      .map((issue) => `${issue.path.join('.')}: ${issue.message}`)
      .join('; ');
    throw new ContentError(file, first);
  }
  return parsed.data;
}

/** Reads and validates every guide file in `dir` (normally `resources/content`). */
export function loadGuideContent(dir: string): GuideContent {
  const themes = themeIds.map((id) => {
    const theme = readJson(dir, `themes/${id}.json`, themeSchema);
    if (theme.id !== id) throw new ContentError(`themes/${id}.json`, `id is ${theme.id}`);
    return theme;
  });
  return {
    intro: readJson(dir, 'intro.json', introSchema),
    themes,
    selfAnalyses: readJson(dir, 'self-analyses.json', selfAnalysesSchema),
    popOp: readJson(dir, 'pop-op.json', popOpTemplateSchema),
    financing: readJson(dir, 'financing.json', financingContentSchema),
    reasons: readJson(dir, 'reasons.json', reasonsSchema),
    glossary: readJson(dir, 'glossary.json', glossarySchema),
    colophon: readJson(dir, 'colophon.json', colophonSchema),
  };
}
