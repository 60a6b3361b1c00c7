import { useEffect, useState } from 'react';
import type { FinancingModelView, LocalScheme } from '../../../../main/contract/financing-channels';
import { routeHref } from '../../app/routes';
import { ConfirmInline } from '../../components/confirm-inline';
import { ErrorMessage } from '../../components/error-message';
import { ScreenHeading } from '../../components/screen-heading';
import { formatEuros } from '../../lib/euro-amount';
import { useSchemesStore } from '../../stores/financing-schemes-store';
import { SchemeForm } from './scheme-form';

/** `#/financiering/regelingen`: the municipality's own schemes, each one of the nine forms of the guide. */
export function LocalSchemesScreen({ model }: { model: FinancingModelView }) {
  const { schemes, loadError, load, save, remove } = useSchemesStore();
  const [announcement, setAnnouncement] = useState('');

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <>
      <p className="fin-breadcrumb">
        <a href={routeHref('/financiering')}>Financieringshulp</a>
      </p>
      <ScreenHeading>Regelingen van je gemeente</ScreenHeading>
      <p className="lead">
        Houd hier bij welke regelingen jouw gemeente echt heeft, zoals een wijkbudget of een initiatievenfonds. Past een
        vorm bij een initiatief, dan noemt het advies jullie regeling bij naam, ook in de pdf.
      </p>
      <p role="status" className="fin-announcement">
        {announcement}
      </p>
      {loadError && <ErrorMessage message={loadError} />}
      <h2>Jullie regelingen</h2>
      {schemes === undefined ? (
        <p>De lijst wordt geladen…</p>
      ) : schemes.length === 0 ? (
        <p>Er staan nog geen regelingen in de lijst.</p>
      ) : (
        <ul className="fin-schemes">
          {schemes.map((scheme) => (
            <SchemeItem
              key={scheme.id}
              scheme={scheme}
              model={model}
              onSaved={() => setAnnouncement(`“${scheme.name}” is bewaard.`)}
              onSave={(fields) => save(scheme.id, fields)}
              onRemove={async () => {
                const message = await remove(scheme.id);
                if (!message) setAnnouncement(`“${scheme.name}” is verwijderd.`);
                return message;
              }}
            />
          ))}
        </ul>
      )}
      <h2>Regeling toevoegen</h2>
      <SchemeForm
        model={model}
        onSave={async (fields) => {
          const message = await save(undefined, fields);
          if (!message) setAnnouncement(`“${fields.name.trim()}” is toegevoegd.`);
          return message;
        }}
      />
    </>
  );
}

function SchemeItem(props: {
  scheme: LocalScheme;
  model: FinancingModelView;
  onSave: Parameters<typeof SchemeForm>[0]['onSave'];
  onSaved(): void;
  onRemove(): Promise<string | undefined>;
}) {
  const { scheme, model } = props;
  const [mode, setMode] = useState<'view' | 'edit' | 'confirm'>('view');
  const [problem, setProblem] = useState<string>();
  const formName = model.forms.find((f) => f.id === scheme.formId)?.name ?? scheme.formId;
  if (mode === 'edit')
    return (
      <li className="fin-scheme">
        <h3>{scheme.name} wijzigen</h3>
        <SchemeForm
          model={model}
          scheme={scheme}
          onCancel={() => setMode('view')}
          onSave={async (fields) => {
            const message = await props.onSave(fields);
            if (!message) {
              setMode('view');
              props.onSaved();
            }
            return message;
          }}
        />
      </li>
    );
  return (
    <li className="fin-scheme">
      <h3>{scheme.name}</h3>
      <p>
        Vorm uit de gids: {formName}.
        {scheme.maxAmountEuros !== null && <> Tot {formatEuros(scheme.maxAmountEuros)} per initiatief.</>}
      </p>
      {scheme.conditions && <p>Voorwaarden: {scheme.conditions}</p>}
      {scheme.contact && <p>Contact: {scheme.contact}</p>}
      {problem && <ErrorMessage message={problem} />}
      {mode === 'confirm' ? (
        <ConfirmInline
          question={`“${scheme.name}” verwijderen? Dit kun je niet ongedaan maken.`}
          confirmLabel="Ja, verwijderen"
          onConfirm={() => void props.onRemove().then(setProblem)}
          onCancel={() => setMode('view')}
        />
      ) : (
        <p className="button-row">
          <button type="button" className="fin-button-secondary" onClick={() => setMode('edit')}>
            Wijzigen<span className="visually-hidden"> {scheme.name}</span>
          </button>
          <button type="button" className="fin-button-secondary" onClick={() => setMode('confirm')}>
            Verwijderen<span className="visually-hidden"> {scheme.name}</span>
          </button>
        </p>
      )}
    </li>
  );
}
