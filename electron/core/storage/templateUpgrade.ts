import type { Database } from 'better-sqlite3';
import { UNSORTED } from '../../../shared/import/types.js';
import type { Template } from '../../../shared/template/template.js';
import type { RevisionLog } from './revisionLog.js';
import { starterContent } from './sections.js';

/** What bringing a draft up to its template's version did; recorded in the revision log as `template-upgrade`. */
export interface TemplateUpgrade {
  templateId: string;
  /** The version the draft was at; null for drafts written before versions were recorded. */
  from: number | null;
  to: number;
  /** Sections the template has gained since, added with the starter content a new draft gets. */
  added: string[];
  /** Sections the draft has that the template no longer lists: kept, with their text, where they were. */
  notInTemplate: string[];
}

/**
 * Brings a draft written with an earlier version of its template up to the
 * current one, once: the sections the template has gained are added in its
 * reading order, as a new draft would have them (starter content, never
 * reviewed), and nothing the draft holds is changed or dropped. The version
 * reached is recorded on the draft, so a second opening finds nothing to do.
 * A draft in the trash is left as it is until it is brought back, as it
 * cannot be edited there.
 */
export function templateUpgrader(db: Database, log: RevisionLog, now: () => string): (draftId: string, template: Template) => TemplateUpgrade | null {
  const sql = {
    draft: db.prepare<[string], { template_id: string; template_version: number | null; trashed_at: string | null }>(
      'SELECT template_id, template_version, trashed_at FROM drafts WHERE id = ?',
    ),
    sections: db.prepare<[string], { section_id: string; position: number }>('SELECT section_id, position FROM sections WHERE draft_id = ? ORDER BY position, section_id'),
    move: db.prepare<[number, string, string]>('UPDATE sections SET position = ? WHERE draft_id = ? AND section_id = ?'),
    insert: db.prepare<[string, string, number, string, string, string]>(
      'INSERT INTO sections (draft_id, section_id, position, doc_json, text, revision, updated_at) VALUES (?, ?, ?, ?, ?, 0, ?)',
    ),
    setVersion: db.prepare<[number, string]>('UPDATE drafts SET template_version = ? WHERE id = ?'),
  };

  const due = (draftId: string, template: Template) => {
    const row = sql.draft.get(draftId);
    return row !== undefined && row.template_id === template.id && row.trashed_at === null && (row.template_version === null || row.template_version < template.version) ? row : undefined;
  };

  return (draftId, template) => {
    if (!due(draftId, template)) return null;
    const textSections = template.sections.filter((section) => section.kind === 'text' && section.id !== UNSORTED);
    // Starter content is made before the transaction, so a template that cannot give it leaves the draft untouched.
    const starters = new Map(textSections.map((section) => [section.id, starterContent(template, section)]));
    return db.transaction(() => {
      // Read again under the write lock: another window or the CLI may have just done it.
      const row = due(draftId, template);
      if (!row) return null;
      const existing = sql.sections.all(draftId);
      const present = new Set(existing.map((section) => section.section_id));
      const order = upgradedOrder(
        existing.map((section) => section.section_id),
        textSections.map((section) => section.id),
      );
      const at = now();
      const added: string[] = [];
      const positionOf = new Map(existing.map((section) => [section.section_id, section.position]));
      order.forEach((sectionId, position) => {
        if (present.has(sectionId)) {
          if (positionOf.get(sectionId) !== position) sql.move.run(position, draftId, sectionId);
          return;
        }
        const starter = starters.get(sectionId);
        if (!starter) return;
        sql.insert.run(draftId, sectionId, position, JSON.stringify(starter.doc), starter.text, at);
        added.push(sectionId);
      });
      sql.setVersion.run(template.version, draftId);
      const known = new Set(textSections.map((section) => section.id));
      const upgrade: TemplateUpgrade = {
        templateId: template.id,
        from: row.template_version,
        to: template.version,
        added,
        notInTemplate: existing.map((section) => section.section_id).filter((sectionId) => sectionId !== UNSORTED && !known.has(sectionId)),
      };
      // Recording a version a draft already matched is bookkeeping, not a change anyone needs to see in its history.
      if (added.length > 0) log(draftId, null, 'template-upgrade', at, upgrade);
      // Each new section's own history (the one the editor shows) says where it came from.
      for (const sectionId of added) log(draftId, sectionId, 'template-upgrade', at, { templateId: template.id, from: row.template_version, to: template.version });
      return upgrade;
    }).immediate();
  };
}

/**
 * The draft's sections with the template's new ones placed in its reading
 * order: each new section goes straight after the nearest section before it
 * in the template that the draft has, or first when there is none. Sections
 * the draft already has keep their order, those the template no longer
 * lists included, and the Unsorted pile stays last.
 */
export function upgradedOrder(existing: readonly string[], templateOrder: readonly string[]): string[] {
  const order = existing.filter((sectionId) => sectionId !== UNSORTED);
  templateOrder.forEach((sectionId, index) => {
    if (order.includes(sectionId)) return;
    const before = templateOrder
      .slice(0, index)
      .reverse()
      .find((earlier) => order.includes(earlier));
    order.splice(before === undefined ? 0 : order.indexOf(before) + 1, 0, sectionId);
  });
  return existing.includes(UNSORTED) ? [...order, UNSORTED] : order;
}
