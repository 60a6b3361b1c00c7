import { type RoutePath, routeHref, routes } from './routes';

/** The main navigation; the current screen is marked for assistive technology. */
export function Navigation({ current }: { current: RoutePath }) {
  return (
    <nav className="app-nav" aria-label="Hoofdmenu">
      <ul>
        {routes.map((route) => (
          <li key={route.path}>
            <a href={routeHref(route.path)} aria-current={route.path === current ? 'page' : undefined}>
              {route.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
