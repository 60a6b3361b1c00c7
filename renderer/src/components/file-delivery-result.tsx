import { useEffect, useRef, useState } from 'react';
import type { FileDelivery } from '../../../main/contract/file-channels';
import { call } from '../api/client';
import { ErrorMessage } from './error-message';

/**
 * What happened to an exported file, with the next step: "Openen" and "Toon in map" after a
 * save (Electron), or the download started by the browser (browser host).
 */
export function FileDeliveryResult({ delivery }: { delivery: FileDelivery }) {
  const [error, setError] = useState<string>();
  const started = useRef<string | undefined>(undefined);

  useEffect(() => {
    if (delivery.kind !== 'download' || started.current === delivery.url) return;
    started.current = delivery.url;
    const link = document.createElement('a');
    link.href = delivery.url;
    link.download = delivery.fileName;
    document.body.append(link);
    link.click();
    link.remove();
  }, [delivery]);

  const run = async (channel: 'file.open' | 'file.showInFolder', path: string) => {
    const result = await call(channel, { path });
    setError(result.ok ? undefined : result.error.message);
  };

  if (delivery.kind === 'cancelled') return <p role="status">Niet opgeslagen.</p>;
  if (delivery.kind === 'download') {
    return (
      <p role="status">
        Het bestand “{delivery.fileName}” wordt gedownload. Je vindt het in je map Downloads.{' '}
        <a href={delivery.url} download={delivery.fileName}>
          Opnieuw downloaden
        </a>
      </p>
    );
  }
  return (
    <div role="status" className="delivery-result">
      <p>
        Opgeslagen: <code className="file-path">{delivery.path}</code>
      </p>
      <p className="button-row">
        <button type="button" className="button-subtle" onClick={() => void run('file.open', delivery.path)}>
          Openen
        </button>
        <button type="button" className="button-subtle" onClick={() => void run('file.showInFolder', delivery.path)}>
          Toon in map
        </button>
      </p>
      {error && <ErrorMessage message={error} />}
    </div>
  );
}
