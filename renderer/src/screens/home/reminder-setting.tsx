import { useEffect, useState } from 'react';
import { call } from '../../api/client';

type SaveState = { kind: 'idle' } | { kind: 'saved' } | { kind: 'error'; message: string };

/**
 * Instellingen: after how many months Start asks "tijd voor een nieuwe?" about the
 * self-analysis. Saved as soon as it changes; main checks the number and says what is wrong.
 */
export function ReminderSetting() {
  const [months, setMonths] = useState<string>();
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  useEffect(() => {
    void call('dashboard.settings.get', undefined).then((result) => {
      if (result.ok) setMonths(String(result.value.selfAnalysisReminderMonths));
      else setState({ kind: 'error', message: result.error.message });
    });
  }, []);

  const save = async (value: string) => {
    setMonths(value);
    if (value.trim() === '')
      return setState({ kind: 'error', message: 'Vul een aantal maanden in, van 1 tot en met 36.' });
    const result = await call('dashboard.settings.set', { selfAnalysisReminderMonths: Number(value) });
    setState(result.ok ? { kind: 'saved' } : { kind: 'error', message: result.error.message });
  };

  return (
    <section aria-labelledby="herinnering-kop">
      <h2 id="herinnering-kop">Nieuwe zelfanalyse</h2>
      {months !== undefined && (
        <div className="form-field">
          <label htmlFor="herinnering-maanden">Na hoeveel maanden vraagt Start om een nieuwe zelfanalyse?</label>
          <p className="form-hint" id="herinnering-maanden-hint">
            Van 1 tot en met 36 maanden. Het werkboek begint met 6.
          </p>
          <input
            id="herinnering-maanden"
            type="number"
            inputMode="numeric"
            min={1}
            max={36}
            step={1}
            className="input-months"
            value={months}
            aria-describedby={
              state.kind === 'error' ? 'herinnering-maanden-hint herinnering-maanden-fout' : 'herinnering-maanden-hint'
            }
            aria-invalid={state.kind === 'error' ? true : undefined}
            onChange={(event) => void save(event.target.value)}
          />
          {state.kind === 'error' && (
            <p className="error-message" id="herinnering-maanden-fout" role="alert">
              {state.message}
            </p>
          )}
        </div>
      )}
      {/* Announced politely, without a second role="status" beside the profile's on this screen. */}
      <p className="save-status" aria-live="polite">
        {state.kind === 'saved' ? 'Bewaard' : ''}
      </p>
    </section>
  );
}
