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
                {shortStatement(statement.text)}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}

const shortLength = 55;

/**
 * A statement short enough to show whole in the closed select on a 1366x768 screen (and at
 * 150 % zoom); the theme stands in the group, the whole statement in the quote under the select.
 */
function shortStatement(text: string): string {
  if (text.length <= shortLength) return text;
  const cut = text.lastIndexOf(' ', shortLength - 1);
  return `${text.slice(0, cut > 20 ? cut : shortLength - 1).replace(/[\s,:;(–-]+$/, '')}…`;
}
