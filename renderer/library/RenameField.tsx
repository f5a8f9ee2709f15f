import { useEffect, useRef, useState } from 'react';
import { LIBRARY } from '../app/accessibleNames.js';

interface RenameFieldProps {
  /** The draft's own title: empty for an untitled draft, whose field starts empty rather than holding a name nobody gave it. */
  initial: string;
  /** What an untitled draft is called ("Untitled plan"), shown as the field's placeholder. */
  untitledName?: string | undefined;
  onCommit: (title: string) => void;
  onCancel: () => void;
}

/** Inline renaming: Enter or leaving the field keeps the new title, Escape keeps the old one; left empty, the title is not changed (an untitled draft stays untitled). */
export function RenameField({ initial, untitledName, onCommit, onCancel }: RenameFieldProps) {
  const [value, setValue] = useState(initial);
  const done = useRef(false);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);

  function finish(commit: boolean) {
    if (done.current) return;
    done.current = true;
    const title = value.trim();
    if (commit && title !== '' && title !== initial) onCommit(title);
    else onCancel();
  }

  return (
    <input
      ref={input}
      className="rename-field"
      aria-label={LIBRARY.newTitle}
      aria-describedby="rename-help"
      value={value}
      placeholder={untitledName}
      maxLength={300}
      onChange={(event) => setValue(event.target.value)}
      onKeyDown={(event) => {
        if (event.key === 'Enter') {
          event.preventDefault();
          finish(true);
        } else if (event.key === 'Escape') {
          event.preventDefault();
          finish(false);
        }
      }}
      onBlur={() => finish(true)}
    />
  );
}
