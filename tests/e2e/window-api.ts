import type { Page } from '@playwright/test';
import type { Bridge, ChannelInput, ChannelName } from '../../main/contract/channels';

// The page's window.api, typed by the contract as the renderer sees it, for code the tests run
// in the page (page.evaluate). Types only: nothing of main is loaded into the page.
declare global {
  interface Window {
    api: Bridge;
  }
}

/**
 * Calls the contract through the page's own bridge (the same `window.api` the screens use)
 * and gives the answer's value; a refusal fails the test with main's Dutch message. The input
 * is checked by main, like anything the page sends, so a test may send any shape.
 */
export async function callApi<T>(page: Page, channel: ChannelName, input: unknown): Promise<T> {
  const envelope = await page.evaluate(([name, value]) => window.api.call(name, value as ChannelInput<typeof name>), [
    channel,
    input,
  ] as const);
  if (!envelope.ok) throw new Error(`${channel}: ${envelope.error.message}`);
  return envelope.value as T;
}
