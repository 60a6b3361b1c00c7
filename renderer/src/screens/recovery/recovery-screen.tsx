import { useEffect, useRef, useState } from 'react';
import { ConfirmInline } from '../../components/confirm-inline';
import { ErrorMessage } from '../../components/error-message';
import { type RecoveryProblem, useRecoveryStore } from '../../stores/recovery-store';
import { BackupChooser } from './backup-chooser';
import { RecoveryDone } from './recovery-done';
import { formatDate, problemTitles } from './recovery-texts';

/** What happened, where the file is, and that it stays: the top of the recovery screen. */
function WhatHappened({ status }: { status: RecoveryProblem }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const repairable = status.choices.restore || status.choices.startEmpty;
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {problemTitles[status.problem]}
      </h1>
      <p className="lead">{status.message}</p>
      <h2>Waar staat het bestand?</h2>
      <p>
        <code className="file-path">{status.file}</code>
      </p>
      {repairable && (
        <p>
          Er gaat niets verloren: het werkboek verwijdert het bestand niet. Zet je een reservekopie terug of begin je
          leeg, dan zet het werkboek het bestand opzij in dezelfde map, als{' '}
          <code className="file-path">{status.asideName}</code>. Je IT-afdeling kan er dan nog naar kijken.
        </p>
      )}
    </>
  );
}

/** The choices: newest good backup, another backup, start empty, try again, quit. */
function Choices({ status }: { status: RecoveryProblem }) {
  const { busy, restore, startEmpty, retry, quitApp } = useRecoveryStore();
  const [confirmEmpty, setConfirmEmpty] = useState(false);
  const { newestGood, choices } = status;
  // Backups are newest first: those before the newest good one failed their check.
  const newerDamaged = newestGood ? status.backups.findIndex((backup) => backup.fileName === newestGood.fileName) : 0;
  return (
    <>
      <h2>Wat wil je doen?</h2>
      {newestGood && choices.restore && (
        <section aria-labelledby="herstel-nieuwste">
          <h3 id="herstel-nieuwste">De nieuwste goede reservekopie terugzetten</h3>
          <p>
            Deze is van {formatDate(newestGood.createdAt)}. Het werkboek heeft gecontroleerd dat hij in orde is.
            {newerDamaged > 0 &&
              (newerDamaged === 1
                ? ' Een nieuwere reservekopie is beschadigd; die slaat het werkboek over.'
                : ` ${newerDamaged} nieuwere reservekopieën zijn beschadigd; die slaat het werkboek over.`)}
          </p>
          <button type="button" className="button-primary" disabled={busy} onClick={() => void restore()}>
            Reservekopie van {formatDate(newestGood.createdAt)} terugzetten
          </button>
        </section>
      )}
      {choices.startEmpty && status.backups.length > 0 && (
        <section aria-labelledby="herstel-kiezen">
          <h3 id="herstel-kiezen">Een andere reservekopie kiezen</h3>
          <BackupChooser backups={status.backups} busy={busy} onRestore={(fileName) => void restore(fileName)} />
        </section>
      )}
      {choices.startEmpty && (
        <section aria-labelledby="herstel-leeg">
          <h3 id="herstel-leeg">Leeg beginnen</h3>
          {confirmEmpty ? (
            <ConfirmInline
              question="Je begint met een leeg werkboek. Het oude bestand blijft opzij bewaard."
              confirmLabel="Ja, leeg beginnen"
              busy={busy}
              onConfirm={() => void startEmpty()}
              onCancel={() => setConfirmEmpty(false)}
            />
          ) : (
            <button type="button" className="button-subtle" disabled={busy} onClick={() => setConfirmEmpty(true)}>
              Leeg beginnen
            </button>
          )}
        </section>
      )}
      <p className="button-row">
        {choices.retry && (
          <button type="button" className="button-primary" disabled={busy} onClick={() => void retry()}>
            Opnieuw proberen
          </button>
        )}
        <button type="button" className="button-subtle" disabled={busy} onClick={() => void quitApp()}>
          Afsluiten
        </button>
      </p>
    </>
  );
}

/**
 * The one screen main's recovery state shows, in both shells: what happened to the workbook
 * file, where it is, that it is kept aside (never deleted), and what the user can do.
 */
export function RecoveryScreen() {
  const { status, result, quit, error } = useRecoveryStore();
  useEffect(() => {
    document.title = 'Werkboek herstellen – Werkboek Overheidsparticipatie';
  }, []);
  return (
    <main className="recovery-screen">
      {quit ? (
        <>
          <h1>Het werkboek is afgesloten</h1>
          <p>Je kunt dit venster sluiten.</p>
        </>
      ) : result ? (
        <RecoveryDone result={result} />
      ) : status?.state === 'recovery' ? (
        <>
          <WhatHappened status={status} />
          {error && <ErrorMessage message={error} />}
          <Choices status={status} />
        </>
      ) : null}
    </main>
  );
}
