import * as z from 'zod';
import { guideContentSchema } from './guide-content';
import { limits, longText } from './limits';

/** `<page>/<block>`: a block of the guide that can carry a note or a bookmark. */
export const sectionKeySchema = z
  .string()
  .min(3)
  .max(120)
  .regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, 'Onbekend onderdeel van de gids.');

const snippetPartSchema = z.object({ text: z.string(), match: z.boolean() });

export const searchHitSchema = z.object({
  key: z.string(),
  pageId: z.string(),
  blockId: z.string(),
  pageTitle: z.string(),
  title: z.string(),
  score: z.number(),
  snippet: z.array(snippetPartSchema),
});
export type SearchHit = z.infer<typeof searchHitSchema>;

/** A note or bookmark with the titles needed to list it on one page. */
const annotatedSection = {
  key: z.string(),
  pageId: z.string(),
  blockId: z.string(),
  pageTitle: z.string(),
  title: z.string(),
};

export const noteSchema = z.object({ ...annotatedSection, body: z.string(), updatedAt: z.string() });
export type Note = z.infer<typeof noteSchema>;

export const bookmarkSchema = z.object({ ...annotatedSection, createdAt: z.string() });
export type Bookmark = z.infer<typeof bookmarkSchema>;

export const recognitionSchema = z.enum(['herken-ik', 'herken-ik-niet']);

export const reasonReflectionSchema = z.object({
  reasonNumber: z.number().int().min(1).max(10),
  recognition: recognitionSchema.nullable(),
  turnaround: z.string(),
  updatedAt: z.string().nullable(),
});
export type ReasonReflection = z.infer<typeof reasonReflectionSchema>;

export const pageSchema = z.object({ id: z.string(), title: z.string() });

/** Channels of De gids: content, search, notes, bookmarks and the reflection cards on the 10 reasons. */
export const guideChannels = {
  'guide.content': { input: z.undefined(), output: guideContentSchema },
  'guide.pages': { input: z.undefined(), output: z.array(pageSchema) },
  'guide.search': {
    input: z.strictObject({ query: z.string().max(limits.shortText, 'Zoek met maximaal 200 tekens.') }),
    output: z.object({ hits: z.array(searchHitSchema), total: z.number().int() }),
  },
  'guide.notes.list': { input: z.undefined(), output: z.array(noteSchema) },
  'guide.notes.save': {
    input: z.strictObject({ key: sectionKeySchema, body: longText }),
    output: noteSchema.nullable(),
  },
  'guide.bookmarks.list': { input: z.undefined(), output: z.array(bookmarkSchema) },
  'guide.bookmarks.set': {
    input: z.strictObject({ key: sectionKeySchema, on: z.boolean() }),
    output: z.array(bookmarkSchema),
  },
  'guide.reasons.list': { input: z.undefined(), output: z.array(reasonReflectionSchema) },
  'guide.reasons.save': {
    input: z.strictObject({
      reasonNumber: z.number().int().min(1).max(10),
      recognition: recognitionSchema.nullable().optional(),
      turnaround: longText.optional(),
    }),
    output: reasonReflectionSchema,
  },
} as const;
