import * as z from 'zod';

/** Error codes every channel may answer with; the renderer may branch on them, users read the message. */
export const errorCodes = [
  'invalid-input',
  'unknown-channel',
  'not-found',
  'too-large',
  'data-file',
  'conflict',
  'internal',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export const contractErrorSchema = z.object({
  code: z.enum(errorCodes),
  /** Dutch, for the user: what happened and what to do. */
  message: z.string(),
});
export type ContractError = z.infer<typeof contractErrorSchema>;

/** The answer of every channel. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ContractError };

/** Thrown by services for an expected failure the user should read; mapped to an envelope by dispatch. */
export class UserFacingError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'UserFacingError';
  }
}
