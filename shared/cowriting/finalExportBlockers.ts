import type { Draft } from '../model/draft.js';
import type { Template } from '../template/template.js';
import { SIGN_OFF_LABELS } from './signOff.js';

/**
 * Why a final (not marked DRAFT) export is not yet allowed: one sentence per
 * required section of the template that is not approved, in template order.
 * Empty when every required section is approved. The title page is a form
 * of fields, not reviewed text, so it is not signed off.
 */
export function finalExportBlockers(draft: Draft, template: Template): string[] {
  const sections = new Map(draft.sections.map((section) => [section.id, section]));
  const blockers: string[] = [];
  for (const templateSection of template.sections) {
    if (templateSection.kind !== 'text' || templateSection.status !== 'required') continue;
    const section = sections.get(templateSection.id);
    if (!section) {
      blockers.push(`"${templateSection.title}" is missing from this strategy.`);
      continue;
    }
    const state = section.signOff?.state ?? 'draft';
    if (state !== 'approved') blockers.push(`"${templateSection.title}" is not approved yet (it is marked "${SIGN_OFF_LABELS[state]}").`);
  }
  return blockers;
}
