import { useEffect } from 'react';
import type { Reminder } from '../../../../main/contract/meeting-channels';
import { routeHref } from '../../app/routes';
import { ErrorMessage } from '../../components/error-message';
import { useMeetingStore } from '../../stores/pop-op-meeting-store';

/** Where a reminder leads: a passed meeting to its record, anything else to the plan. */
function reminderHref(reminder: Reminder): string {
  const recordIt = reminder.kind === 'meeting' && reminder.daysUntil < 0;
  return recordIt ? routeHref('/pop-op', reminder.planId, 'gesprek') : routeHref('/pop-op', reminder.planId);
}

/** On the plan list: coming meetings and deadlines that passed or fall within two weeks, until dealt with. */
export function MeetingReminders() {
  const reminders = useMeetingStore((state) => state.reminders);
  const remindersError = useMeetingStore((state) => state.remindersError);
  const loadReminders = useMeetingStore((state) => state.loadReminders);
  useEffect(() => {
    void loadReminders();
  }, [loadReminders]);
  if (remindersError) return <ErrorMessage message={remindersError} />;
  if (!reminders || reminders.length === 0) return null;
  return (
    <section aria-labelledby="herinneringen-kop" className="meeting-reminders">
      <h2 id="herinneringen-kop">Om op te letten</h2>
      <ul>
        {reminders.map((reminder) => (
          <li key={`${reminder.kind}-${reminder.kind === 'action' ? reminder.actionId : reminder.planId}`}>
            <a href={reminderHref(reminder)}>{reminder.text}</a>
            <span className="muted"> · {reminder.planTitle.trim() || 'POP-OP zonder titel'}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
