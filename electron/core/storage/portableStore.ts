import type { Database } from 'better-sqlite3';
import type { PortableExport } from '../../../shared/api/contract.js';
import { ApiFailure } from '../../../shared/api/errors.js';
import type { PortableImportOutcome } from '../../../shared/cowriting/importedSuggestion.js';
import { parsePortableFile, portableFileName, type PortableFile } from '../../../shared/cowriting/portableFile.js';
import { portableFileFromDraft } from '../../../shared/cowriting/portableFileFromDraft.js';
import { proposedReplacements } from '../../../shared/cowriting/proposedReplacements.js';
import { emptyCover, type Draft, type NodeJSON } from '../../../shared/model/draft.js';
import type { Template } from '../../../shared/template/template.js';
import type { DraftStore } from './draftStore.js';
import { draftGuards } from './draftGuards.js';
import { revisionLog } from './revisionLog.js';
import { sectionContent, starterContent } from './sections.js';
import type { SuggestionStore } from './commentsAndSuggestions.js';

export interface PortableStore {
  exportFile(id: string, sectionId?: string): PortableExport;
  /**
   * Brings a file in: a new draft when its strategy is not in this library,
   * otherwise its changes as suggestions against the current text. `intoId`
   * names the draft the user meant to bring it back into.
   */
  importFile(content: string, intoId: string | undefined, templates: (templateId: string) => Template): PortableImportOutcome;
}

export interface PortableStoreOptions {
  author: () => string;
  now?: () => Date;
  drafts: DraftStore;
  suggestions: SuggestionStore;
}

type CheckedSections = Map<string, NodeJSON>;

