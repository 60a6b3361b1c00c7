import { createContext, useContext } from 'react';

/**
 * The block a search result led to (`#/gids/<page>/<block>/gevonden`): it is marked on the
 * page until the user goes elsewhere.
 */
export const FoundBlockContext = createContext<string | undefined>(undefined);

/** Whether this block is the one a search result led to. */
export function useIsFoundBlock(blockId: string): boolean {
  return useContext(FoundBlockContext) === blockId;
}

/** The last segment of a block link that came from the search page. */
export const foundSegment = 'gevonden';
