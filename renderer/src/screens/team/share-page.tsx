import { useId } from 'react';
import type { RunSummary } from '../../../../main/contract/self-analysis-channels';
import { runTitle } from '../../../../main/contract/self-analysis-format';
import { routeHref } from '../../app/routes';
import { ErrorMessage } from '../../components/error-message';
import { FileDeliveryResult } from '../../components/file-delivery-result';
import { ScreenHeading } from '../../components/screen-heading';
import { SharePreviewView } from './share-preview';
import { teamHref } from './team-route';
import { useShare } from './use-share';

const scopeWords = (run: RunSummary) => (run.scope === 'all' ? 'alle thema’s' : 'één thema');

/** Member side: pick a complete run, enter the round code, see exactly what the file holds, save it. */
export function SharePage({ runId }: { runId: number | undefined }) {
  const share = useShare(runId);
  if (share.runs && share.runs.length === 0) {
    return (
      <>
        <ScreenHeading>Deel anoniem met je team</ScreenHeading>
        <p>
          Je kunt alleen een complete zelfanalyse delen.{' '}
          <a href={routeHref('/zelfanalyses')}>Vul eerst een zelfanalyse in</a>.
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
      <ShareForm share={share} />
      {share.error && <ErrorMessage message={share.error} />}
      {share.preview && (
        <>
          <SharePreviewView preview={share.preview} />
          <p>
            <button type="button" className="button" disabled={share.busy} onClick={() => void share.save()}>
              Bestand opslaan
            </button>
          </p>
          {share.delivery && <FileDeliveryResult delivery={share.delivery} />}
        </>
      )}
      <p>
        <a href={teamHref({ page: 'overview' })}>Terug naar Teamspiegel</a>
      </p>
    </>
  );
}

function ShareForm({ share }: { share: ReturnType<typeof useShare> }) {
  const id = useId();
  return (
    <form
      className="form"
      onSubmit={(event) => {
        event.preventDefault();
        void share.showPreview();
      }}
    >
      <div className="form-field">
        <label htmlFor={`${id}-run`}>Welke zelfanalyse deel je?</label>
        <select
          id={`${id}-run`}
          value={share.chosen ?? ''}
          onChange={(event) => share.chooseRun(Number(event.target.value))}
        >
          {(share.runs ?? []).map((option) => (
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
          value={share.code}
          aria-describedby={`${id}-code-hint`}
          autoCapitalize="characters"
          spellCheck={false}
          onChange={(event) => share.setCode(event.target.value)}
        />
      </div>
      <p>
        <button type="submit" className="button button-secondary" disabled={share.busy || share.chosen === undefined}>
          Bekijk wat je deelt
        </button>
      </p>
    </form>
  );
}
