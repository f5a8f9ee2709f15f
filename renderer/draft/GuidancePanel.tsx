import { useId } from 'react';
import type { TemplateSection } from '../../shared/template/template.js';
import { DRAFT } from '../app/accessibleNames.js';

interface GuidancePanelProps {
  section: TemplateSection;
  open: boolean;
  onToggle: () => void;
}

/** The template's advice for the section on screen; it can be folded away to give the text more room. */
export function GuidancePanel({ section, open, onToggle }: GuidancePanelProps) {
  const bodyId = useId();
  const { guidance } = section;
  return (
    <aside className={`guidance ${open ? 'guidance--open' : 'guidance--closed'}`} aria-label={DRAFT.guidance}>
      <div className="guidance__header">
        <h2 className="guidance__heading">{DRAFT.guidance}</h2>
        <button type="button" className="button button--small" aria-expanded={open} aria-controls={bodyId} onClick={onToggle}>
          {open ? DRAFT.hideGuidance : DRAFT.showGuidance}
        </button>
      </div>
      <div id={bodyId} className="guidance__body" hidden={!open}>
        <p className="guidance__summary">{guidance.summary}</p>
        <GuidanceList heading="What to include" items={guidance.include} />
        <GuidanceList heading="What good looks like" items={guidance.goodLooksLike} />
        <GuidanceList heading="Questions to answer" items={guidance.questions} />
      </div>
    </aside>
  );
}

function GuidanceList({ heading, items }: { heading: string; items: string[] }) {
  return (
    <section className="guidance__part">
      <h3>{heading}</h3>
      <ul>
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </section>
  );
}
