import { fileDeliverySchema } from './file-channels';
import { guideContentSchema } from './guide-content';
import { limits, longText } from './limits';
import { z } from './zod';

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

/**
 * The examples under the search field: typed without accents or in another form, and a word
 * of the guide each one finds (a test searches every one of them).
 */
export const searchHintExamples = [
  { typed: 'ideeen', finds: 'ideeën' },
  { typed: 'financiele', finds: 'financiële' },
  { typed: 'subsidie', finds: 'subsidies' },
] as const;

/** The kinds of the user's own texts the search finds, each shown under its own heading. */
export const ownTextKinds = ['note', 'reason', 'reflection', 'pop-op'] as const;
export const ownTextKindSchema = z.enum(ownTextKinds);
export type OwnTextKind = z.infer<typeof ownTextKindSchema>;

/** Where a hit in the user's own texts leads: a block of the guide, a reflection page, a plan. */
export const ownTextLinkSchema = z.discriminatedUnion('to', [
  z.object({ to: z.literal('guide'), pageId: z.string(), blockId: z.string() }),
  z.object({ to: z.literal('reflection'), runId: z.number().int(), themeId: z.string() }),
  z.object({ to: z.literal('pop-op'), planId: z.number().int() }),
]);
export type OwnTextLink = z.infer<typeof ownTextLinkSchema>;

export const ownTextHitSchema = z.object({
  /** Where the text stands, as the screen names it ("Wat kan er beter?"). */
  title: z.string(),
  /** What it belongs to ("Notitie bij 2. Doel", "POP-OP “2027”"). */
  context: z.string(),
  link: ownTextLinkSchema,
  snippet: z.array(snippetPartSchema),
});
export type OwnTextHit = z.infer<typeof ownTextHitSchema>;

export const ownTextGroupSchema = z.object({
  kind: ownTextKindSchema,
  total: z.number().int(),
  hits: z.array(ownTextHitSchema),
});
export type OwnTextGroup = z.infer<typeof ownTextGroupSchema>;

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
    output: z.object({
      hits: z.array(searchHitSchema),
      total: z.number().int(),
      /** The user's own texts that match, per kind (only kinds with a match). */
      own: z.array(ownTextGroupSchema),
      /** Words from the synonyms table that were searched as well ("wijkbudget" for "burgerbegroting"). */
      alsoSearched: z.array(z.string()),
    }),
  },
  'guide.notes.list': { input: z.undefined(), output: z.array(noteSchema) },
  /** Notes, bookmarks and the answers on the 10 reasons as one Markdown file, delivered like the PDFs. */
  'guide.notes.export': { input: z.undefined(), output: fileDeliverySchema },
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
