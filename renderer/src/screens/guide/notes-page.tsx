import { useEffect } from 'react';
import { ScreenHeading } from '../../components/screen-heading';
import { useGuideStore } from '../../stores/guide-store';

const dateFormat = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' });

/** All your notes and bookmarks in the guide on one page. */
export function NotesPage() {
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
      <h2>Bladwijzers</h2>
      {bookmarks.length === 0 ? (
        <p>Je hebt nog geen bladwijzers. Kies “Bladwijzer” bij een stuk tekst in de gids.</p>
      ) : (
        <ul className="annotation-list">
          {bookmarks.map((bookmark) => (
            <li key={bookmark.key}>
              <a href={`#/gids/${bookmark.pageId}/${bookmark.blockId}`}>{bookmark.title}</a>
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
              <a href={`#/gids/${note.pageId}/${note.blockId}`}>{note.title}</a>
              <span className="muted">
                {' '}
                — {note.pageTitle}
                {note.updatedAt ? `, ${dateFormat.format(new Date(note.updatedAt))}` : ''}
              </span>
              <p className="note-text">{note.body}</p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
