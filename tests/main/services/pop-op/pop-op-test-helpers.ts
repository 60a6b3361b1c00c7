import { expect } from 'vitest';
import type { ChannelName, ChannelOutput } from '../../../../main/contract/channels';
import type { Envelope } from '../../../../main/contract/envelope';
import { dispatch } from '../../../../main/services/dispatch';
import type { Workbook } from '../../../../main/services/workbook';

/** Calls a channel through dispatch (input parsed like in the app) and returns its value, failing the test otherwise. */
export async function callOk<C extends ChannelName>(
  workbook: Workbook,
  channel: C,
  input: unknown,
): Promise<ChannelOutput<C>> {
  const result = (await dispatch(workbook.handlers, channel, input)) as Envelope<ChannelOutput<C>>;
  if (!result.ok) expect.fail(`${channel} failed: ${result.error.message}`);
  return result.value;
}

/** Calls a channel that must fail and returns its error. */
export async function callFails(workbook: Workbook, channel: ChannelName, input: unknown) {
  const result = await dispatch(workbook.handlers, channel, input);
  if (result.ok) expect.fail(`${channel} should have failed`);
  return result.error;
}
