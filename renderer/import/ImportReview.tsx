import { useId, useState, type KeyboardEvent, type ReactNode } from 'react';
import { CoverOfferChoices, NewDraftCover } from './CoverReview.js';
import { checkNewDraftCover, chosenCoverFields, coverFieldLabels, coverOffers, foundCoverValues, IMPORTED_COVER_FIELDS, newDraftCoverValues, type CoverOfferChoice } from './coverOffers.js';
import { LocalNameChoices } from './LocalNameChoices.js';
import { chosenLocalNames, type LocalNameChoice, type LocalNameOffer } from './localNameOffers.js';
import { confidenceInWords, confidencePercent, moveWithChildren, sectionMerges } from './reviewChoices.js';
import { UNSORTED, type DraftSectionMerge, type ImportChoices, type ImportedCoverField, type ImportPart, type ImportProposal, type ImportSectionOption } from '../../shared/import/types.js';
import type { CoverFields } from '../../shared/model/draft.js';
import type { DocumentWords } from '../../shared/template/template.js';
import type { CoverFormValues } from '../draft/coverForm.js';
import { useFocusIfLostOnMount } from '../draft/focusOnArrival.js';
import './importReview.css';

/** Where the reviewed parts go: a new draft (with the title page found in the file), or the draft open on screen. */
export type ImportDestination =
  | { kind: 'new-draft' }
  | {
      kind: 'open-draft';
      draftTitle: string;
      /** Whether a section holds the officer's own writing (not just starter text): such text is kept unless they choose otherwise. */
      hasOwnText: (sectionId: string) => boolean;
      /** The draft's title page as saved: the file's details are offered beside it, and only those the officer ticks are written. */
      currentCover: CoverFormValues;
    };

/** What the officer confirmed, beyond the sections: the names to save, and for an open draft the title-page fields to fill. */
export interface ImportConfirmation {
  /** For an open draft, what happens to each section that receives parts. */
  merges: ReadonlyMap<string, DraftSectionMerge>;
  /** The names the officer chose to save (slot id → name). */
  localNames: Record<string, string>;
  /** For an open draft, the title-page fields ticked (stored form); none for a new draft, whose whole title page is in the choices. */
  coverFields: Partial<Omit<CoverFields, 'logo'>>;
}

export interface ImportReviewProps {
  proposal: ImportProposal;
  /** The template's text sections, in template order. */
  sections: readonly ImportSectionOption[];
  destination?: ImportDestination;
  /** Names the file gives the pack's local-name slots, offered for the library's names; none shows no choice. */
  localNameOffers?: readonly LocalNameOffer[];
  /** The pack's words, for the title page's labels and messages ("Council", "plan"). */
  words?: DocumentWords;
  onConfirm: (choices: ImportChoices, confirmation: ImportConfirmation) => void;
  onCancel: () => void;
  /** Shown before the parts when the officer has a template to choose. */
  templateChoice?: ReactNode;
  /** Shown beside the buttons: progress or a refusal, where the officer's eyes are after choosing. */
  actionNotice?: ReactNode;
}

const LOW_CONFIDENCE = 0.5;

/**
 * The check before an import writes anything: every part of the old strategy
 * with its heading, its first words and where the importer would put it. The
 * officer can move any part; parts that fit nowhere are listed as Unsorted,
 * which is kept with the draft rather than thrown away.
 */
