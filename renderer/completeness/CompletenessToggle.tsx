import type { CompletenessReport } from '../../shared/completeness/index.js';

interface CompletenessToggleProps {
  report: CompletenessReport | null;
  open: boolean;
  onToggle: () => void;
}

/** The draft header's score, and the button that shows or hides the completeness panel. */
export function CompletenessToggle({ report, open, onToggle }: CompletenessToggleProps) {
  return (
    <div className="completeness-toggle">
      <p className="completeness-toggle__score" data-testid="completeness-score">
        {report === null ? 'Checking…' : `${report.score}% complete`}
      </p>
      <button type="button" className="button button--small" aria-pressed={open} aria-controls={open ? 'completeness-panel' : undefined} onClick={onToggle}>
        Check
      </button>
    </div>
  );
}
