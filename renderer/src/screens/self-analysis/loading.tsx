import { ErrorMessage } from '../../components/error-message';
import { ScreenHeading } from '../../components/screen-heading';
import { selfAnalysisHref } from './self-analysis-route';

/** Shown while a page's data is on its way, or instead of it when loading failed. */
export function Loading({ heading, error }: { heading: string; error: string | undefined }) {
  return (
    <>
      <ScreenHeading>{heading}</ScreenHeading>
      {error ? (
        <>
          <ErrorMessage message={error} />
          <p>
            <a href={selfAnalysisHref({ page: 'overview' })}>Terug naar Zelfanalyses</a>
          </p>
        </>
      ) : (
        <p>Bezig met laden…</p>
      )}
    </>
  );
}