export function ImportReview({ proposal, sections, destination = { kind: 'new-draft' }, localNameOffers = [], words, onConfirm, onCancel, templateChoice, actionNotice }: ImportReviewProps) {
  const [choices, setChoices] = useState<string[]>(() => proposal.parts.map((part) => part.section));
  const [cover, setCover] = useState<CoverFormValues>(() => newDraftCoverValues(proposal.cover));
  const [coverChoices, setCoverChoices] = useState<Partial<Record<ImportedCoverField, CoverOfferChoice>>>({});
  // Like the names, a title-page field's problem shows once the officer tries to import.
  const [showCoverProblems, setShowCoverProblems] = useState(false);
  const [mergeChoices, setMergeChoices] = useState<ReadonlyMap<string, DraftSectionMerge>>(new Map());
  const [nothingToImport, setNothingToImport] = useState(false);
  const [nameChoices, setNameChoices] = useState<Record<string, LocalNameChoice>>({});
  // A name's problem shows once the officer tries to import, not while they are still typing it.
  const [showNameProblems, setShowNameProblems] = useState(false);
  const titleId = useId();
  // The button that chose the file went with the screen it was on: the review's title takes the focus, so a screen reader says where the officer is.
  const titleRef = useFocusIfLostOnMount<HTMLHeadingElement>();
  const nameFieldId = (slotId: string) => `${titleId}-name-${slotId}`;
  const coverFieldId = (field: ImportedCoverField) => `${titleId}-cover-${field}`;
  const chosenNames = chosenLocalNames(localNameOffers, nameChoices);
  const labels = coverFieldLabels(words);
  const offers = destination.kind === 'open-draft' ? coverOffers(proposal.cover, destination.currentCover, labels) : [];
  const newDraftCover = destination.kind === 'new-draft' ? checkNewDraftCover(cover, words?.documentKind) : null;
  const openDraftCover = destination.kind === 'open-draft' ? chosenCoverFields(offers, coverChoices, destination.currentCover, words?.documentKind) : null;
  const coverProblems = newDraftCover?.problems ?? openDraftCover?.problems ?? {};
  const unsortedParts = proposal.parts.filter((part) => choices[part.index] === UNSORTED);
  const intoDraft = destination.kind === 'open-draft';
  const confirmLabel = intoDraft ? 'Import into this draft' : 'Import into a new draft';
  const merges = intoDraft ? sectionMerges(sections, choices, mergeChoices, destination.hasOwnText) : new Map<string, DraftSectionMerge>();

  function confirm() {
    const importsSomething = [...merges.values()].some((merge) => merge !== 'keep');
    setNothingToImport(intoDraft && !importsSomething);
    if (intoDraft && !importsSomething) return;
    // The first refused field in the order of the screen takes the focus: the title page comes before the names.
    const refusedField = IMPORTED_COVER_FIELDS.find((field) => coverProblems[field] !== undefined);
    const refusedName = Object.keys(chosenNames.problems)[0];
    setShowCoverProblems(refusedField !== undefined);
    setShowNameProblems(refusedName !== undefined);
    if (refusedField !== undefined || refusedName !== undefined) {
      document.getElementById(refusedField !== undefined ? coverFieldId(refusedField) : nameFieldId(refusedName ?? ''))?.focus();
      return;
    }
    const reviewedCover = newDraftCover?.cover ?? null;
    onConfirm(reviewedCover === null ? { sections: choices } : { sections: choices, cover: reviewedCover }, {
      merges,
      localNames: chosenNames.names,
      coverFields: openDraftCover?.fields ?? {},
    });
  }

  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    // Escape in a box being typed in means "not that", as in Word; it does not throw away the whole review.
    const typing = event.target instanceof HTMLInputElement && event.target.type === 'text';
    if (event.key === 'Escape' && !typing) {
      event.preventDefault();
      onCancel();
    }
  }

  return (
    <section className="screen import-review" aria-labelledby={titleId} onKeyDown={onKeyDown}>
      <h1 id={titleId} ref={titleRef} tabIndex={-1}>
        Check the import of {proposal.fileName}
      </h1>
      {intoDraft && (
        <p>
          Into the draft <strong>{destination.draftTitle}</strong>, section by section.
        </p>
      )}
      <p>
        Each part of the old strategy is listed with the section it will go into. Change any that are wrong; parts under a heading move with it. Nothing is
        saved until you choose “{confirmLabel}”.
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
      {!intoDraft && (
        <NewDraftCover
          values={cover}
          found={foundCoverValues(proposal.cover)}
          labels={labels}
          problems={showCoverProblems ? coverProblems : {}}
          fieldId={coverFieldId}
          onChange={setCover}
        />
      )}
      {offers.length > 0 && (
        <CoverOfferChoices
          offers={offers}
          choices={coverChoices}
          problems={showCoverProblems ? coverProblems : {}}
          fieldId={coverFieldId}
          onChange={(field, choice) => setCoverChoices((current) => ({ ...current, [field]: choice }))}
        />
      )}
      {localNameOffers.length > 0 && (
        <LocalNameChoices
          offers={localNameOffers}
          choices={nameChoices}
          problems={showNameProblems ? chosenNames.problems : {}}
          fieldId={nameFieldId}
          onChange={(slotId, choice) => setNameChoices((current) => ({ ...current, [slotId]: choice }))}
        />
      )}

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

      {intoDraft && (
        <SectionMerges
          merges={merges}
          sections={sections}
          choices={choices}
          hasOwnText={destination.hasOwnText}
          onChange={(sectionId, merge) => {
            setNothingToImport(false);
            setMergeChoices((current) => new Map(current).set(sectionId, merge));
          }}
        />
      )}

      <section className="import-review__unsorted" aria-label="Unsorted">
        <h2>Unsorted</h2>
        {unsortedParts.length === 0 ? (
          <p>Every part has a section.</p>
        ) : (
          <>
            <p>
              These parts fit no section of the template. {intoDraft && merges.get(UNSORTED) === 'keep' ? 'You chose to leave them out.' : 'They will be kept with the draft under “Unsorted”, so you can move their text into a section later.'}
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
      {nothingToImport && (
        <p className="notice notice--error" role="alert">
          Every section that would receive text is set to keep its own, so there is nothing to import. Choose to replace or add to at least one of them.
        </p>
      )}
      {actionNotice}
      <div className="import-review__actions">
        <button type="button" className="button button--primary" onClick={confirm}>
          {confirmLabel}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </section>
  );
}

const MERGE_LABELS: Record<DraftSectionMerge, string> = {
  replace: 'Replace its text with the imported parts',
  append: 'Add the imported parts after its text',
  keep: 'Keep its text and leave these parts out',
};

const UNSORTED_MERGE_LABELS: Partial<Record<DraftSectionMerge, string>> = {
  append: 'Add them to Unsorted, to sort later',
  keep: 'Leave them out',
};

interface SectionMergesProps {
  merges: ReadonlyMap<string, DraftSectionMerge>;
  sections: readonly ImportSectionOption[];
  choices: readonly string[];
  hasOwnText: (sectionId: string) => boolean;
  onChange: (sectionId: string, merge: DraftSectionMerge) => void;
}

function SectionMerges({ merges, sections, choices, hasOwnText, onChange }: SectionMergesProps) {
  const headingId = useId();
  const titles = new Map(sections.map((section) => [section.id, section.title]));
  return (
    <section className="import-review__merges" aria-labelledby={headingId}>
      <h2 id={headingId}>What happens to the draft’s sections</h2>
      <p>
        Sections that receive no part keep their text. Whatever a section held before the import stays in its history, where you can compare it or bring it
        back.
      </p>
      {[...merges.entries()].map(([sectionId, merge]) => {
        const title = sectionId === UNSORTED ? 'Unsorted' : (titles.get(sectionId) ?? sectionId);
        const parts = choices.filter((choice) => choice === sectionId).length;
        const labels = sectionId === UNSORTED ? UNSORTED_MERGE_LABELS : MERGE_LABELS;
        return (
          <fieldset key={sectionId} className="import-review__merge">
            <legend>
              {title}
              <span className="import-review__merge-note">{` (${parts === 1 ? '1 part' : `${parts} parts`}${sectionId === UNSORTED ? '' : hasOwnText(sectionId) ? '; has your own text' : '; starter text only'})`}</span>
            </legend>
            {(Object.entries(labels) as [DraftSectionMerge, string][]).map(([value, label]) => (
              <label key={value} className="import-review__merge-option">
                <input type="radio" name={`merge-${sectionId}`} value={value} checked={merge === value} onChange={() => onChange(sectionId, value)} />
                {label}
              </label>
            ))}
          </fieldset>
        );
      })}
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
