import { useState } from 'react';
import type { FileDelivery } from '../../../../main/contract/file-channels';
import { call } from '../../api/client';
import { ErrorMessage } from '../../components/error-message';
import { FileDeliveryResult } from '../../components/file-delivery-result';
import { useSelfAnalysisStore } from '../../stores/self-analysis-store';

/** "Maak een pdf": main builds the PDF of this run; the shell saves it or offers it as a download. */
export function PdfExport({ runId }: { runId: number }) {
  const [busy, setBusy] = useState(false);
  const [delivery, setDelivery] = useState<FileDelivery>();
  const [error, setError] = useState<string>();
  return (
    <div className="pdf-export">
      <p>
        <button
          type="button"
          className="button button-secondary"
          disabled={busy}
          onClick={async () => {
            setBusy(true);
            setDelivery(undefined);
            // Answers or reflections still on their way belong in the PDF.
            await useSelfAnalysisStore.getState().flush();
            const result = await call('selfAnalysis.exportPdf', { runId });
            setBusy(false);
            setError(result.ok ? undefined : result.error.message);
            if (result.ok) setDelivery(result.value);
          }}
        >
          {busy ? 'De pdf wordt gemaakt…' : 'Maak een pdf van deze zelfanalyse'}
        </button>
      </p>
      {delivery && <FileDeliveryResult delivery={delivery} />}
      {error && <ErrorMessage message={error} />}
    </div>
  );
}
