import type { Draft } from '../model/draft.js';
import { PORTABLE_FILE_FORMAT, PORTABLE_FILE_VERSION, type PortableFile } from './portableFile.js';

export interface PortableFileSource {
  draft: Draft;
  /** Set for a draft that was itself brought in from a file: the revisions of the library it came from. */
  originRevisions: Record<string, number> | null;
  exportedBy: string;
  exportedAt: string;
  /** One section only (e.g. the foreword to send to the youth worker), or the whole draft. */
  sectionId?: string;
}

/** The file for a whole draft or one of its sections; undefined when the draft has no such section. */
export function portableFileFromDraft({ draft, originRevisions, exportedBy, exportedAt, sectionId }: PortableFileSource): PortableFile | undefined {
  const sections = draft.sections.filter((section) => sectionId === undefined || section.id === sectionId);
  if (sections.length === 0) return undefined;
  const whole = sectionId === undefined;
  return {
    format: PORTABLE_FILE_FORMAT,
    formatVersion: PORTABLE_FILE_VERSION,
    exportedAt,
    exportedBy,
    draftId: draft.id,
    templateId: draft.templateId,
    scope: whole ? 'draft' : 'section',
    baseRevisions: Object.fromEntries(sections.map((section) => [section.id, originRevisions?.[section.id] ?? section.revision])),
    ...(whole ? { cover: draft.cover } : {}),
    ...(whole && draft.attribution ? { attribution: draft.attribution } : {}),
    sections: sections.map((section) => ({ id: section.id, doc: section.doc, revision: section.revision })),
  };
}
