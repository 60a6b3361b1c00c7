import { fieldMessage, type SaveStates } from '../lib/save-summary';

/**
 * The message of every field that is not saved, for a screen whose fields cannot each show
 * their own: nothing is hidden by a later save of another field.
 */
export function UnsavedFields({
  states,
  labelOf,
}: {
  states: SaveStates;
  /** The field's name as the screen shows it, so the user knows where to look. */
  labelOf?: (field: string) => string | undefined;
}) {
  const messages = Object.entries(states)
    .map(([field, state]) => [field, fieldMessage(state)] as const)
    .filter((entry): entry is readonly [string, string] => entry[1] !== undefined);
  if (messages.length === 0) return null;
  return (
    <ul className="error-message" role="alert">
      {messages.map(([field, message]) => (
        <li key={field}>
          Niet bewaard{labelOf?.(field) ? ` (${labelOf(field)})` : ''}: {message}
        </li>
      ))}
    </ul>
  );
}
