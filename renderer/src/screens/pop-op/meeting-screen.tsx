import { useEffect, useRef } from 'react';
import { routeHref } from '../../app/routes';
import { ErrorMessage } from '../../components/error-message';
import { ScreenHeading } from '../../components/screen-heading';
import { useMeetingStore } from '../../stores/pop-op-meeting-store';
import { MeetingForm } from './meeting-form';
import { MeetingRecord } from './meeting-record';

/** "Gesprek vastleggen" (`#/pop-op/<id>/gesprek`): the form, or the meeting just recorded; below, earlier meetings. */
export function MeetingScreen({ planId }: { planId: number }) {
  const plan = useMeetingStore((state) => (state.plan?.id === planId ? state.plan : undefined));
  const meetings = useMeetingStore((state) => state.meetings);
  const loadError = useMeetingStore((state) => state.loadError);
  const error = useMeetingStore((state) => state.error);
  const justRecorded = useMeetingStore((state) => state.justRecorded);
  const { open, startAnother } = useMeetingStore.getState();

  useEffect(() => {
    void open(planId);
  }, [planId, open]);

  const recorded = meetings.find((meeting) => meeting.id === justRecorded);
  const earlier = meetings.filter((meeting) => meeting.id !== justRecorded);
  return (
    <>
      <p className="back-link">
        <a href={routeHref('/pop-op', planId)}>Terug naar het plan</a>
      </p>
      <ScreenHeading>Gesprek vastleggen</ScreenHeading>
      {plan && <p className="plan-meta">{plan.title.trim() || 'POP-OP zonder titel'}</p>}
      {loadError && <ErrorMessage message={loadError} />}
      {error && <ErrorMessage message={error} />}
      {!plan && !loadError && <p>Het plan wordt geladen…</p>}
      {plan && recorded && <RecordedState planId={planId} meetingKey={recorded.id} onAnother={startAnother} />}
      {plan && !recorded && (
        <p>
          Leg vast hoe het gesprek over je POP-OP ging. Het werkboek bewaart het plan zoals het nu is als nieuwe versie,
          met dit verslag erbij.
        </p>
      )}
      {plan && !recorded && <MeetingForm key={plan.id} plan={plan} />}
      {earlier.length > 0 && (
        <section aria-labelledby="eerdere-gesprekken-kop">
          <h2 id="eerdere-gesprekken-kop">Eerdere gesprekken</h2>
          {earlier.map((meeting) => (
            <MeetingRecord key={meeting.id} meeting={meeting} editable />
          ))}
        </section>
      )}
    </>
  );
}

/** After recording: a heading that takes focus, the record with its agreements, and the ways on. */
function RecordedState({ planId, meetingKey, onAnother }: { planId: number; meetingKey: number; onAnother(): void }) {
  const meeting = useMeetingStore((state) => state.meetings.find((candidate) => candidate.id === meetingKey));
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  if (!meeting) return null;
  return (
    <section aria-labelledby="vastgelegd-kop" className="meeting-recorded">
      <h2 id="vastgelegd-kop" ref={heading} tabIndex={-1}>
        Gesprek vastgelegd
      </h2>
      <MeetingRecord meeting={meeting} editable />
      <p className="button-row">
        <a className="button-primary" href={routeHref('/pop-op', planId)}>
          Naar het plan
        </a>
        <button type="button" className="button-subtle" onClick={onAnother}>
          Nog een gesprek vastleggen
        </button>
      </p>
    </section>
  );
}
