import { useEffect } from 'react';
import type { Profile } from '../../../main/contract/app-channels';
import { ErrorMessage } from '../components/error-message';
import { SaveStatus } from '../components/save-status';
import { ScreenHeading } from '../components/screen-heading';
import { fieldMessage } from '../lib/save-summary';
import { useSettingsStore } from '../stores/settings-store';
import { DataSafetySection } from './data-safety-section';
import { ReminderSetting } from './home/reminder-setting';
import { PrintSettingsSection } from './print-settings-section';

const fields: { key: keyof Profile; label: string; hint?: string }[] = [
  { key: 'name', label: 'Naam' },
  { key: 'jobTitle', label: 'Functie' },
  { key: 'organisation', label: 'Organisatie', hint: 'Bijvoorbeeld: Gemeente Utrecht' },
  { key: 'department', label: 'Afdeling' },
  { key: 'manager', label: 'Leidinggevende' },
];

const dataDirExplanations = {
  default: 'Dit is de standaardplaats op deze computer.',
  argument: 'Deze map is bij het starten gekozen met --data-dir.',
  environment: 'Deze map is gekozen met de omgevingsvariabele WERKBOEK_DATA_DIR.',
  portable: 'Je gebruikt de draagbare versie: de gegevens staan naast het programma.',
} as const;

/** Instellingen: the profile printed on the POP-OP, how it is printed, and where the data file lives. */
export function SettingsScreen() {
  const { profile, health, loadError, saveStates, load, change, flush } = useSettingsStore();

  useEffect(() => {
    void load();
    return () => void useSettingsStore.getState().flush();
  }, [load]);

  return (
    <>
      <ScreenHeading>Instellingen</ScreenHeading>
      {loadError && <ErrorMessage message={loadError} />}
      <section aria-labelledby="profiel-kop">
        <h2 id="profiel-kop">Jouw gegevens</h2>
        <p>Deze gegevens komen op je POP-OP. Wat je typt, wordt meteen bewaard.</p>
        {profile && (
          <form className="form" onSubmit={(event) => event.preventDefault()}>
            {fields.map((field) => {
              const error = fieldMessage(saveStates[field.key]);
              const describedBy = [field.hint && `profiel-${field.key}-hint`, error && `profiel-${field.key}-error`];
              return (
                <div className="form-field" key={field.key}>
                  <label htmlFor={`profiel-${field.key}`}>{field.label}</label>
                  {field.hint && (
                    <p className="form-hint" id={`profiel-${field.key}-hint`}>
                      {field.hint}
                    </p>
                  )}
                  <input
                    id={`profiel-${field.key}`}
                    type="text"
                    autoComplete="off"
                    value={profile[field.key]}
                    aria-describedby={describedBy.filter(Boolean).join(' ') || undefined}
                    aria-invalid={error ? true : undefined}
                    onChange={(event) => change(field.key, event.target.value)}
                    onBlur={() => void flush()}
                  />
                  {error && (
                    <p className="error-message" id={`profiel-${field.key}-error`} role="alert">
                      {error}
                    </p>
                  )}
                </div>
              );
            })}
            <SaveStatus states={saveStates} />
          </form>
        )}
      </section>
      <ReminderSetting />
      <PrintSettingsSection />
      <section aria-labelledby="gegevens-kop">
        <h2 id="gegevens-kop">Waar je gegevens staan</h2>
        {health ? (
          <>
            <p>Alles wat je in het werkboek invult, staat in één bestand op deze computer:</p>
            <p>
              <code className="file-path">{health.dataFile}</code>
            </p>
          </>
        ) : (
          <p>De plaats van je gegevens wordt opgehaald…</p>
        )}
        {health && <p>{dataDirExplanations[health.dataDirSource]}</p>}
      </section>
      <DataSafetySection />
    </>
  );
}
