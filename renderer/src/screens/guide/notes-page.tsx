import { useEffect } from 'react';
import type { Reasons } from '../../../../main/contract/guide-content';
import { formatDate } from '../../../../main/contract/self-analysis-format';
import { routeHref } from '../../app/routes';
import { ScreenHeading } from '../../components/screen-heading';
import { useGuideStore } from '../../stores/guide-store';
import { NotesExport } from './notes-export';

const recognitionWords = { 'herken-ik': 'Herken ik', 'herken-ik-niet': 'Herken ik niet' } as const;

/** All your notes and bookmarks in the guide, and your answers on the 10 reasons, on one page. */
export function NotesPage({ reasons }: { reasons: Reasons }) {
  const notes = useGuideStore((state) => state.notes);
  const bookmarks = useGuideStore((state) => state.bookmarks);
  const refresh = useGuideStore((state) => state.refreshAnnotations);
  useEffect(() => {
    void refresh();
  }, [refresh]);
  const noteList = Object.values(notes).filter((note) => note.body.trim() !== '' && note.pageId !== '');

  return (
    <>
      <ScreenHeading>Mijn notities en bladwijzers</ScreenHeading>
      <NotesExport />
      <h2>Bladwijzers</h2>
      {bookmarks.length === 0 ? (
        <p>Je hebt nog geen bladwijzers. Kies “Bladwijzer” bij een stuk tekst in de gids.</p>
      ) : (
        <ul className="annotation-list">
          {bookmarks.map((bookmark) => (
            <li key={bookmark.key}>
              <a href={routeHref('/gids', bookmark.pageId, bookmark.blockId)}>{bookmark.title}</a>
              <span className="muted"> — {bookmark.pageTitle}</span>
            </li>
          ))}
        </ul>
      )}
      <h2>Notities</h2>
      {noteList.length === 0 ? (
        <p>Je hebt nog geen notities. Kies “Notitie maken” bij een stuk tekst in de gids.</p>
      ) : (
        <ul className="annotation-list">
          {noteList.map((note) => (
            <li key={note.key}>
              <a href={routeHref('/gids', note.pageId, note.blockId)}>{note.title}</a>
              <span className="muted">
                {' '}
                — {note.pageTitle}
                {note.updatedAt ? `, ${formatDate(note.updatedAt)}` : ''}
              </span>
              <p className="note-text">{note.body}</p>
            </li>
          ))}
        </ul>
      )}
      <ReasonAnswers reasons={reasons} />
    </>
  );
}

/** The reflection cards on the 10 reasons that have an answer, each linking back to its card. */
function ReasonAnswers({ reasons }: { reasons: Reasons }) {
  const answers = useGuideStore((state) => state.reasons);
  const answered = reasons.reasons.flatMap((reason) => {
    const answer = answers[reason.number];
    return answer && (answer.recognition !== null || answer.turnaround.trim() !== '') ? [{ reason, answer }] : [];
  });
  return (
    <>
      <h2>Mijn antwoorden op de 10 redenen</h2>
      {answered.length === 0 ? (
        <p>
          Je hebt nog geen antwoorden. Bij <a href={routeHref('/gids', 'redenen')}>{reasons.title}</a> draai je elke
          reden om.
        </p>
      ) : (
        <ul className="annotation-list">
          {answered.map(({ reason, answer }) => (
            <li key={reason.number}>
              <a href={routeHref('/gids', 'redenen', `reden-${reason.number}`)}>
                {reason.number}. {reason.title}
              </a>
              {answer.recognition && <span className="muted"> — {recognitionWords[answer.recognition]}</span>}
              {answer.turnaround.trim() !== '' && <p className="note-text">{answer.turnaround}</p>}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
