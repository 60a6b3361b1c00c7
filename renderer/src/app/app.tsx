import { Suspense, useEffect, useRef } from 'react';
import { screenOf } from './lazy-screens';
import { LeaveDialog } from './leave-dialog';
import { Navigation } from './navigation';
import { routeHref, routes } from './routes';
import { ScreenErrorBoundary } from './screen-error-boundary';
import { ScreenFrame, ScreenLoading } from './screen-frame';
import { useRecordVisit } from './use-record-visit';
import { useRoute } from './use-route';
import { useSearchShortcut } from './use-search-shortcut';

/**
 * The app's frame: skip link, navigation and the current screen. A screen that fails to render
 * shows its own error inside the frame, so the menu stays; leaving a screen or closing the
 * window with fields that are not saved asks first.
 */
export function App({ closeAnyway }: { closeAnyway(): void }) {
  const { path, rest } = useRoute();
  useSearchShortcut();
  useRecordVisit(path, rest);
  const main = useRef<HTMLElement>(null);
  const routeKey = `${path}/${rest}`;
  const Screen = screenOf[path];

  // Electron's menu opens screens through the bridge; the browser host has no menu.
  useEffect(
    () =>
      window.api?.onNavigate?.((target) => {
        window.location.hash = routeHref(target);
      }),
    [],
  );

  useEffect(() => {
    const route = routes.find((r) => r.path === path);
    document.title =
      route && path !== '/' ? `${route.title} – Werkboek Overheidsparticipatie` : 'Werkboek Overheidsparticipatie';
  }, [path]);

  return (
    <div className="app">
      {/* A button, not an anchor: the URL hash is the router's, "#inhoud" would leave the screen. */}
      <button
        type="button"
        className="skip-link"
        onClick={() => main.current?.querySelector<HTMLElement>('h1')?.focus()}
      >
        Naar de inhoud
      </button>
      <header className="app-header">
        <a className="app-name" href={routeHref('/')}>
          Werkboek Overheidsparticipatie
        </a>
      </header>
      <Navigation current={path} />
      <main id="inhoud" className="app-main" ref={main}>
        <ScreenErrorBoundary routeKey={routeKey}>
          <Suspense fallback={<ScreenLoading />}>
            <ScreenFrame routeKey={routeKey} main={main}>
              <Screen rest={rest} />
            </ScreenFrame>
          </Suspense>
        </ScreenErrorBoundary>
      </main>
      <LeaveDialog closeAnyway={closeAnyway} />
    </div>
  );
}
