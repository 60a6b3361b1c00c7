import { lazy, type ReactNode, Suspense, useEffect } from 'react';
import { useRecoveryStore } from '../stores/recovery-store';

const RecoveryScreen = lazy(() =>
  import('../screens/recovery/recovery-screen').then((module) => ({ default: module.RecoveryScreen })),
);

/**
 * Asks main once whether the workbook is open. When main started in its recovery state
 * (the workbook file could not be used), the recovery screen takes the whole window; a
 * choice there that opens the workbook shows what it did, then the app reloads.
 */
export function RecoveryGate({ children }: { children: ReactNode }) {
  const status = useRecoveryStore((state) => state.status);
  const result = useRecoveryStore((state) => state.result);
  const load = useRecoveryStore((state) => state.load);
  useEffect(() => {
    void load();
  }, [load]);
  if (status === undefined) return null;
  if (status.state === 'ok' && result === undefined) return children;
  return (
    <Suspense fallback={null}>
      <RecoveryScreen />
    </Suspense>
  );
}
