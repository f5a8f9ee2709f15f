import { UNSORTED } from '../../shared/import/types.js';
import type { CoverFields, Draft, DraftSection, NodeJSON } from '../../shared/model/draft.js';
import type { SectionStatus, Template } from '../../shared/template/template.js';
import { sectionContent } from './storage/sections.js';

/** A draft as one self-describing JSON document, for scripts, tests and moving a strategy between machines. */
export interface PortableDraft {
  id: string;
  title: string;
  templateId: string;
  cover: CoverFields;
  sections: PortableSection[];
}

export interface PortableSection {
  id: string;
  title: string;
  status: SectionStatus;
  doc: NodeJSON;
  text: string;
}

/**
 * Sections follow the template's order and take its titles. Sections the
 * template no longer has (or every section, if the template is gone) are
 * kept at the end under their ids, so nothing written is ever left out.
 */
export function portableDraft(draft: Draft, template: Template | undefined): PortableDraft {
  const byId = new Map(draft.sections.map((section) => [section.id, section]));
  const ordered: PortableSection[] = [];
  for (const templateSection of template?.sections ?? []) {
    const section = byId.get(templateSection.id);
    if (!section) continue;
    ordered.push(portableSection(section, templateSection.title, templateSection.status));
    byId.delete(templateSection.id);
  }
  for (const section of byId.values()) ordered.push(portableSection(section, section.id === UNSORTED ? 'Unsorted (imported, still to be sorted)' : section.id, 'optional'));
  return { id: draft.id, title: draft.title, templateId: draft.templateId, cover: draft.cover, sections: ordered };
}

function portableSection(section: DraftSection, title: string, status: SectionStatus): PortableSection {
  const content = sectionContent(section.doc);
  return { id: section.id, title, status, doc: section.doc, text: content.ok ? content.text : '' };
}
