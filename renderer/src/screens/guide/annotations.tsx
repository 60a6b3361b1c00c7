import { useEffect, useId, useRef, useState } from 'react';
import { SaveStatus } from '../../components/save-status';
import { TextField } from '../../components/text-field';
import { fieldMessage } from '../../lib/save-summary';
import { useGuideStore } from '../../stores/guide-store';

/** Bookmark and personal note on one block of the guide. */
export function Annotations({ sectionKey, title }: { sectionKey: string; title: string }) {
  const note = useGuideStore((state) => state.notes[sectionKey]);
  const bookmarked = useGuideStore((state) => state.bookmarks.some((b) => b.key === sectionKey));
  const save = useGuideStore((state) => state.saveStates[`note:${sectionKey}`]);
  const bookmarkError = useGuideStore((state) => state.saveStates[`bookmark:${sectionKey}`]);
  const { editNote, setBookmark, flushAll } = useGuideStore.getState();
  const [open, setOpen] = useState(false);
  const noteId = useId();
  const showNote = open || Boolean(note?.body);
  const textarea = useRef<(HTMLInputElement & HTMLTextAreaElement) | null>(null);

  // The user asked for a note: put the cursor in it.
  useEffect(() => {
    if (open) textarea.current?.focus();
  }, [open]);

  return (
    // Quiet until wanted: shown on hover and keyboard focus (guide.css), always once in use.
    <div className={`annotations${bookmarked || showNote ? ' annotations--in-use' : ''}`}>
      <div className="annotation-buttons">
        <button
          type="button"
          className="button-subtle"
          aria-pressed={bookmarked}
          onClick={() => void setBookmark(sectionKey, !bookmarked)}
        >
          {bookmarked ? '★ Bladwijzer' : '☆ Bladwijzer'}
          <span className="visually-hidden"> bij {title}</span>
        </button>
        {!showNote && (
          <button
            type="button"
            className="button-subtle"
            aria-expanded={false}
            aria-controls={noteId}
            onClick={() => setOpen(true)}
          >
            Notitie maken<span className="visually-hidden"> bij {title}</span>
          </button>
        )}
      </div>
      {bookmarkError?.state === 'error' && (
        <p className="error-message" role="alert">
          {bookmarkError.message}
        </p>
      )}
      {showNote && (
        <div className="note-field" id={noteId}>
          <TextField
            label={`Jouw notitie bij “${title}”`}
            multiline
            rows={3}
            defaultValue={note?.body ?? ''}
            inputRef={textarea}
            onChange={(value) => editNote(sectionKey, value)}
            onBlur={() => void flushAll()}
            error={fieldMessage(save)}
          />
          <SaveStatus states={{ field: save }} />
        </div>
      )}
    </div>
  );
}
