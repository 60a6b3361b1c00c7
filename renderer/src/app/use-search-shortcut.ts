import { useEffect } from 'react';
import { routeHref } from './routes';

/** Ctrl+K or Ctrl+F (Cmd on macOS) opens the search in the guide from anywhere. */
export function useSearchShortcut(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const modifier = event.ctrlKey || event.metaKey;
      if (!modifier || event.altKey || event.shiftKey) return;
      if (event.key.toLowerCase() !== 'k' && event.key.toLowerCase() !== 'f') return;
      event.preventDefault();
      if (window.location.hash.startsWith(routeHref('/gids', 'zoeken'))) {
        document.querySelector<HTMLInputElement>('input[type="search"]')?.focus();
      } else {
        window.location.hash = routeHref('/gids', 'zoeken');
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
