import { type ChannelName, type ChannelOutput, channels } from '../../main/contract/channels';
import type { ContractError } from '../../main/contract/envelope';
import type { FileDelivery } from '../../main/contract/file-channels';
import { describeIssues, dispatch } from '../../main/services/dispatch';
import type { Workbook } from '../../main/services/workbook';

/**
 * Checks a handler's answer against the channel's output schema: the contract promises the
 * renderer that shape, and nothing in the app checks it at run time (that would cost every call).
 */
export function expectValidOutput(channel: ChannelName, value: unknown): void {
  const checked = channels[channel].output.safeParse(value);
  if (!checked.success) {
    throw new Error(`${channel} answered outside its output schema: ${describeIssues(checked.error)}`);
  }
}

/**
 * Calls a channel through dispatch, as both shells do (input parsed from unknown, handler,
 * envelope), checks the answer against the channel's output schema and returns it. A refusal
 * fails the test. Plain `throw`, so it also serves scripts run outside Vitest.
 */
export async function callOk<C extends ChannelName>(
  workbook: Workbook,
  channel: C,
  input?: unknown,
): Promise<ChannelOutput<C>> {
  const result = await dispatch(workbook.handlers, channel, input);
  if (!result.ok) throw new Error(`${channel} failed: ${result.error.message}`);
  expectValidOutput(channel, result.value);
  return result.value as ChannelOutput<C>;
}

/** Calls a channel that must refuse and returns its error. */
export async function callFails(workbook: Workbook, channel: ChannelName, input?: unknown): Promise<ContractError> {
  const result = await dispatch(workbook.handlers, channel, input);
  if (result.ok) throw new Error(`${channel} should have failed`);
  return result.error;
}

/** The path of an export the test workbook saved (its deliverer saves into `dataDir/exports`). */
export function savedPath(delivery: FileDelivery): string {
  if (delivery.kind !== 'saved') throw new Error(`expected a saved file, got ${delivery.kind}`);
  return delivery.path;
}
