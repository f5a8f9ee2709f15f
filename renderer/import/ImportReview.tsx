import { useId, useState, type KeyboardEvent, type ReactNode } from 'react';
import { confidenceInWords, confidencePercent, moveWithChildren } from './reviewChoices.js';
import { UNSORTED, type ImportChoices, type ImportCover, type ImportPart, type ImportProposal, type ImportSectionOption } from '../../shared/import/types.js';
import './importReview.css';

export interface ImportReviewProps {
  proposal: ImportProposal;
  /** The template's text sections, in template order. */
  sections: readonly ImportSectionOption[];
  onConfirm: (choices: ImportChoices) => void;
  onCancel: () => void;
  /** Shown before the parts when the officer has a template to choose. */
  templateChoice?: ReactNode;
}

const LOW_CONFIDENCE = 0.5;

/**
 * The check before an import writes anything: every part of the old strategy
 * with its heading, its first words and where the importer would put it. The
 * officer can move any part; parts that fit nowhere are listed as Unsorted,
 * which is kept with the draft rather than thrown away.
 */
export function ImportReview({ proposal, sections, onConfirm, onCancel, templateChoice }: ImportReviewProps) {
  const [choices, setChoices] = useState<string[]>(() => proposal.parts.map((part) => part.section));
  const [cover, setCover] = useState<ImportCover>(proposal.cover);
  const titleId = useId();
  const unsortedParts = proposal.parts.filter((part) => choices[part.index] === UNSORTED);

  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
    }
  }

  return (
    <section className="screen import-review" aria-labelledby={titleId} onKeyDown={onKeyDown}>
      <h1 id={titleId}>Check the import of {proposal.fileName}</h1>
      <p>
        Each part of the old strategy is listed with the section it will go into. Change any that are wrong; parts under a heading move with it. Nothing is
        saved until you choose “Import into a new draft”.
      </p>
      {proposal.messages.length > 0 && (
        <div className="notice notice--warning" role="status">
          <ul>
            {proposal.messages.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        </div>
      )}

      {templateChoice}
      <CoverFields cover={cover} onChange={setCover} />

      <h2>Parts of the document</h2>
      {proposal.parts.length === 0 ? (
        <p>The file has no text to import.</p>
      ) : (
        <ol className="import-review__parts">
          {proposal.parts.map((part) => (
            <PartRow
              key={part.index}
              part={part}
              chosen={choices[part.index] ?? UNSORTED}
              sections={sections}
              onChange={(section) => setChoices((current) => moveWithChildren(proposal.parts, current, part.index, section))}
            />
          ))}
        </ol>
      )}

      <section className="import-review__unsorted" aria-label="Unsorted">
        <h2>Unsorted</h2>
        {unsortedParts.length === 0 ? (
          <p>Every part has a section.</p>
        ) : (
          <>
            <p>
              These parts fit no section of the template. They will be kept with the draft under “Unsorted”, so you can move their text into a section later.
            </p>
            <ul>
              {unsortedParts.map((part) => (
                <li key={part.index}>{part.heading?.text ?? 'Text before the first heading'}</li>
              ))}
            </ul>
          </>
        )}
      </section>

      <p className="visually-hidden" aria-live="polite">
        {proposal.parts.length} parts: {proposal.parts.length - unsortedParts.length} in sections, {unsortedParts.length} unsorted.
      </p>
      <div className="import-review__actions">
        <button type="button" className="button button--primary" onClick={() => onConfirm({ sections: choices, cover })}>
          Import into a new draft
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </section>
  );
}

function PartRow({ part, chosen, sections, onChange }: { part: ImportPart; chosen: string; sections: readonly ImportSectionOption[]; onChange: (section: string) => void }) {
  const selectId = useId();
  const heading = part.heading?.text ?? 'Text before the first heading';
  const changed = chosen !== part.section;
  const low = part.confidence < LOW_CONFIDENCE;
  return (
    <li className="import-review__part" data-depth={Math.min(part.heading?.level ?? 1, 3)}>
      <div>
        <h3 className="import-review__heading">{heading}</h3>
        <p className="import-review__preview">{part.preview || '(no text under this heading)'}</p>
      </div>
      <div className="field">
        <label htmlFor={selectId}>
          Section<span className="visually-hidden"> for “{heading}”</span>
        </label>
        <select id={selectId} value={chosen} onChange={(event) => onChange(event.target.value)} aria-describedby={`${selectId}-confidence`}>
          {sections.map((section) => (
            <option key={section.id} value={section.id}>
              {section.title}
            </option>
          ))}
          <option value={UNSORTED}>Unsorted (keep for later)</option>
        </select>
        <p id={`${selectId}-confidence`} className="import-review__confidence" data-low={low && !changed}>
          {changed
            ? 'Your choice.'
            : part.followsParent
              ? `Goes with the heading above it (${confidenceInWords(part.confidence).toLowerCase()}, ${confidencePercent(part.confidence)}).`
              : `${confidenceInWords(part.confidence)}: ${confidencePercent(part.confidence)}.`}
        </p>
      </div>
    </li>
  );
}

function CoverFields({ cover, onChange }: { cover: ImportCover; onChange: (cover: ImportCover) => void }) {
  const id = useId();
  const year = (value: string) => (/^\d{4}$/.test(value.trim()) ? Number(value.trim()) : null);
  return (
    <fieldset className="form">
      <legend>Title page found in the file</legend>
      <div className="field">
        <label htmlFor={`${id}-council`}>Council</label>
        <input id={`${id}-council`} value={cover.council} onChange={(event) => onChange({ ...cover, council: event.target.value })} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-title`}>Strategy title</label>
        <input id={`${id}-title`} value={cover.title} onChange={(event) => onChange({ ...cover, title: event.target.value })} />
      </div>
      <div className="field field--year">
        <label htmlFor={`${id}-start`}>Period start year</label>
        <input id={`${id}-start`} inputMode="numeric" defaultValue={cover.periodStart ?? ''} onChange={(event) => onChange({ ...cover, periodStart: year(event.target.value) })} />
      </div>
      <div className="field field--year">
        <label htmlFor={`${id}-end`}>Period end year</label>
        <input id={`${id}-end`} inputMode="numeric" defaultValue={cover.periodEnd ?? ''} onChange={(event) => onChange({ ...cover, periodEnd: year(event.target.value) })} />
      </div>
    </fieldset>
  );
}
