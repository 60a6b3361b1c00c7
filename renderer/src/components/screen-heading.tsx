/** The screen's h1; focusable so route changes can move focus to it. */
export function ScreenHeading({ children }: { children: string }) {
  return (
    <h1 tabIndex={-1} className="screen-heading">
      {children}
    </h1>
  );
}
