import { useRef, type KeyboardEvent } from 'react';
import type { TemplateSection } from '../../shared/template/template.js';

interface SectionNavigatorProps {
  sections: readonly TemplateSection[];
  currentId: string;
  onSelect: (sectionId: string) => void;
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
 */
export function SectionNavigator({ sections, currentId, onSelect }: SectionNavigatorProps) {
  const listRef = useRef<HTMLDivElement>(null);
  const main = sections.filter((section) => !section.appendix);
  const appendices = sections.filter((section) => section.appendix);

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
      {items.map((section) => (
        <li key={section.id}>
          <button
            type="button"
            className={`navigator__item navigator__item--${section.status}`}
            data-section-id={section.id}
            aria-current={section.id === currentId ? 'page' : undefined}
            aria-describedby={`navigator-status-${section.status}`}
            onClick={() => onSelect(section.id)}
          >
            <span className="navigator__title">{section.title}</span>
            {section.status === 'required' && (
              <span className="navigator__marker" aria-hidden="true" title="Required">
                ●
              </span>
            )}
          </button>
        </li>
      ))}
    </ol>
  );

  return (
    <nav className="navigator" aria-label="Sections">
      <div ref={listRef} onKeyDown={onKeyDown}>
        <h2 className="navigator__heading">Sections</h2>
        <p className="navigator__legend">
          <span className="navigator__marker" aria-hidden="true">
            ●
          </span>{' '}
          required section
        </p>
        {renderList(main)}
        {appendices.length > 0 && (
          <>
            <h3 className="navigator__group">Appendices</h3>
            {renderList(appendices)}
          </>
        )}
      </div>
      {(Object.keys(STATUS_LABEL) as TemplateSection['status'][]).map((status) => (
        <span key={status} id={`navigator-status-${status}`} hidden>
          {STATUS_LABEL[status]}
        </span>
      ))}
    </nav>
  );
}