export function createPortableStore(db: Database, options: PortableStoreOptions): PortableStore {
  const now = () => (options.now?.() ?? new Date()).toISOString();
  const guards = draftGuards(db);
  const log = revisionLog(db, options.author);
  const sql = {
    origin: db.prepare<[string], { origin_revisions_json: string | null }>('SELECT origin_revisions_json FROM drafts WHERE id = ?'),
    exists: db.prepare<[string], { found: 1 }>('SELECT 1 AS found FROM drafts WHERE id = ?'),
    insertDraft: db.prepare<[string, string, string, string | null, string, string, string]>(
      `INSERT INTO drafts (id, template_id, cover_json, attribution_json, origin_revisions_json, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ),
    insertSection: db.prepare<[string, string, number, string, string, string]>(
      'INSERT INTO sections (draft_id, section_id, position, doc_json, text, revision, updated_at) VALUES (?, ?, ?, ?, ?, 0, ?)',
    ),
  };

  function originRevisions(id: string): Record<string, number> | null {
    const json = sql.origin.get(id)?.origin_revisions_json ?? null;
    return json === null ? null : (JSON.parse(json) as Record<string, number>);
  }

  function createDraft(file: PortableFile, sections: CheckedSections, template: Template): PortableImportOutcome {
    const at = now();
    const cover = file.cover ?? emptyCover();
    const rows: { id: string; doc: NodeJSON; text: string }[] = [];
    for (const templateSection of template.sections.filter((section) => section.kind === 'text')) {
      const incoming = sections.get(templateSection.id);
      rows.push({ id: templateSection.id, ...(incoming ? checked(incoming) : starterContent(template, templateSection)) });
      sections.delete(templateSection.id);
    }
    // Sections the template here does not know are kept at the end, so nothing written elsewhere is lost.
    for (const [id, doc] of sections) rows.push({ id, ...checked(doc) });
    sql.insertDraft.run(file.draftId, file.templateId, JSON.stringify(cover), file.attribution ? JSON.stringify(file.attribution) : null, JSON.stringify(file.baseRevisions), at, at);
    rows.forEach((row, position) => sql.insertSection.run(file.draftId, row.id, position, JSON.stringify(row.doc), row.text, at));
    log(file.draftId, null, 'import', at, { exportedBy: file.exportedBy, exportedAt: file.exportedAt, scope: file.scope, cover });
    return { kind: 'created', draftId: file.draftId };
  }

  function suggest(file: PortableFile, sections: CheckedSections, draft: Draft): PortableImportOutcome {
    const at = now();
    const origin = originRevisions(draft.id);
    const current = new Map(draft.sections.map((section) => [section.id, section]));
    const outcome: Extract<PortableImportOutcome, { kind: 'suggestions' }> = { kind: 'suggestions', draftId: draft.id, sections: [], notes: [] };
    for (const [sectionId, incoming] of sections) {
      const section = current.get(sectionId);
      if (!section) {
        outcome.notes.push(`The file has a section "${sectionId}" that this strategy does not have; it was not brought in.`);
        continue;
      }
      const proposals = proposedReplacements(section.doc, incoming);
      if (proposals.length === 0) {
        if (JSON.stringify(section.doc) !== JSON.stringify(incoming)) outcome.notes.push(`Only the formatting of section "${sectionId}" differs in the file; formatting changes are not brought in as suggestions.`);
        continue;
      }
      const added = options.suggestions.propose(draft.id, sectionId, proposals, { author: file.exportedBy, suggestedAt: file.exportedAt, importedAt: at });
      // A draft that was itself brought in counts its revisions from 0, so any revision here means it was edited here.
      const base = origin ? 0 : (file.baseRevisions[sectionId] ?? 0);
      outcome.sections.push({ sectionId, suggestions: added, alsoChangedHere: section.revision > base });
    }
    if (file.cover && JSON.stringify(file.cover) !== JSON.stringify(draft.cover)) {
      outcome.notes.push('The title page in the file differs from this one; it was not changed. Compare them and copy any change by hand.');
    }
    if (file.attribution && JSON.stringify(file.attribution) !== JSON.stringify(draft.attribution)) {
      outcome.notes.push('The foreword attribution and consent records in the file differ from these; they were not changed.');
    }
    const total = outcome.sections.reduce((sum, section) => sum + section.suggestions, 0);
    log(draft.id, null, 'import', at, { exportedBy: file.exportedBy, exportedAt: file.exportedAt, scope: file.scope, suggestions: total });
    return outcome;
  }

  return {
    exportFile(id, sectionId) {
      const draft = options.drafts.open(id);
      const file = portableFileFromDraft({ draft, originRevisions: originRevisions(id), exportedBy: options.author().slice(0, 100), exportedAt: now(), sectionId });
      if (!file) throw new ApiFailure('not-found', `This strategy has no section "${sectionId}".`);
      return { fileName: portableFileName(draft.title, sectionId), content: `${JSON.stringify(file, null, 2)}\n` };
    },

    importFile(content, intoId, templates) {
      const parsed = parsePortableFile(content);
      if (!parsed.ok) throw new ApiFailure('import-failed', `${parsed.message} Nothing was changed.`, parsed.details);
      const file = parsed.file;
      if (intoId !== undefined) {
        guards.existing(intoId);
        if (file.draftId !== intoId) {
          throw new ApiFailure('import-failed', 'This file belongs to a different strategy, so it cannot be brought back into this one. Nothing was changed.');
        }
      }
      const sections = checkedSections(file);
      return db
        .transaction(() => {
          if (sql.exists.get(file.draftId)) {
            guards.editable(file.draftId);
            return suggest(file, sections, options.drafts.open(file.draftId));
          }
          if (file.scope === 'section') {
            throw new ApiFailure(
              'import-failed',
              'This file holds one section of a strategy that is not in this library, so there is nothing to bring it back into. Nothing was changed.',
            );
          }
          return createDraft(file, sections, templateFor(file, templates));
        })
        .immediate();
    },
  };
}

/** Every section of the file checked before anything is written, so a bad section leaves the library as it was. */
function checkedSections(file: PortableFile): CheckedSections {
  const sections: CheckedSections = new Map();
  for (const section of file.sections) {
    const content = sectionContent(section.doc);
    if (!content.ok) throw new ApiFailure('import-failed', `Section "${section.id}" in the file cannot be used: ${content.message} Nothing was changed.`);
    sections.set(section.id, content.doc);
  }
  return sections;
}

function checked(doc: NodeJSON): { doc: NodeJSON; text: string } {
  const content = sectionContent(doc);
  if (!content.ok) throw new ApiFailure('import-failed', content.message);
  return { doc: content.doc, text: content.text };
}

function templateFor(file: PortableFile, templates: (templateId: string) => Template): Template {
  try {
    return templates(file.templateId);
  } catch (error) {
    if (error instanceof ApiFailure && error.code === 'not-found') {
      throw new ApiFailure('import-failed', `This file uses the template "${file.templateId}", which is not installed here. Nothing was changed.`);
    }
    throw error;
  }
}
