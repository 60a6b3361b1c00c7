/** A Dutch error message from main, announced to screen readers. */
export function ErrorMessage({ message }: { message: string }) {
  return (
    <p className="error-message" role="alert">
      {message}
    </p>
  );
}
