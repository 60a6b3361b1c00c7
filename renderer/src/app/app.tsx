import { type ReactNode, useEffect, useRef } from 'react';
import { markInteractive } from '../lib/interactive-mark';
import { AboutScreen } from '../screens/about-screen';
import { FinancingScreen } from '../screens/financing/financing-screen';
import { GuideScreen } from '../screens/guide/guide-screen';
import { HomeScreen } from '../screens/home-screen';
import { PopOpScreen } from '../screens/pop-op/pop-op-screen';
import { SelfAnalysisScreen } from '../screens/self-analysis/self-analysis-screen';
import { SettingsScreen } from '../screens/settings-screen';
import { Navigation } from './navigation';
import { type RoutePath, routes } from './routes';
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
    case '/instellingen':
      return <SettingsScreen />;
    case '/over':
      return <AboutScreen />;
  }
}

/** The app's frame: skip link, navigation and the current screen. */
export function App() {
  const { path, rest } = useRoute();
  useSearchShortcut();
  const main = useRef<HTMLElement>(null);
  const previousRoute = useRef<string | undefined>(undefined);
  const routeKey = `${path}/${rest}`;

  useEffect(() => markInteractive(), []);

  useEffect(() => {
    const route = routes.find((r) => r.path === path);
    document.title =
      route && path !== '/' ? `${route.title} – Werkboek Overheidsparticipatie` : 'Werkboek Overheidsparticipatie';
  }, [path]);

  // Move focus to the new screen's heading so keyboard and screen reader users land there.
  useEffect(() => {
    const isFirstRender = previousRoute.current === undefined;
    previousRoute.current = routeKey;
    if (isFirstRender) return;
    // A screen that moved focus itself (to a linked block) keeps it.
    if (main.current?.contains(document.activeElement) && document.activeElement !== main.current) return;
    main.current?.querySelector<HTMLElement>('h1')?.focus();
  }, [routeKey]);

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
        {screenFor(path, rest)}
      </main>
    </div>
  );
}
