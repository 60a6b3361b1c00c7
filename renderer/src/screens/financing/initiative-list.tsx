import { useEffect, useRef, useState } from 'react';
import type { FinancingModelView, InitiativeSummary } from '../../../../main/contract/financing-channels';
import { routeHref } from '../../app/routes';
import { ConfirmInline } from '../../components/confirm-inline';
import { ErrorMessage } from '../../components/error-message';
import { ScreenHeading } from '../../components/screen-heading';
import { useFinancingStore } from '../../stores/financing-store';
import { NewInitiativeForm } from './new-initiative-form';
import { displayName } from './steps';

const updated = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeStyle: 'short' });

/** The saved initiatives: open, duplicate, delete (with confirmation), or start a new one. */
export function InitiativeList({ model }: { model: FinancingModelView }) {
  const { list, actionError, loadList, duplicate, remove } = useFinancingStore();
  const [confirming, setConfirming] = useState<number>();
  const [announcement, setAnnouncement] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    void loadList();
  }, [loadList]);

  const formName = (id: string) => model.forms.find((f) => f.id === id)?.name ?? id;

  async function copy(item: InitiativeSummary) {
    const id = await duplicate(item.id);
    if (id !== undefined)
      setAnnouncement(`Kopie gemaakt van “${displayName(item.name)}”. Die staat bovenaan de lijst.`);
  }

  async function confirmDelete(item: InitiativeSummary) {
    if (await remove(item.id)) {
      setConfirming(undefined);
      setAnnouncement(`“${displayName(item.name)}” is verwijderd.`);
      heading.current?.focus();
    }
  }

  return (
    <>
      <ScreenHeading>Financieringshulp</ScreenHeading>
      <p className="lead">
        Denk met een initiatiefnemer na over geld. Eerst kijk je of geld wel de vraag is, en waar het geld voor is. Dan
        zie je welke van de negen financieringsvormen uit de gids kunnen helpen. Daarna weeg je zes vragen uit de gids,
        en zet de hulp die vormen op volgorde, met bij elke vorm waarom.
      </p>
      <NewInitiativeForm />
      <p>
        <a href={routeHref('/financiering', 'regelingen')}>Regelingen van je gemeente</a>: houd bij welke regelingen
        jouw gemeente heeft. Het advies noemt ze bij naam.
      </p>
      <p role="status" className="fin-announcement">
        {announcement}
      </p>
      {actionError && <ErrorMessage message={actionError} />}
      <h2 ref={heading} tabIndex={-1}>
        Jouw initiatieven
      </h2>
      {list === undefined ? (
        <p>De lijst wordt geladen…</p>
      ) : list.length === 0 ? (
        <p>Je hebt nog geen initiatieven. Begin met “Nieuw initiatief”.</p>
      ) : (
        <ul className="fin-initiatives">
          {list.map((item) => (
            <li key={item.id} className="fin-initiative">
              <h3>
                <a href={routeHref('/financiering', item.id)}>{displayName(item.name)}</a>
              </h3>
              {item.description && <p className="fin-initiative-description">{item.description}</p>}
              <p className="fin-muted">
                Bijgewerkt op {updated.format(new Date(item.updatedAt))}. {item.answeredCount} van de 6 afwegingen
                beantwoord.
                {item.topFormIds.length > 0 && <> Bovenaan: {item.topFormIds.map(formName).join(' en ')}.</>}
                {item.chosenFormId && <> Gekozen: {formName(item.chosenFormId)}.</>}
              </p>
              {confirming === item.id ? (
                <ConfirmInline
                  question={`“${displayName(item.name)}” verwijderen? Dit kun je niet ongedaan maken.`}
                  confirmLabel="Ja, verwijderen"
                  onConfirm={() => void confirmDelete(item)}
                  onCancel={() => {
                    setConfirming(undefined);
                    requestAnimationFrame(() => document.getElementById(`verwijder-${item.id}`)?.focus());
                  }}
                />
              ) : (
                <p className="button-row">
                  <a className="fin-button-secondary" href={routeHref('/financiering', item.id)}>
                    Openen<span className="visually-hidden"> {displayName(item.name)}</span>
                  </a>
                  <button type="button" className="fin-button-secondary" onClick={() => void copy(item)}>
                    Dupliceren<span className="visually-hidden"> {displayName(item.name)}</span>
                  </button>
                  <button
                    id={`verwijder-${item.id}`}
                    type="button"
                    className="fin-button-secondary"
                    onClick={() => setConfirming(item.id)}
                  >
                    Verwijderen<span className="visually-hidden"> {displayName(item.name)}</span>
                  </button>
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
