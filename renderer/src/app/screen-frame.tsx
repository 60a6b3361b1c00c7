import { type ReactNode, type RefObject, useEffect, useRef } from 'react';
import { markInteractive } from '../lib/interactive-mark';
import { prefetchScreens } from './lazy-screens';

/**
 * Wraps the current screen inside the Suspense boundary, so its effects run only once a
 * lazily loaded screen has mounted: then the new screen's heading exists to take the focus.
 */
export function ScreenFrame({
  routeKey,
  main,
  children,
}: {
  routeKey: string;
  main: RefObject<HTMLElement | null>;
  children: ReactNode;
}) {
  const previousRoute = useRef<string | undefined>(undefined);

  // Move focus to the new screen's heading so keyboard and screen reader users land there.
  useEffect(() => {
    const isFirstRender = previousRoute.current === undefined;
    previousRoute.current = routeKey;
    if (isFirstRender) {
      markInteractive();
      prefetchScreens();
      return;
    }
    // A screen that moved focus itself (to a linked block) keeps it.
    if (main.current?.contains(document.activeElement) && document.activeElement !== main.current) return;
    main.current?.querySelector<HTMLElement>('h1')?.focus();
  }, [routeKey, main]);

  return children;
}

/** Shown while a screen's chunk loads (rarely seen: the chunks are prefetched and local). */
export function ScreenLoading() {
  return (
    <p className="screen-loading" role="status" data-lazy-loading="">
      Even geduld, dit deel van het werkboek wordt geladen…
    </p>
  );
}
