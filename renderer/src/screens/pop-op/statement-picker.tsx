import { useId } from 'react';
import { usePopOpStore } from '../../stores/pop-op-store';

/** Links an action to a self-analysis statement ("van resultaat naar actie"). */
export function StatementPicker(props: { actionId: number; statementId: string | null }) {
  const groups = usePopOpStore((state) => state.template?.statementGroups ?? []);
  const busy = usePopOpStore((state) => state.busy);
  const linkStatement = usePopOpStore((state) => state.linkStatement);
  const id = useId();
  return (
    <div className="form-field">
      <label htmlFor={id}>Hoort bij stelling uit de zelfanalyse</label>
      <select
        id={id}
        value={props.statementId ?? ''}
        disabled={busy}
        onChange={(event) => void linkStatement(props.actionId, event.target.value || null)}
      >
        <option value="">Niet gekoppeld</option>
        {groups.map((group) => (
          <optgroup key={group.themeId} label={group.themeTitle}>
            {group.statements.map((statement) => (
              <option key={statement.id} value={statement.id}>
                {statement.id}: {statement.text}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}
