import { useState } from 'react';
import type { RunDetail } from '../../../../main/contract/self-analysis-channels';
import { runTitle } from '../../../../main/contract/self-analysis-format';
import { ErrorMessage } from '../../components/error-message';
import { useSelfAnalysisStore } from '../../stores/self-analysis-store';
import { ConfirmDialog } from './confirm-dialog';
import { PdfExport } from './pdf-export';
import { selfAnalysisHref } from './self-analysis-route';

/** Name, PDF and delete for one run. */
export function ManageRun({ run }: { run: RunDetail }) {
  const rename = useSelfAnalysisStore((state) => state.rename);
  const remove = useSelfAnalysisStore((state) => state.remove);
  const actionError = useSelfAnalysisStore((state) => state.actionError);
  const [name, setName] = useState(run.name);
  const [renamed, setRenamed] = useState(false);
  const [confirming, setConfirming] = useState(false);

  return (
    <section aria-labelledby="beheren-kop" className="manage-run">
      <h2 id="beheren-kop">Bewaren en delen</h2>
      <form
        className="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          void rename(name).then(setRenamed);
        }}
      >
        <div className="form-field">
          <label htmlFor="run-naam">Naam van deze zelfanalyse</label>
          <p className="form-hint" id="run-naam-hint">
            Bijvoorbeeld: Voor mijn jaargesprek. Zonder naam krijgt de zelfanalyse de datum en tijd als naam.
          </p>
          <input
            id="run-naam"
            type="text"
            value={name}
            maxLength={200}
            aria-describedby="run-naam-hint"
            onChange={(event) => {
              setName(event.target.value);
              setRenamed(false);
            }}
          />
        </div>
        <button type="submit" className="button">
          Naam bewaren
        </button>
        <p className="save-status" role="status">
          {renamed ? 'Naam bewaard' : ''}
        </p>
      </form>
      <PdfExport runId={run.id} />
      <p>
        <button type="button" className="button button-danger-outline" onClick={() => setConfirming(true)}>
          Deze zelfanalyse verwijderen
        </button>
      </p>
      {actionError && <ErrorMessage message={actionError} />}
      <ConfirmDialog
        open={confirming}
        title="Zelfanalyse verwijderen?"
        confirmLabel="Ja, verwijderen"
        cancelLabel="Nee, bewaren"
        onClose={() => setConfirming(false)}
        onConfirm={() => {
          void remove().then((done) => {
            setConfirming(false);
            if (done) window.location.hash = selfAnalysisHref({ page: 'overview' });
          });
        }}
      >
        <p>
          Je verwijdert “{runTitle(run)}” met alle antwoorden, reflecties en wat je hebt aangevinkt om mee aan de slag
          te gaan. Dit kun je niet ongedaan maken.
        </p>
      </ConfirmDialog>
    </section>
  );
}
