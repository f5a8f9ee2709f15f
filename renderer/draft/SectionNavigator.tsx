import { useRef, useState, type KeyboardEvent } from 'react';
import { SIGN_OFF_STATES, type SignOffState } from '../../shared/cowriting/signOff.js';
import type { SectionStatus as CompletenessStatus } from '../../shared/completeness/index.js';
import type { TemplateSection } from '../../shared/template/template.js';
import { SECTION_PROGRESS, SECTION_STATUSES } from '../completeness/sectionProgress.js';
import { signOffShortLabel } from '../cowriting/signOffText.js';
import { isUnsortedSection } from './unsortedSection.js';
import { DRAFT } from '../app/accessibleNames.js';

interface SectionNavigatorProps {
  sections: readonly TemplateSection[];
  currentId: string;
  onSelect: (sectionId: string) => void;
  /** The review state shown under each text section's title; absent for the title page. */
  signOffOf?: (sectionId: string) => SignOffState | null;
  /** What the completeness check says of each section; absent until the first check, and for the unsorted area. */
  progressOf?: (sectionId: string) => CompletenessStatus | undefined;
}

const STATUS_LABEL: Record<TemplateSection['status'], string> = {
  required: 'Required',
  recommended: 'Recommended',
  optional: 'Optional',
};

/**
 * The sections in template order. Each is a button named exactly by its
 * title; its status is a description, so screen readers hear "Vision,
 * button, Required" and tests can find it by title alone. Up and Down move
 * between sections, Home and End jump to the ends, Tab leaves the list.
 *
 * The list is one Tab stop (a roving tabindex), so a keyboard user does not press Tab through every section
 * to reach the text. The stop is the section last focused here, so Shift+Tab back into the list returns to
 * it; once another section is shown (chosen here, or reached from a finding), the stop follows it.
 */
export function SectionNavigator({ sections, currentId, onSelect, signOffOf, progressOf }: SectionNavigatorProps) {
  const listRef = useRef<HTMLDivElement>(null);
  const main = sections.filter((section) => !section.appendix && !isUnsortedSection(section.id));
  const appendices = sections.filter((section) => section.appendix);
  const unsorted = sections.filter((section) => isUnsortedSection(section.id));
  const [roving, setRoving] = useState({ id: currentId, forCurrent: currentId });
  if (roving.forCurrent !== currentId) setRoving({ id: currentId, forCurrent: currentId });
  const tabStopId = roving.forCurrent === currentId && sections.some((section) => section.id === roving.id) ? roving.id : currentId;

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const buttons = [...(listRef.current?.querySelectorAll<HTMLButtonElement>('button[data-section-id]') ?? [])];
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (index === -1) return;
    const target =
      event.key === 'ArrowDown' ? buttons[Math.min(index + 1, buttons.length - 1)]
      : event.key === 'ArrowUp' ? buttons[Math.max(index - 1, 0)]
      : event.key === 'Home' ? buttons[0]
      : event.key === 'End' ? buttons[buttons.length - 1]
      : undefined;
    if (target) {
      event.preventDefault();
      target.focus();
    }
  }

  const renderList = (items: TemplateSection[]) => (
    <ol className="navigator__list">
      {items.map((section) => {
        const signOff = signOffOf?.(section.id) ?? null;
        const progress = progressOf?.(section.id);
        const describedBy = [`navigator-status-${section.status}`, signOff && `navigator-signoff-${signOff}`, progress && `navigator-progress-${progress}`];
        return (
        <li key={section.id}>
          <button
            type="button"
            className={`navigator__item navigator__item--${section.status}`}
            data-section-id={section.id}
            aria-current={section.id === currentId ? 'page' : undefined}
            tabIndex={section.id === tabStopId ? 0 : -1}
            onFocus={() => setRoving({ id: section.id, forCurrent: currentId })}
            aria-describedby={describedBy.filter(Boolean).join(' ')}
            onClick={() => onSelect(section.id)}
          >
            {progress && (
              <span className={`navigator__progress navigator__progress--${progress}`} aria-hidden="true" title={SECTION_PROGRESS[progress].label}>
                {SECTION_PROGRESS[progress].icon}
              </span>
            )}
            <span className="navigator__title">
              {section.title}
              {/* Hidden from the name, which must stay the title alone; screen readers hear it as the description. */}
              {signOff && (
                <span className={`navigator__signoff navigator__signoff--${signOff}`} aria-hidden="true">
                  {signOffShortLabel(signOff)}
                </span>
              )}
            </span>
            {section.status === 'required' && (
              <span className="navigator__marker" aria-hidden="true" title="Required">
                ●
              </span>
            )}
          </button>
        </li>
        );
      })}
    </ol>
  );

  return (
    <nav className="navigator" aria-label={DRAFT.sections}>
      <div ref={listRef} onKeyDown={onKeyDown}>
        <h2 className="navigator__heading">{DRAFT.sections}</h2>
        <p className="navigator__legend">
          <span className="navigator__marker" aria-hidden="true">
            ●
          </span>{' '}
          required section
        </p>
        {progressOf && (
          <p className="navigator__legend" aria-hidden="true">
            {SECTION_STATUSES.map((status) => `${SECTION_PROGRESS[status].icon} ${SECTION_PROGRESS[status].label.toLowerCase()}`).join(' · ')}
          </p>
        )}
        {renderList(main)}
        {appendices.length > 0 && (
          <>
            <h3 className="navigator__group">Appendices</h3>
            {renderList(appendices)}
          </>
        )}
        {unsorted.length > 0 && (
          <>
            <h3 className="navigator__group">{DRAFT.fromImport}</h3>
            {renderList(unsorted)}
          </>
        )}
      </div>
      {(Object.keys(STATUS_LABEL) as TemplateSection['status'][]).map((status) => (
        <span key={status} id={`navigator-status-${status}`} hidden>
          {STATUS_LABEL[status]}
        </span>
      ))}
      {SIGN_OFF_STATES.map((state) => (
        <span key={state} id={`navigator-signoff-${state}`} hidden>
          {signOffShortLabel(state)}
        </span>
      ))}
      {SECTION_STATUSES.map((status) => (
        <span key={status} id={`navigator-progress-${status}`} hidden>
          {SECTION_PROGRESS[status].label}
        </span>
      ))}
    </nav>
  );
}
