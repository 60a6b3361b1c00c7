import type { DashboardSummary } from '../../../../main/contract/dashboard-channels';
import { routeHref } from '../../app/routes';

/** The three notes in the guide written or changed last, each a link to its place in the guide. */
export function NotesCard({ notes }: { notes: DashboardSummary['recentNotes'] }) {
  return (
    <section aria-labelledby="home-notities-kop" className="home-card">
      <h2 id="home-notities-kop">Je laatste notities</h2>
      {notes.length === 0 ? (
        <p>
          Je hebt nog geen notities. In <a href={routeHref('/gids')}>de gids</a> kun je bij elk stuk tekst een notitie
          maken.
        </p>
      ) : (
        <ul className="home-notes">
          {notes.map((note) => (
            <li key={`${note.pageId}/${note.blockId}`}>
              <a href={routeHref('/gids', note.pageId, note.blockId)}>{note.title}</a>
              <span className="home-muted"> · {note.pageTitle}</span>
            </li>
          ))}
        </ul>
      )}
      {notes.length > 0 && (
        <p>
          <a href={routeHref('/gids', 'notities')}>Al je notities en bladwijzers</a>
        </p>
      )}
    </section>
  );
}
