import { useEffect, useState } from 'react';
import type { AppInfo } from '../../../main/contract/app-channels';
import type { Colophon } from '../../../main/contract/guide-content';
import { call } from '../api/client';
import { ErrorMessage } from '../components/error-message';
import { Markdown } from '../components/markdown';
import { ScreenHeading } from '../components/screen-heading';

/** Over: the app, its version, the guide it is built on, and its promise to stay offline. */
export function AboutScreen() {
  const [info, setInfo] = useState<AppInfo>();
  const [colophon, setColophon] = useState<Colophon>();
  const [error, setError] = useState<string>();

  useEffect(() => {
    void call('app.info', undefined).then((result) =>
      result.ok ? setInfo(result.value) : setError(result.error.message),
    );
    void call('guide.content', undefined).then((result) =>
      result.ok ? setColophon(result.value.colophon) : setError(result.error.message),
    );
  }, []);

  return (
    <>
      <ScreenHeading>Over dit werkboek</ScreenHeading>
      {error && <ErrorMessage message={error} />}
      <p>
        Werkboek Overheidsparticipatie{info ? `, versie ${info.version}` : ''}. Het werkboek maakt geen verbinding met
        internet: alles wat je invult, blijft op deze computer.
      </p>
      <section aria-labelledby="bron-kop">
        <h2 id="bron-kop">Gebaseerd op de gids</h2>
        {colophon ? (
          <>
            <p>
              De inhoud is in eigen woorden bewerkt naar de gids <cite>{colophon.guideTitle}</cite>, uitgegeven door{' '}
              {colophon.publisher} in {colophon.month} {colophon.year}. Alleen de 27 stellingen van de zelfanalyses
              komen letterlijk uit de gids.
            </p>
            <Markdown text={colophon.body} />
          </>
        ) : (
          <p>De gegevens van de gids worden geladen…</p>
        )}
      </section>
    </>
  );
}
