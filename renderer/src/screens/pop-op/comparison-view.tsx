import {
  type ActionComparison,
  actionStatusLabels,
  type Comparison,
  type PopOpTemplateView,
} from '../../../../main/contract/pop-op-channels';
import { DiffText } from './diff-text';
import { actionFieldLabels, planFieldLabel } from './field-labels';
import { formatCalendarDate } from './pop-op-format';

const changeLabels: Record<ActionComparison['change'], string> = {
  same: 'Ongewijzigd',
  changed: 'Gewijzigd',
  added: 'Nieuw',
  removed: 'Verwijderd',
};

function describeAction(comparison: ActionComparison): string {
  const action = comparison.after ?? comparison.before;
  if (!action) return '';
  const parts = [action.what.trim() || '(geen omschrijving)', actionStatusLabels[action.status]];
  if (action.dueDate) parts.push(formatCalendarDate(action.dueDate));
  return parts.join(' · ');
}

/** What changed between a stored version and the plan now: texts word by word, actions and factors by item. */
export function ComparisonView({ comparison, template }: { comparison: Comparison; template: PopOpTemplateView }) {
  const changedFields = comparison.fields.filter((field) => field.changed);
  const changedActions = comparison.actions.filter((action) => action.change !== 'same');
  const changedFactors = comparison.factors.filter((factor) => factor.change !== 'same');
  if (comparison.changeCount === 0) {
    return <p>Er is niets veranderd sinds versie {comparison.version.number}.</p>;
  }
  return (
    <div className="comparison">
      <p>
        {comparison.changeCount === 1 ? 'Eén wijziging' : `${comparison.changeCount} wijzigingen`} sinds versie{' '}
        {comparison.version.number}. <del>Doorgestreept</del> stond in versie {comparison.version.number},{' '}
        <ins>onderstreept</ins> is er later bij gekomen.
      </p>
      {changedFields.map((field) => (
        <section key={field.key}>
          <h2>{planFieldLabel(field.key, template)}</h2>
          <DiffText segments={field.segments} />
        </section>
      ))}
      {changedActions.length > 0 && (
        <section>
          <h2>Acties</h2>
          <ul className="change-list">
            {changedActions.map((action) => (
              <li key={(action.after ?? action.before)?.id}>
                <span className={`change-badge change-badge--${action.change}`}>{changeLabels[action.change]}</span>{' '}
                {describeAction(action)}
                {action.change === 'changed' && (
                  <span className="muted">
                    {' '}
                    (gewijzigd: {action.changedFields.map((key) => actionFieldLabels[key]).join(', ')})
                  </span>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      {changedFactors.length > 0 && (
        <section>
          <h2>Kansen en bedreigingen</h2>
          <ul className="change-list">
            {changedFactors.map((factor) => (
              <li key={`${factor.kind}-${factor.change}-${factor.text}`}>
                <span className={`change-badge change-badge--${factor.change}`}>
                  {factor.change === 'added' ? 'Nieuw' : 'Verwijderd'}
                </span>{' '}
                {factor.kind === 'kans' ? 'Kans' : 'Bedreiging'}: {factor.text}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
