import type { PlanFieldKey } from '../../../../main/contract/pop-op-channels';
import { DateField } from '../../components/date-field';
import { TextField } from '../../components/text-field';
import { usePopOpStore } from '../../stores/pop-op-store';
import { ProfileSaveBack } from './profile-save-back';

const fields: { key: Exclude<PlanFieldKey, 'nu' | 'richting' | 'nodig' | 'meetingDate'>; label: string }[] = [
  { key: 'title', label: 'Titel van dit plan' },
  { key: 'period', label: 'Periode' },
  { key: 'employeeName', label: 'Naam' },
  { key: 'jobTitle', label: 'Functie' },
  { key: 'organisation', label: 'Organisatie' },
  { key: 'department', label: 'Afdeling' },
  { key: 'manager', label: 'Leidinggevende' },
];

/** Title, period and the profile printed on page 1 of the PDF. */
export function PlanDetails() {
  // The fields take their stored text once, when they mount; typing must not re-render them all.
  const planId = usePopOpStore((state) => state.plan?.id);
  const plan = planId === undefined ? undefined : usePopOpStore.getState().plan;
  const fieldErrors = usePopOpStore((state) => state.fieldErrors);
  const changePlanField = usePopOpStore((state) => state.changePlanField);
  const flushAll = usePopOpStore((state) => state.flushAll);
  if (!plan) return null;
  return (
    <section aria-labelledby="gegevens-kop">
      <h2 id="gegevens-kop">Gegevens voor je gesprek</h2>
      <p className="form-hint">
        Je naam, functie en leidinggevende komen uit Instellingen. Verander je ze hier, dan geldt dat alleen voor dit
        plan, tenzij je ze ook voor volgende plannen gebruikt.
      </p>
      <div className="details-grid">
        {fields.map((field) => (
          <TextField
            key={field.key}
            label={field.label}
            defaultValue={plan[field.key]}
            error={fieldErrors[`plan.${field.key}`]}
            onChange={(value) => changePlanField(field.key, value)}
            onBlur={() => void flushAll()}
          />
        ))}
        <DateField
          label="Datum van het gesprek"
          defaultValue={plan.meetingDate}
          error={fieldErrors['plan.meetingDate']}
          onChange={(value) => changePlanField('meetingDate', value)}
          onBlur={() => void flushAll()}
        />
      </div>
      <ProfileSaveBack />
    </section>
  );
}
