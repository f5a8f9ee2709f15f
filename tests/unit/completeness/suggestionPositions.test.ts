import { describe, expect, it } from 'vitest';
import { Fragment, Slice, type Node } from 'prosemirror-model';
import { StepMap } from 'prosemirror-transform';
import { checkDraft, createIncrementalChecker, type CheckInput, type CompletenessReport, type Finding, type TextLocation } from '../../../shared/completeness/index.js';
import { toEditorLocation, toEditorPositions } from '../../../shared/completeness/editorPositions.js';
import { readSection } from '../../../shared/completeness/sectionContext.js';
import { docFromJSON } from '../../../shared/model/docJson.js';
import { schema } from '../../../shared/model/schema.js';
import type { NodeJSON } from '../../../shared/model/draft.js';
import { doc, paragraph, type Inline } from '../../fixtures/docBuilders.js';
import { draftWith } from './fixtures/run.js';
import { testTemplate } from './fixtures/template.js';

/**
 * Findings are looked for in the text with suggestions accepted, but the
 * writer clicks on them in the editor, where struck-through words still
 * take up positions: every location in the report must be the editor's.
 */

const suggestion = (id: string) => ({ id, author: 'Officer Ola', at: '2026-03-12T10:00:00.000Z' });
const deleted = (text: string, id = 's1'): Inline => ({ type: 'text', text, marks: [{ type: 'deletion', attrs: suggestion(id) }] });
const inserted = (text: string, id = 's1'): Inline => ({ type: 'text', text, marks: [{ type: 'insertion', attrs: suggestion(id) }] });

function edited(json: NodeJSON): Node {
  const parsed = docFromJSON(json);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.doc;
}

/** The complete draft with one section as the editor holds it. */
function withEditorSection(id: string, node: Node): CheckInput {
  const base = draftWith(id, null);
  return { ...base, sections: [...base.sections, { id, doc: node }] };
}

function textAt(node: Node, location: TextLocation | undefined): string {
  return location ? node.textBetween(location.from, location.to) : '';
}

function placeholdersIn(report: CompletenessReport, section = 'introduction'): Finding[] {
  return report.findings.filter((finding) => finding.section === section && finding.rule === 'placeholder');
}

describe('finding positions in a section with suggestions', () => {
  it('points at the placeholder in the edited text when a deletion comes before it', () => {
    const json = doc(paragraph(deleted('Old words that go. '), 'We meet on [insert date] each month.'), paragraph('Figures are in ', deleted('the old '), '[insert table].'));
    const found = placeholdersIn(checkDraft(draftWith('introduction', json), testTemplate));
    expect(found.map((finding) => textAt(edited(json), finding.location))).toEqual(['[insert date]', '[insert table]']);
  });

  it('leaves out struck-through words right next to the finding', () => {
    const json = doc(paragraph('We meet on ', deleted('the '), '[insert date]', deleted(' or later', 's2'), ' each month.'));
    const [finding] = placeholdersIn(checkDraft(draftWith('introduction', json), testTemplate));
    expect(textAt(edited(json), finding?.location)).toBe('[insert date]');
  });

  it('points at the placeholder when an insertion, or text typed over other words, comes before it', () => {
    const insertedOnly = doc(paragraph(inserted('Newly added words. '), 'We meet on [insert date].'));
    const typedOver = doc(paragraph(deleted('Some older wording here. '), inserted('New. '), 'We meet on [insert date].'));
    for (const json of [insertedOnly, typedOver]) {
      const [finding] = placeholdersIn(checkDraft(draftWith('introduction', json), testTemplate));
      expect(textAt(edited(json), finding?.location)).toBe('[insert date]');
    }
  });

  it('maps the findings of section rules and where each principle is addressed', () => {
    const json = doc(paragraph(deleted('A few words we took out. ')), paragraph('We will try to keep you safe where possible.'));
    const report = checkDraft(draftWith('pledge', json), testTemplate);
    const vague = report.findings.find((finding) => finding.rule === 'pledge.vague-promise');
    expect(textAt(edited(json), vague?.location)).toBe('We will try to keep you safe where possible.');
    const safety = report.principles.find((principle) => principle.id === 'f')?.addressedIn.find((place) => place.section === 'pledge');
    expect(textAt(edited(json), safety?.location)).toBe('safe');
  });

  it('highlights the foreword’s longest sentences in the edited text', () => {
    const json = doc(
      paragraph(deleted('We used to write much longer things here that nobody read. ')),
      paragraph('We are the young people in care. Sometimes it is hard to move to a new school in a new town with new people.'),
      paragraph(inserted('We like our carers. '), deleted('Some words go. ', 's2'), 'From the Children in Care Council, February 2025'),
    );
    const report = checkDraft(draftWith('foreword-young-people', json), testTemplate);
    const spans = report.readability['foreword-young-people']?.longestSentences ?? [];
    expect(spans.length).toBeGreaterThan(1);
    for (const span of spans) expect(textAt(edited(json), span)).toBe(span.text);
  });

  it('maps the positions of an editor document checked as the writer types', () => {
    const checker = createIncrementalChecker(testTemplate);
    const before = edited(doc(paragraph(deleted('Old words that go. '), 'We meet on [insert date].')));
    checker.update(withEditorSection('introduction', before));
    const typed = before.replace(1, 1, new Slice(Fragment.from(schema.text('Now ')), 0, 0));
    const [finding] = placeholdersIn(checker.update(withEditorSection('introduction', typed)));
    expect(textAt(typed, finding?.location)).toBe('[insert date]');
  });
});

describe('toEditorPositions', () => {
  it('returns the report itself when no section has suggestions, or only insertions', () => {
    const plain = doc(paragraph('We meet on [insert date].'));
    const report = checkDraft(draftWith('introduction', plain), testTemplate);
    expect(placeholdersIn(report).map((finding) => finding.location)).toEqual([{ from: 12, to: 25 }]);
    const contexts = [plain, doc(paragraph(inserted('Soon: '), 'We meet on [insert date].'))].map((json) => {
      const read = readSection('introduction', json);
      if (!read.ok) throw new Error(read.message);
      return read.context;
    });
    expect(toEditorPositions(report, contexts)).toBe(report);
  });

  it('keeps findings of sections without suggestions as they are', () => {
    const plain = checkDraft(draftWith('vision', doc(paragraph('Our vision is [to be agreed].'))), testTemplate);
    const withSuggestion = checkDraft(draftWith('introduction', doc(paragraph(deleted('Gone. '), 'We meet on [insert date].')), draftWith('vision', doc(paragraph('Our vision is [to be agreed].')))), testTemplate);
    expect(placeholdersIn(plain, 'vision')).toHaveLength(1);
    expect(placeholdersIn(withSuggestion, 'vision')).toEqual(placeholdersIn(plain, 'vision'));
  });

  it('never turns a range inside out where struck-through text was', () => {
    // Positions 5-8 of the edited document were struck through: the accepted text has nothing there.
    const struck = new StepMap([5, 0, 3]);
    expect(toEditorLocation({ from: 5, to: 5 }, struck)).toEqual({ from: 8, to: 8 });
    expect(toEditorLocation({ from: 2, to: 5 }, struck)).toEqual({ from: 2, to: 5 });
    expect(toEditorLocation({ from: 5, to: 7 }, struck)).toEqual({ from: 8, to: 10 });
  });
});
