import type { Bridge, ChannelInput, ChannelName, ChannelOutput } from '../../../main/contract/channels';
import type { ContractError, Envelope } from '../../../main/contract/envelope';

declare global {
  interface Window {
    /** Put there by the Electron preload or by the browser host's bridge script. */
    readonly api?: Bridge;
  }
}

const missingBridge: ContractError = {
  code: 'internal',
  message: 'Het werkboek is niet goed gestart: de verbinding met de gegevens ontbreekt. Start het werkboek opnieuw.',
};

/** Calls a contract channel and returns its envelope; never throws. */
export async function call<C extends ChannelName>(
  channel: C,
  input: ChannelInput<C>,
): Promise<Envelope<ChannelOutput<C>>> {
  if (!window.api) return { ok: false, error: missingBridge };
  return window.api.call(channel, input);
}

/** A failed call as an Error, for code paths that prefer throwing. */
export class CallError extends Error {
  constructor(readonly error: ContractError) {
    super(error.message);
    this.name = 'CallError';
  }
}

/** Calls a channel and returns its value, throwing CallError with the Dutch message on failure. */
export async function callOrThrow<C extends ChannelName>(
  channel: C,
  input: ChannelInput<C>,
): Promise<ChannelOutput<C>> {
  const envelope = await call(channel, input);
  if (!envelope.ok) throw new CallError(envelope.error);
  return envelope.value;
}
