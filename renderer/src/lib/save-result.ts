import type { Envelope } from '../../../main/contract/envelope';
import type { SaveResult } from './autosaver';

/**
 * A contract answer as an autosaver result. 'busy' (the file was locked or did not answer) and
 * 'internal' (main or the connection to it failed) may pass, so they are tried again; a refusal
 * of the input ('invalid-input', 'too-large', 'not-found', …) stays until the user changes it.
 */
export function saveResultOf(envelope: Envelope<unknown>): SaveResult {
  if (envelope.ok) return { ok: true };
  const transient = envelope.error.code === 'busy' || envelope.error.code === 'internal';
  return { ok: false, message: envelope.error.message, transient };
}

/** The part of a zod schema the renderer uses to check a value before sending it. */
export interface ContractSchema {
  safeParse(value: unknown): { success: boolean; error?: { issues: { message: string }[] } };
}

/** The message of the contract's own schema for this value (same limits, same Dutch), or undefined when it is fine. */
export function contractMessage(schema: ContractSchema, value: unknown): string | undefined {
  const parsed = schema.safeParse(value);
  return parsed.success ? undefined : (parsed.error?.issues[0]?.message ?? 'Deze invoer klopt niet.');
}
