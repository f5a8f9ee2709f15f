import { describe, expect, it, vi } from 'vitest';
import { checkDraft, createIncrementalChecker, type CheckInput } from '../../../shared/completeness/index.js';
import { boardMembershipRule } from '../../../shared/completeness/rules/boardTermsOfReference.js';
import { measuresTableRule } from '../../../shared/completeness/rules/measures.js';
import { pledgePromisesRule } from '../../../shared/completeness/rules/pledge.js';
import { EditorState } from 'prosemirror-state';
import { docFromJSON } from '../../../shared/model/docJson.js';
import { schema } from '../../../shared/model/schema.js';
import type { NodeJSON } from '../../../shared/model/draft.js';
import { doc, ol, p, paras } from './fixtures/build.js';
import { completeDraft } from './fixtures/completeStrategy.js';
import { draftWith, sectionOf } from './fixtures/run.js';
import { testTemplate } from './fixtures/template.js';

describe('createIncrementalChecker', () => {
  it('re-runs only the rule of the section that changed', () => {
    const checker = createIncrementalChecker(testTemplate);
    checker.update(completeDraft);
    const pledge = vi.spyOn(pledgePromisesRule, 'check');
    const board = vi.spyOn(boardMembershipRule, 'check');
    checker.update({ ...completeDraft, sections: [...completeDraft.sections] });
    expect(pledge).not.toHaveBeenCalled();
    checker.update(draftWith('pledge', doc(...(sectionOf('pledge').content ?? []), p('We will see you every week.'))));
    expect(pledge).toHaveBeenCalledTimes(1);
    expect(board).not.toHaveBeenCalled();
    vi.restoreAllMocks();
  });

  it('re-runs a rule when a section it depends on changed', () => {
    const checker = createIncrementalChecker(testTemplate);
    checker.update(completeDraft);
    const measures = vi.spyOn(measuresTableRule, 'check');
    const report = checker.update(draftWith('priorities', doc(ol('Homes: we will. Lead: A. By 2026.', 'Learning: we will. Lead: B. By 2026.', 'Health: we will. Lead: C. By 2026.', 'Work: we will. Lead: D. By 2026.'))));
    expect(measures).toHaveBeenCalledTimes(1);
    expect(report.findings.find((finding) => finding.rule === 'measures.measure-per-priority')?.message).toContain('priority 4');
    vi.restoreAllMocks();
  });

  it('trusts a stored revision over object identity for JSON', () => {
    const checker = createIncrementalChecker(testTemplate);
    const withRevisions = (input: CheckInput): CheckInput => ({ ...input, sections: input.sections.map((section) => ({ ...section, doc: structuredClone(section.doc as NodeJSON), revision: 1 })) });
    checker.update(withRevisions(completeDraft));
    const pledge = vi.spyOn(pledgePromisesRule, 'check');
    checker.update(withRevisions(completeDraft));
    expect(pledge).not.toHaveBeenCalled();
    vi.restoreAllMocks();
  });

  it('gives the same report as checkDraft after every edit, including whole-document findings', () => {
    const checker = createIncrementalChecker(testTemplate);
    const steps: CheckInput[] = [
      completeDraft,
      draftWith('vision', paras('Our ambition is that every child has an IRO; would this be good enough for my child?')),
      draftWith('roles', paras('An independent reviewing officer (IRO) chairs reviews.')),
      { ...completeDraft, cover: { ...completeDraft.cover, periodEnd: 2024 } },
      draftWith('introduction', null),
      completeDraft,
    ];
    for (const step of steps) expect(checker.update(step)).toEqual(checkDraft(step, testTemplate));
  });

  it('clears the quorum finding when a quorum is typed into the terms of reference', () => {
    const checker = createIncrementalChecker(testTemplate);
    const json = sectionOf('board-tor');
    const withoutQuorum = doc(...(json.content ?? []).filter((block) => !JSON.stringify(block).includes('quorate')));
    const before = docFromJSON(withoutQuorum);
    if (!before.ok) throw new Error(before.message);
    const editor = (node: typeof before.doc): CheckInput => ({ ...completeDraft, sections: completeDraft.sections.map((section) => (section.id === 'board-tor' ? { id: section.id, doc: node } : section)) });
    expect(checker.update(editor(before.doc)).findings.map((finding) => finding.rule)).toContain('board-tor.quorum');
    const state = EditorState.create({ doc: before.doc });
    const paragraphEnd = state.doc.content.size - 1;
    const typed = state.apply(state.tr.insert(paragraphEnd, schema.text(' The Board is quorate with four members, one an elected member.'))).doc;
    expect(typed.lastChild?.textContent).toContain('quorate');
    expect(checker.update(editor(typed)).findings.map((finding) => finding.rule)).not.toContain('board-tor.quorum');
  });
});
