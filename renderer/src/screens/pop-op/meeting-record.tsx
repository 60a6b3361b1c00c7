import type { Meeting } from '../../../../main/contract/meeting-channels';
import { meetingSummary, nextMeetingLine } from '../../../../main/contract/meeting-format';
import { planStatusLabels } from '../../../../main/contract/pop-op-channels';
import { routeHref } from '../../app/routes';
import { useMeetingStore } from '../../stores/pop-op-meeting-store';

/**
 * One recorded meeting: the summary line, the version it froze, its agreements. With
 * `editable` (the meeting screen), each agreement that is no action yet has a button that makes
 * it one, and the version is a link; on the version's own screen neither.
 */
export function MeetingRecord({ meeting, editable }: { meeting: Meeting; editable: boolean }) {
  const busy = useMeetingStore((state) => state.busy);
  const agreementToAction = useMeetingStore((state) => state.agreementToAction);
  const versionStatus = meeting.outcome === 'voor-akkoord' ? 'vastgesteld' : 'besproken';
  return (
    <div className="meeting-record">
      <p className="meeting-summary">{meetingSummary(meeting)}</p>
      <p className="plan-meta">
        Bewaard als{' '}
        {editable ? (
          <a href={routeHref('/pop-op', meeting.planId, 'versies', meeting.versionId)}>
            versie {meeting.versionNumber}
          </a>
        ) : (
          `versie ${meeting.versionNumber}`
        )}{' '}
        ({planStatusLabels[versionStatus].toLowerCase()})
        {meeting.nextMeeting && <> · {nextMeetingLine(meeting.nextMeeting)}</>}
      </p>
      {meeting.agreements.length === 0 ? (
        <p>Geen afspraken vastgelegd.</p>
      ) : (
        <ol className="meeting-agreements">
          {meeting.agreements.map((agreement) => (
            <li key={agreement.id}>
              <span className="meeting-agreement-text">{agreement.text}</span>
              {agreement.actionId !== null ? (
                <span className="meeting-agreement-done"> · staat in je acties</span>
              ) : (
                editable && (
                  <button
                    type="button"
                    className="button-subtle"
                    disabled={busy}
                    onClick={() => void agreementToAction(agreement.id)}
                  >
                    Maak er een actie van<span className="visually-hidden"> (afspraak {agreement.position})</span>
                  </button>
                )
              )}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
