import type { Handlers } from '../../contract/channels';
import type { WorkbookContext } from '../workbook-context';
import type { DashboardService } from './dashboard-service';

/** Handlers of the start screen. */
export function createDashboardHandlers(_context: WorkbookContext, { dashboard }: { dashboard: DashboardService }) {
  return {
    'dashboard.summary': () => dashboard.summary(),
    'dashboard.visit': (visit) => dashboard.settings.visit(visit),
    'dashboard.settings.get': () => dashboard.settings.get(),
    'dashboard.settings.set': (settings) => dashboard.settings.set(settings),
  } satisfies Partial<Handlers>;
}
