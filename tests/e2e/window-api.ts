import type { Bridge } from '../../main/contract/channels';

// The page's window.api, typed by the contract as the renderer sees it, for code the tests run
// in the page (page.evaluate). Types only: nothing of main is loaded into the page.
declare global {
  interface Window {
    api: Bridge;
  }
}
