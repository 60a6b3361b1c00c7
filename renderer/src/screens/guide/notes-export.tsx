import { useState } from 'react';
import type { FileDelivery } from '../../../../main/contract/file-channels';
import { call } from '../../api/client';
import { ErrorMessage } from '../../components/error-message';
import { FileDeliveryResult } from '../../components/file-delivery-result';
import { useGuideStore } from '../../stores/guide-store';

/** "Bewaar als tekstbestand": main writes the notes, bookmarks and reasons as Markdown; the shell saves it. */
export function NotesExport() {
  const [busy, setBusy] = useState(false);
  const [delivery, setDelivery] = useState<FileDelivery>();
  const [error, setError] = useState<string>();
  const exportNotes = async () => {
    setBusy(true);
    setDelivery(undefined);
    // A note still being typed belongs in the file.
    await useGuideStore.getState().flushAll();
    const result = await call('guide.notes.export', undefined);
    setBusy(false);
    setError(result.ok ? undefined : result.error.message);
    if (result.ok) setDelivery(result.value);
  };
  return (
    <div className="notes-export">
      <p>
        <button type="button" className="button-subtle" disabled={busy} onClick={() => void exportNotes()}>
          {busy ? 'Het bestand wordt gemaakt…' : 'Bewaar alles als tekstbestand (Markdown)'}
        </button>
      </p>
      <p className="form-hint">Een .md-bestand dat je opent in Kladblok, Word of een Markdown-lezer.</p>
      {delivery && <FileDeliveryResult delivery={delivery} />}
      {error && <ErrorMessage message={error} />}
    </div>
  );
}
