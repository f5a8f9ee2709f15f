import { readabilityOfText } from '../../shared/completeness/readability.js';
import { readingAgeMessage } from './workshopText.js';

/** How easy the foreword is to read, in words, with a bar that fills as it gets harder. */
export function ReadingAgeMeter({ text }: { text: string }) {
  const message = readingAgeMessage(readabilityOfText(text));
  return (
    <div className={`reading-meter reading-meter--${message.level}`} role="status" aria-live="polite" data-testid="reading-age">
      <h2 className="reading-meter__heading">How easy is it to read?</h2>
      {message.level !== 'waiting' && (
        <div className="reading-meter__bar" aria-hidden="true">
          <span style={{ width: `${Math.round(message.fill * 100)}%` }} />
        </div>
      )}
      <p>{message.text}</p>
    </div>
  );
}
