import * as z from 'zod';
// One locale, not `z.locales`: that namespace would bundle all fifty of them (~700 kB to parse at start).
import nl from 'zod/v4/locales/nl.js';
import { type ChannelName, channels, type Handlers, isChannelName } from '../contract/channels';
import { type Envelope, UserFacingError } from '../contract/envelope';

// Validation messages in Dutch, for every schema parsed in main.
z.config(nl());

/** Turns zod issues into one Dutch sentence naming the field, e.g. "profile.name: Deze tekst is te lang". */
export function describeIssues(error: z.ZodError): string {
  const parts = error.issues.slice(0, 3).map((issue) => {
    const path = issue.path.map(String).join('.');
    return path ? `${path}: ${issue.message}` : issue.message;
  });
  return `Ongeldige invoer. ${parts.join('; ')}`;
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
