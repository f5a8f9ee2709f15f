import type { DiffPart } from '../../shared/cowriting/wordDiff.js';
import { summariseDiff } from './historyText.js';

/**
 * An inline word comparison. Insertions and deletions are marked with
 * <ins>/<del> for sight, and with spoken words too, because many screen
 * readers do not announce those elements.
 */
export function DiffView({ parts, label }: { parts: readonly DiffPart[]; label: string }) {
  return (
    <figure className="diff-figure">
      <figcaption>
        {label} {summariseDiff(parts)}
      </figcaption>
      <div className="diff">
        {parts.map((part, index) =>
          part.kind === 'equal' ? (
            <span key={index}>{part.text}</span>
          ) : part.kind === 'insert' ? (
            <ins key={index}>
              <span className="visually-hidden">[inserted: </span>
              {part.text}
              <span className="visually-hidden">]</span>
            </ins>
          ) : (
            <del key={index}>
              <span className="visually-hidden">[deleted: </span>
              {part.text}
              <span className="visually-hidden">]</span>
            </del>
          ),
        )}
      </div>
    </figure>
  );
}
