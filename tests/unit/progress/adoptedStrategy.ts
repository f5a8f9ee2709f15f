import type { Draft } from '../../../shared/model/draft.js';
import { markdownToDoc } from '../../../shared/model/markdown.js';
import type { Caller } from '../core/apiHarness.js';

/** The measures table of an England strategy: two percentages (one where lower is better) and a count of children. */
export const EET = 'Care leavers in education, employment or training';
export const MOVES = 'Children with three or more placements in a year';
export const MISSING = 'Children missing from care';

export const MEASURES = [
  '<!-- table: measures -->',
  '| Priority | Indicator | Baseline | Baseline date | Target | Target date | Source | Owner |',
  '|---|---|---|---|---|---|---|---|',
  `| 1 | ${EET} | 52% | March 2024 | 65% | March 2027 | DfE SSDA903 | Head of Leaving Care |`,
  `| 2 | ${MOVES} | 11% | March 2024 | 8% | March 2027 | SSDA903 | Head of Placements |`,
  `| 2 | ${MISSING} | 12 | March 2024 | 6 | March 2027 | Local data | Head of Safeguarding |`,
].join('\n');

/** Writes every required section and approves it, as a Board would before adoption. */
export async function adopt(call: Caller, draft: Draft): Promise<void> {
  await call('settings.update', { fourEyes: false });
  const template = await call('templates.get', { id: draft.templateId });
  for (const section of template.sections) {
    if (section.kind !== 'text' || section.status !== 'required') continue;
    const stored = draft.sections.find((candidate) => candidate.id === section.id);
    const markdown = section.roles.includes('measures') ? MEASURES : `Text of ${section.title} as agreed.`;
    const receipt = await call('drafts.updateSection', { id: draft.id, sectionId: section.id, baseRevision: stored?.revision ?? 0, doc: markdownToDoc(markdown) });
    await call('drafts.setSectionState', { id: draft.id, sectionId: section.id, state: 'ready-for-review' });
    await call('drafts.setSectionState', { id: draft.id, sectionId: section.id, state: 'approved', baseRevision: receipt.revision });
  }
}

