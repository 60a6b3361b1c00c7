import { useEffect } from 'react';
import { lastMeetingLine, meetingDateLine } from '../../../../main/contract/preparation-format';
import { routeHref } from '../../app/routes';
import { ErrorMessage } from '../../components/error-message';
import { ScreenHeading } from '../../components/screen-heading';
import { usePreparationStore } from '../../stores/preparation-store';
import { PreparationActions } from './preparation-actions';
import { PreparationChanges } from './preparation-changes';
import { PreparationExport } from './preparation-export';
import { TalkingPoints } from './preparation-talking-points';
import { PreparationThemes } from './preparation-themes';

/** The preparation of one plan: bespreekpunten to write, then what main prepared, then the PDF. */
export function PreparationView({ planId }: { planId: number }) {
  const preparation = usePreparationStore((state) => state.preparation);
  const loadError = usePreparationStore((state) => state.loadError);
  useEffect(() => {
    void usePreparationStore.getState().load(planId);
  }, [planId]);

  const ready = preparation?.planId === planId ? preparation : undefined;
  return (
    <>
      <p className="back-link">
        <a href={routeHref('/pop-op', planId)}>Terug naar het plan</a>
      </p>
      <ScreenHeading>{ready ? `Gesprek voorbereiden: ${ready.planTitle}` : 'Gesprek voorbereiden'}</ScreenHeading>
      {loadError && <ErrorMessage message={loadError} />}
      {!ready && !loadError && <p>De voorbereiding wordt gemaakt…</p>}
      {ready && (
        <div className="preparation">
          <p className="plan-meta">
            Gesprek op: {meetingDateLine(ready)} · Vorig gesprek: {lastMeetingLine(ready)}
          </p>
          <p>
            Neem deze voorbereiding mee naar het gesprek met je leidinggevende. Schrijf hieronder op wat je zeker wilt
            bespreken; de rest haalt het werkboek uit je plan en je zelfanalyses.
          </p>
          <TalkingPoints preparation={ready} />
          <PreparationActions preparation={ready} />
          <PreparationChanges preparation={ready} />
          <PreparationThemes preparation={ready} />
          <PreparationExport />
        </div>
      )}
    </>
  );
}
