/** The statement an action came from ("van resultaat naar actie"), quoted under the action. */
export function StatementLink(props: { statementId: string; text: string | null | undefined }) {
  return (
    <blockquote className="statement-link">
      <p className="statement-link-label">Van resultaat naar actie: stelling {props.statementId}</p>
      <p>“{props.text ?? 'Deze stelling staat niet meer in de gids.'}”</p>
    </blockquote>
  );
}
