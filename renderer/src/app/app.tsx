import { type ReactNode, Suspense, useEffect, useRef } from 'react';
import { HomeScreen } from '../screens/home-screen';
import {
  AboutScreen,
  FinancingScreen,
  GuideScreen,
  PopOpScreen,
  SelfAnalysisScreen,
  SettingsScreen,
  TeamScreen,
} from './lazy-screens';
import { LeaveDialog } from './leave-dialog';
import { Navigation } from './navigation';
import { type RoutePath, routes } from './routes';
import { ScreenErrorBoundary } from './screen-error-boundary';
import { ScreenFrame, ScreenLoading } from './screen-frame';
import { useRoute } from './use-route';
import { useSearchShortcut } from './use-search-shortcut';

function screenFor(path: RoutePath, rest: string): ReactNode {
  switch (path) {
    case '/':
      return <HomeScreen />;
    case '/gids':
      return <GuideScreen rest={rest} />;
    case '/zelfanalyses':
      return <SelfAnalysisScreen rest={rest} />;
    case '/pop-op':
      return <PopOpScreen rest={rest} />;
    case '/financiering':
      return <FinancingScreen rest={rest} />;
    case '/teamspiegel':
      return <TeamScreen rest={rest} />;
    case '/instellingen':
      return <SettingsScreen />;
    case '/over':
      return <AboutScreen />;
  }
}

/**
 * The app's frame: skip link, navigation and the current screen. A screen that fails to render
 * shows its own error inside the frame, so the menu stays; leaving a screen or closing the
 * window with fields that are not saved asks first.
 */
export function App({ closeAnyway }: { closeAnyway(): void }) {
  const { path, rest } = useRoute();
  useSearchShortcut();
  const main = useRef<HTMLElement>(null);
  const routeKey = `${path}/${rest}`;

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
        <a className="app-name" href="#/">
          Werkboek Overheidsparticipatie
        </a>
      </header>
      <Navigation current={path} />
      <main id="inhoud" className="app-main" ref={main}>
        <ScreenErrorBoundary routeKey={routeKey}>
          <Suspense fallback={<ScreenLoading />}>
            <ScreenFrame routeKey={routeKey} main={main}>
              {screenFor(path, rest)}
            </ScreenFrame>
          </Suspense>
        </ScreenErrorBoundary>
      </main>
      <LeaveDialog closeAnyway={closeAnyway} />
    </div>
  );
}
