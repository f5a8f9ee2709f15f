import type { Ref } from 'react';
import type { CompletenessReport } from '../../shared/completeness/index.js';
import { COMPLETENESS } from '../app/accessibleNames.js';

interface CompletenessToggleProps {
  report: CompletenessReport | null;
  open: boolean;
  onToggle: () => void;
  /** The "Check" button, where the focus returns when the panel is hidden from inside it. */
  buttonRef?: Ref<HTMLButtonElement>;
}

/** The draft header's score, and the button that shows or hides the completeness panel. */
export function CompletenessToggle({ report, open, onToggle, buttonRef }: CompletenessToggleProps) {
  return (
    <div className="completeness-toggle">
      <p className="completeness-toggle__score" data-testid="completeness-score">
        {report === null ? 'Checking…' : `${report.score}% complete`}
      </p>
      <button ref={buttonRef} type="button" className="button button--small" aria-pressed={open} aria-controls={open ? 'completeness-panel' : undefined} onClick={onToggle}>
        {COMPLETENESS.check}
      </button>
    </div>
  );
}
