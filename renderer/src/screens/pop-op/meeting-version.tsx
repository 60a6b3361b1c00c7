import { useEffect } from 'react';
import { useMeetingStore } from '../../stores/pop-op-meeting-store';
import { MeetingRecord } from './meeting-record';

/** On a version's screen: the meeting that froze this version, if one was recorded. */
export function MeetingOfVersion({ versionId }: { versionId: number }) {
  const found = useMeetingStore((state) =>
    state.versionMeeting?.versionId === versionId ? state.versionMeeting.meeting : undefined,
  );
  const loadVersionMeeting = useMeetingStore((state) => state.loadVersionMeeting);
  useEffect(() => {
    void loadVersionMeeting(versionId);
  }, [versionId, loadVersionMeeting]);
  if (!found) return null;
  return (
    <section aria-labelledby="versie-gesprek-kop" className="meeting-of-version">
      <h2 id="versie-gesprek-kop">Het gesprek</h2>
      <MeetingRecord meeting={found} editable={false} />
    </section>
  );
}
