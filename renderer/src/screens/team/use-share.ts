import { useEffect, useState } from 'react';
import type { FileDelivery } from '../../../../main/contract/file-channels';
import type { RunSummary } from '../../../../main/contract/self-analysis-channels';
import type { SharePreview } from '../../../../main/contract/team-channels';
import { call } from '../../api/client';

/** State of the share page: the complete runs, the chosen one, the round code, the preview and the saved file. */
export function useShare(runId: number | undefined) {
  const [runs, setRuns] = useState<RunSummary[]>();
  const [chosen, setChosenRun] = useState<number | undefined>(runId);
  const [code, setCodeText] = useState('');
  const [preview, setPreview] = useState<SharePreview>();
  const [delivery, setDelivery] = useState<FileDelivery>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void call('selfAnalysis.list', undefined).then((result) => {
      if (!result.ok) return setError(result.error.message);
      const complete = result.value.filter((run) => run.complete);
      setRuns(complete);
      // A run from the address that is not complete (or no longer there) cannot be shared: take the newest complete one.
      setChosenRun((current) => (complete.some((run) => run.id === current) ? current : complete[0]?.id));
    });
  }, []);

  // Whatever changes after a preview makes it stale: it must be looked at again before saving.
  const reset = () => {
    setPreview(undefined);
    setDelivery(undefined);
    setError(undefined);
  };
  const busyWith = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } finally {
      setBusy(false);
    }
  };

  return {
    runs,
    chosen,
    code,
    preview,
    delivery,
    error,
    busy,
    chooseRun(id: number) {
      setChosenRun(id);
      reset();
    },
    setCode(text: string) {
      setCodeText(text);
      reset();
    },
    showPreview: () =>
      busyWith(async () => {
        if (chosen === undefined) return;
        reset();
        const result = await call('team.sharePreview', { runId: chosen, roundCode: code });
        if (result.ok) setPreview(result.value);
        else setError(result.error.message);
      }),
    save: () =>
      busyWith(async () => {
        if (chosen === undefined || !preview) return;
        const result = await call('team.share', { runId: chosen, roundCode: preview.roundCode });
        if (result.ok) setDelivery(result.value);
        else setError(result.error.message);
      }),
  };
}
