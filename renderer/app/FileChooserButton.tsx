import { useRef, type ReactNode } from 'react';

interface FileChooserButtonProps {
  /** The visible button's class names. */
  className: string;
  disabled?: boolean;
  /** File types offered by the system's file picker, as for an input's accept attribute. */
  accept: string;
  /** The accessible name of the hidden file input. */
  inputLabel: string;
  onFile: (file: File) => void;
  children: ReactNode;
}

/** A button that opens the system's file picker through a hidden file input, and hands over the file chosen. */
export function FileChooserButton({ className, disabled, accept, inputLabel, onFile, children }: FileChooserButtonProps) {
  const inputRef = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" className={className} disabled={disabled} onClick={() => inputRef.current?.click()}>
        {children}
      </button>
      <input
        ref={inputRef}
        type="file"
        accept={accept}
        hidden
        aria-label={inputLabel}
        onChange={(event) => {
          const file = event.target.files?.[0];
          // Cleared so that choosing the same file again (after fixing it) fires another change.
          event.target.value = '';
          if (file) onFile(file);
        }}
      />
    </>
  );
}
