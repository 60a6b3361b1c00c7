/**
 * The part of zod the app uses, and nothing else: `z` (main/contract/zod.ts) is this module's
 * namespace. Re-exporting zod's own namespace would hand every bundle all of zod: its fifty
 * locales, JSON-schema conversion and the compiler (~740 kB that main parsed at every start).
 * Need another zod function? Add its name here.
 */

export type { infer, input, output } from 'zod';
export {
  array,
  boolean,
  config,
  discriminatedUnion,
  enum,
  iso,
  literal,
  null,
  number,
  object,
  record,
  strictObject,
  string,
  tuple,
  undefined,
  union,
  unknown,
  ZodError,
  ZodType,
} from 'zod';
