import type { ReadabilityReport } from '../../shared/completeness/index.js';
import { readabilityVerdict } from './readabilityVerdict.js';

/**
 * Above a foreword's editor: its reading age in plain words, updated after
 * each pause in typing. A status region, so a screen reader hears the new
 * verdict without losing its place in the text.
 */
export function ReadabilityMeter({ report }: { report: ReadabilityReport | undefined }) {
  const verdict = readabilityVerdict(report);
  const ceiling = report?.ceiling;
  return (
    <div className={`readability readability--${verdict.tone}`} role="status" aria-live="polite" data-testid="readability">
      <p className="readability__text">
        <strong>{verdict.headline}</strong> — {verdict.advice}
      </p>
      {report && ceiling !== undefined && verdict.tone !== 'neutral' && (
        <meter className="readability__meter" min={5} max={18} low={ceiling} high={ceiling + 0.5} optimum={8} value={report.readingAge} aria-label={`Reading age ${report.readingAge}, suggested at most ${ceiling}`} />
      )}
    </div>
  );
}
