import { useEffect } from 'react';

/**
 * A loading message is replaced by the real screen with a new h1, which drops the focus the
 * app gave the old one. When `ready` changes and focus fell back to the page, give it to the new heading.
 */
export function useHeadingFocusAfterLoading(ready: unknown): void {
  useEffect(() => {
    const active = document.activeElement;
    if (ready && (active === null || active === document.body)) document.querySelector<HTMLElement>('main h1')?.focus();
  }, [ready]);
}
