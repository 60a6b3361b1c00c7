import { useRef } from 'react';

// Chromium and Electron pick a whole folder with this attribute; React's types do not list it.
const folderAttributes = { webkitdirectory: '' } as Record<string, string>;

interface FilePickerButtonProps {
  /** The Dutch button text, e.g. "Bestanden kiezen…". */
  label: string;
  /** File types offered in the dialog (an `accept` list); a folder picker takes every file. */
  accept?: string;
  multiple?: boolean;
  /** Pick a folder: every file in it is handed over. */
  folder?: boolean;
  disabled?: boolean;
  describedBy?: string;
  testId?: string;
  onFiles: (files: File[]) => void;
}

/**
 * A file or folder picker that reads as the rest of the app: a Dutch button, never the
 * browser's own "Choose Files" control (whose text follows the system's language). The real
 * input stays in the page, hidden, so the browser's dialog and the tests still reach it.
 */
export function FilePickerButton({
  label,
  accept,
  multiple,
  folder,
  disabled,
  describedBy,
  testId,
  onFiles,
}: FilePickerButtonProps) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <input
        ref={input}
        type="file"
        hidden
        tabIndex={-1}
        accept={accept}
        multiple={multiple}
        data-testid={testId}
        {...(folder ? folderAttributes : {})}
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          // Cleared, so choosing the same file again is a new choice.
          event.target.value = '';
          if (files.length > 0) onFiles(files);
        }}
      />
      <button
        type="button"
        className="button-subtle"
        disabled={disabled}
        aria-describedby={describedBy}
        onClick={() => input.current?.click()}
      >
        {label}
      </button>
    </>
  );
}
