import { useEffect, useRef, useState } from 'react';
import { flushAllAutosavers, hasUnsavedChanges } from '../lib/autosaver';
import { useLeaveQuestion } from '../lib/leave-question';
import { parseHash, routeHref } from './routes';

/**
 * The current screen, following `location.hash`; but a screen with fields that are not saved
 * is left only after they are written, or after the user said to leave them (leave-dialog).
 */
export function useRoute() {
  const [hash, setHash] = useState(() => window.location.hash);
  const shown = useRef(hash);

  useEffect(() => {
    async function follow() {
      const target = window.location.hash;
      if (target === shown.current) return;
      if (hasUnsavedChanges()) {
        // Stay on the screen (without a new history step) while its last changes are written.
        window.history.replaceState(null, '', shown.current || routeHref('/'));
        await flushAllAutosavers();
        if (hasUnsavedChanges()) return useLeaveQuestion.getState().ask({ kind: 'navigate', hash: target });
        window.history.replaceState(null, '', target);
      }
      shown.current = target;
      setHash(target);
    }
    const onHashChange = () => void follow();
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);

  return parseHash(hash);
}
