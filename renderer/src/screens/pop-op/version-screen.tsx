import { useEffect } from 'react';
import { planStatusLabels } from '../../../../main/contract/pop-op-channels';
import { routeHref } from '../../app/routes';
import { ErrorMessage } from '../../components/error-message';
import { ScreenHeading } from '../../components/screen-heading';
import { usePopOpStore } from '../../stores/pop-op-store';
import { ComparisonView } from './comparison-view';
import { MeetingOfVersion } from './meeting-version';
import { formatDateTime } from './pop-op-format';
import { SnapshotView } from './snapshot-view';

/** A stored version of a plan: read-only, or compared with the plan as it is now. */
export function VersionScreen({ planId, versionId, compare }: { planId: number; versionId: number; compare: boolean }) {
  const view = usePopOpStore((state) => state.versionView);
  const template = usePopOpStore((state) => state.template);
  const { loadVersion, loadTemplate } = usePopOpStore.getState();

  useEffect(() => {
    void loadTemplate();
    void loadVersion(planId, versionId, compare);
  }, [planId, versionId, compare, loadVersion, loadTemplate]);

  const version = view.kind === 'view' ? view.version : view.kind === 'compare' ? view.comparison.version : undefined;
  const title = view.kind === 'view' || view.kind === 'compare' ? view.title : '';
  const base = routeHref('/pop-op', planId, 'versies', versionId);
  return (
    <>
      <p className="back-link">
        <a href={routeHref('/pop-op', planId)}>Terug naar het plan</a>
      </p>
      <ScreenHeading>
        {version ? `${title || 'POP-OP'}: versie ${version.number}` : 'Versie van je POP-OP'}
      </ScreenHeading>
      {version && (
        <p className="plan-meta">
          {planStatusLabels[version.status]} · bewaard op {formatDateTime(version.createdAt)} · alleen lezen
        </p>
      )}
      <MeetingOfVersion versionId={versionId} />
      <nav aria-label="Versie" className="version-tabs">
        <a href={base} aria-current={compare ? undefined : 'page'}>
          Zo zag deze versie eruit
        </a>
        <a href={`${base}/vergelijk`} aria-current={compare ? 'page' : undefined}>
          Vergelijken met nu
        </a>
      </nav>
      {view.kind === 'loading' && <p>De versie wordt geladen…</p>}
      {view.kind === 'error' && <ErrorMessage message={view.message} />}
      {template && view.kind === 'view' && <SnapshotView snapshot={view.snapshot} template={template} />}
      {template && view.kind === 'compare' && <ComparisonView comparison={view.comparison} template={template} />}
    </>
  );
}
