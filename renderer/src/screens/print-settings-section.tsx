import { useEffect, useId } from 'react';
import type { LogoView } from '../../../main/contract/print-settings-channels';
import { ErrorMessage } from '../components/error-message';
import { FilePickerButton } from '../components/file-picker-button';
import { usePrintSettingsStore } from '../stores/print-settings-store';

/** The stored logo as it will be printed: a preview, its file name and size. */
function LogoPreview({ logo }: { logo: LogoView }) {
  return (
    <figure className="logo-preview">
      <img src={logo.dataUrl} alt="Voorbeeld van je logo" />
      <figcaption>
        {logo.fileName} ({logo.mime === 'image/png' ? 'PNG' : 'JPEG'}, {logo.width} × {logo.height} pixels)
      </figcaption>
    </figure>
  );
}

/**
 * Instellingen › Afdrukken: the marking "Vertrouwelijk – personeelsdossier" and the
 * organisation's logo on the POP-OP, picked with the app's Dutch file button.
 */
export function PrintSettingsSection() {
  const { settings, busy, error, done, load, setConfidential, chooseLogo, removeLogo } = usePrintSettingsStore();
  const id = useId();

  useEffect(() => {
    void load();
  }, [load]);

  if (!settings) return null;
  return (
    <section aria-labelledby={`${id}-kop`}>
      <h2 id={`${id}-kop`}>Afdrukken van je POP-OP</h2>
      <div className="checkbox-option">
        <input
          id={`${id}-vertrouwelijk`}
          type="checkbox"
          checked={settings.confidential}
          disabled={busy}
          aria-describedby={`${id}-vertrouwelijk-hint`}
          onChange={(event) => void setConfidential(event.target.checked)}
        />
        <label htmlFor={`${id}-vertrouwelijk`}>Zet “Vertrouwelijk – personeelsdossier” op de POP-OP</label>
        <p id={`${id}-vertrouwelijk-hint`} className="form-hint">
          Bovenaan de eerste pagina en in de kop van elke volgende pagina.
        </p>
      </div>

      <h3>Logo van je organisatie</h3>
      <p className="form-hint" id={`${id}-logo-hint`}>
        Het logo komt linksboven op de eerste pagina van je POP-OP, naast de naam van je organisatie. Kies een PNG- of
        JPEG-bestand van hoogstens 1 MB.
      </p>
      {settings.logo ? <LogoPreview logo={settings.logo} /> : <p>Je hebt nog geen logo gekozen.</p>}
      <p className="logo-buttons">
        <FilePickerButton
          label={settings.logo ? 'Andere afbeelding kiezen…' : 'Kies een afbeelding…'}
          accept="image/png,image/jpeg"
          disabled={busy}
          describedBy={`${id}-logo-hint`}
          testId="logo-bestand"
          onFiles={([file]) => {
            if (file) void chooseLogo(file);
          }}
        />
        {settings.logo && (
          <button type="button" className="button-subtle" disabled={busy} onClick={() => void removeLogo()}>
            Verwijderen
          </button>
        )}
      </p>
      {error && <ErrorMessage message={error} />}
      <p role="status" className="save-status">
        {busy ? 'Bezig…' : (done ?? '')}
      </p>
    </section>
  );
}
