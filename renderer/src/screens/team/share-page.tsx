import { useEffect, useId, useState } from 'react';
import type { FileDelivery } from '../../../../main/contract/file-channels';
import type { RunSummary } from '../../../../main/contract/self-analysis-channels';
import { runTitle } from '../../../../main/contract/self-analysis-format';
import type { SharePreview } from '../../../../main/contract/team-channels';
import { call } from '../../api/client';
import { ErrorMessage } from '../../components/error-message';
import { FileDeliveryResult } from '../../components/file-delivery-result';
import { ScreenHeading } from '../../components/screen-heading';
import { SharePreviewView } from './share-preview';
import { teamHref } from './team-route';

const scopeWords = (run: RunSummary) => (run.scope === 'all' ? 'alle thema’s' : 'één thema');

/** Member side: pick a complete run, enter the round code, see exactly what the file holds, save it. */
export function SharePage({ runId }: { runId: number | undefined }) {
  const [runs, setRuns] = useState<RunSummary[]>();
  const [chosen, setChosen] = useState<number | undefined>(runId);
  const [code, setCode] = useState('');
  const [preview, setPreview] = useState<SharePreview>();
  const [delivery, setDelivery] = useState<FileDelivery>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const id = useId();

  useEffect(() => {
    void call('selfAnalysis.list', undefined).then((result) => {
      if (!result.ok) return setError(result.error.message);
      const complete = result.value.filter((run) => run.complete);
      setRuns(complete);
      // A run from the address that is not complete (or no longer there) cannot be shared: take the newest complete one.
      setChosen((current) => (complete.some((run) => run.id === current) ? current : complete[0]?.id));
    });
  }, []);

  const reset = () => {
    setPreview(undefined);
    setDelivery(undefined);
    setError(undefined);
  };
  const run = async <T,>(work: () => Promise<T>) => {
    setBusy(true);
    try {
      return await work();
    } finally {
      setBusy(false);
    }
  };

  if (runs && runs.length === 0) {
    return (
      <>
        <ScreenHeading>Deel anoniem met je team</ScreenHeading>
        <p>
          Je kunt alleen een complete zelfanalyse delen. <a href="#/zelfanalyses">Vul eerst een zelfanalyse in</a>.
        </p>
      </>
    );
  }

  return (
    <>
      <ScreenHeading>Deel anoniem met je team</ScreenHeading>
      <p className="lead">
        Je maakt een klein bestand met je antwoorden, zonder je naam. Dat stuur je zelf naar degene die de teamspiegel
        maakt, bijvoorbeeld per mail of via een gedeelde map.
      </p>
      <form
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          if (chosen === undefined) return;
          reset();
          void run(async () => {
            const result = await call('team.sharePreview', { runId: chosen, roundCode: code });
            if (result.ok) setPreview(result.value);
            else setError(result.error.message);
          });
        }}
      >
        <div className="form-field">
          <label htmlFor={`${id}-run`}>Welke zelfanalyse deel je?</label>
          <select
            id={`${id}-run`}
            value={chosen ?? ''}
            onChange={(event) => {
              setChosen(Number(event.target.value));
              reset();
            }}
          >
            {(runs ?? []).map((option) => (
              <option key={option.id} value={option.id}>
                {runTitle(option)} ({scopeWords(option)})
              </option>
            ))}
          </select>
        </div>
        <div className="form-field">
          <label htmlFor={`${id}-code`}>Rondecode</label>
          <p className="form-hint" id={`${id}-code-hint`}>
            De code die je van je team hebt gekregen, bijvoorbeeld WIJKZAKEN-2027-VJ.
          </p>
          <input
            id={`${id}-code`}
            value={code}
            aria-describedby={`${id}-code-hint`}
            autoCapitalize="characters"
            spellCheck={false}
            onChange={(event) => {
              setCode(event.target.value);
              reset();
            }}
          />
        </div>
        <p>
          <button type="submit" className="button button-secondary" disabled={busy || chosen === undefined}>
            Bekijk wat je deelt
          </button>
        </p>
      </form>
      {error && <ErrorMessage message={error} />}
      {preview && (
        <>
          <SharePreviewView preview={preview} />
          <p>
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() =>
                void run(async () => {
                  if (chosen === undefined) return;
                  const result = await call('team.share', { runId: chosen, roundCode: preview.roundCode });
                  if (result.ok) setDelivery(result.value);
                  else setError(result.error.message);
                })
              }
            >
              Bestand opslaan
            </button>
          </p>
          {delivery && <FileDeliveryResult delivery={delivery} />}
        </>
      )}
      <p>
        <a href={teamHref({ page: 'overview' })}>Terug naar Teamspiegel</a>
      </p>
    </>
  );
}
