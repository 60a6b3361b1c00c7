import type { z } from 'zod';
import { type ChannelName, channels, type Handlers, isChannelName } from '../contract/channels';
import { type Envelope, UserFacingError } from '../contract/envelope';

/** Turns zod issues into one Dutch sentence naming the field, e.g. "profile.name: Deze tekst is te lang". */
export function describeIssues(error: z.ZodError): string {
  const parts = error.issues.slice(0, 3).map((issue) => {
    const path = issue.path.map(String).join('.');
    return path ? `${path}: ${issue.message}` : issue.message;
  });
  return `Ongeldige invoer. ${parts.join('; ')}`;
}

const busyMessage =
  'Het werkboek kon dit nu niet bewaren: het bestand was even bezet of niet bereikbaar. Het probeert het vanzelf opnieuw.';

/**
 * SQLite's answers that may pass: another process holds the file (BUSY, LOCKED) or the disk
 * did not answer (IOERR). The renderer's autosaver tries these again; anything else is final.
 */
export function isTransientSqliteError(error: unknown): boolean {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  return /^SQLITE_(BUSY|LOCKED|IOERR)/.test(code);
}

/** Reports a failure that was not expected, so it ends up in the log of whichever shell runs. */
export type ErrorReporter = (channel: string, error: unknown) => void;

/**
 * Runs one contract call: checks the channel, parses the untrusted input, calls the
 * handler and wraps the answer in an envelope. Never throws.
 */
export async function dispatch(
  handlers: Handlers,
  channel: unknown,
  rawInput: unknown,
  reportError: ErrorReporter = () => {},
): Promise<Envelope<unknown>> {
  if (!isChannelName(channel)) {
    return {
      ok: false,
      error: { code: 'unknown-channel', message: 'Deze functie bestaat niet in deze versie van het werkboek.' },
    };
  }
  const parsed = channels[channel].input.safeParse(rawInput);
  if (!parsed.success) {
    return { ok: false, error: { code: 'invalid-input', message: describeIssues(parsed.error) } };
  }
  try {
    const handler = handlers[channel] as (input: unknown) => unknown;
    const value = await handler(parsed.data);
    return { ok: true, value };
  } catch (error) {
    if (error instanceof UserFacingError) return { ok: false, error: { code: error.code, message: error.message } };
    reportError(channel, error);
    if (isTransientSqliteError(error)) return { ok: false, error: { code: 'busy', message: busyMessage } };
    return {
      ok: false,
      error: {
        code: 'internal',
        message:
          'Er ging iets mis in het werkboek. Probeer het opnieuw. Blijft dit gebeuren? Start het werkboek dan opnieuw.',
      },
    };
  }
}

export type { ChannelName };
