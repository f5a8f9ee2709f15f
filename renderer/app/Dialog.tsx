import { useEffect, useId, useRef, type ReactNode } from 'react';

interface DialogProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
}

/**
 * A modal built on the native <dialog>, which already traps focus, closes
 * on Escape and hides the rest of the page from assistive technology. On
 * closing, the focus goes back to the control that opened it.
 */
export function Dialog({ title, onClose, children }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const headingId = useId();

  useEffect(() => {
    const dialog = ref.current;
    const opener = document.activeElement;
    if (dialog && !dialog.open) {
      dialog.showModal();
      // React's autoFocus runs while the dialog is still closed, when nothing in it can take the focus; the browser
      // then picks the first focusable element, which can be a list long enough to scroll. The control the dialog
      // is for says so with data-autofocus.
      dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    }
    return () => {
      dialog?.close();
      // React removes the open <dialog> from the page before this runs, and Chromium then leaves the focus on the
      // body instead of giving it back, so keyboard and screen-reader users would start again from the top. Put it
      // back on the control that opened the dialog, unless that control has gone (the dialog led elsewhere) or the
      // dialog's own action already placed the focus somewhere.
      const focusLost = document.activeElement === null || document.activeElement === document.body || dialog?.contains(document.activeElement);
      if (focusLost && opener instanceof HTMLElement && opener.isConnected) opener.focus();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={headingId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={headingId} className="dialog__title">
        {title}
      </h2>
      {children}
    </dialog>
  );
}

/** The foot of a dialog's form: Cancel, then the button that submits the form. */
export function DialogFormActions({ submitLabel, onCancel }: { submitLabel: string; onCancel: () => void }) {
  return (
    <div className="dialog__actions">
      <button type="button" className="button" onClick={onCancel}>
        Cancel
      </button>
      <button type="submit" className="button button--primary">
        {submitLabel}
      </button>
    </div>
  );
}
