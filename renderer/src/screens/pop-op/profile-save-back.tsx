import { useState } from 'react';
import { call } from '../../api/client';
import { ErrorMessage } from '../../components/error-message';
import { usePopOpStore } from '../../stores/pop-op-store';

type Outcome = { kind: 'idle' } | { kind: 'saved' } | { kind: 'failed'; message: string };

/**
 * "Ook voor volgende plannen gebruiken": the name, job, organisation, department and manager as
 * typed in this plan become the ones in Instellingen, which a new plan starts with.
 */
export function ProfileSaveBack() {
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const [busy, setBusy] = useState(false);

  const save = async () => {
    const plan = usePopOpStore.getState().plan;
    if (!plan) return;
    setBusy(true);
    const result = await call('settings.set', {
      profile: {
        name: plan.employeeName,
        jobTitle: plan.jobTitle,
        organisation: plan.organisation,
        department: plan.department,
        manager: plan.manager,
      },
    });
    setBusy(false);
    setOutcome(result.ok ? { kind: 'saved' } : { kind: 'failed', message: result.error.message });
  };

  return (
    <div className="profile-save-back">
      <p>
        <button type="button" className="button-subtle" disabled={busy} onClick={() => void save()}>
          Ook voor volgende plannen gebruiken
        </button>
      </p>
      {/* Always in the page, so the confirmation is announced when it appears. */}
      <p role="status" className="profile-save-back-status">
        {outcome.kind === 'saved' &&
          'Bewaard in Instellingen. Een volgend plan begint met deze naam, functie, organisatie, afdeling en leidinggevende.'}
      </p>
      {outcome.kind === 'failed' && <ErrorMessage message={outcome.message} />}
    </div>
  );
}
