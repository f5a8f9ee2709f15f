import { z } from 'zod';
import { coverFieldsSchema, nodeJSONSchema } from '../model/draft.js';
import { attributionSchema } from './attribution.js';

/**
 * The file a strategy, or one section of it, travels in between machines:
 * versioned JSON under its own extension. `portable-file.schema.json` beside
 * this module is the same schema in JSON Schema form, for people reading
 * the files with other tools; a test keeps the two the same.
 */

export const PORTABLE_FILE_FORMAT = 'corporate-parenting-studio/draft';
export const PORTABLE_FILE_VERSION = 1;
export const PORTABLE_FILE_EXTENSION = '.cpsdraft';

const sectionId = z.string().regex(/^[a-z][a-z0-9-]{0,63}$/);
const revision = z.number().int().min(0);

export const portableSectionSchema = z.strictObject({
  id: sectionId,
  doc: nodeJSONSchema,
  /** The section's revision in the library that wrote the file. */
  revision,
});

export const portableFileSchema = z
  .strictObject({
    format: z.literal(PORTABLE_FILE_FORMAT),
    formatVersion: z.literal(PORTABLE_FILE_VERSION),
    exportedAt: z.iso.datetime({ offset: true }),
    exportedBy: z.string().trim().min(1).max(100),
    draftId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
    templateId: z.string().regex(/^[a-z][a-z0-9-]*$/).max(64),
    scope: z.enum(['draft', 'section']),
    /**
     * For each section, the revision of the original library this copy
     * descends from, so bringing it back can tell whether the section was
     * also changed there in the meantime.
     */
    baseRevisions: z.record(sectionId, revision),
    cover: coverFieldsSchema.optional(),
    attribution: attributionSchema.optional(),
    sections: z.array(portableSectionSchema).min(1).max(200),
  })
  .superRefine((file, ctx) => {
    if (file.scope === 'section' && file.sections.length !== 1) ctx.addIssue({ code: 'custom', path: ['sections'], message: 'a section file holds exactly one section' });
    const seen = new Set<string>();
    file.sections.forEach((section, index) => {
      if (seen.has(section.id)) ctx.addIssue({ code: 'custom', path: ['sections', index, 'id'], message: `section "${section.id}" appears twice` });
      seen.add(section.id);
      if (file.baseRevisions[section.id] === undefined) ctx.addIssue({ code: 'custom', path: ['baseRevisions'], message: `has no entry for section "${section.id}"` });
    });
  });
export type PortableFile = z.infer<typeof portableFileSchema>;

export type PortableFileParse = { ok: true; file: PortableFile } | { ok: false; message: string; details?: string[] };

/** Reads a file's text, telling apart "not ours", "from a newer app" and "damaged", because each needs a different remedy. */
export function parsePortableFile(content: string): PortableFileParse {
  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch {
    return { ok: false, message: 'This file is not a Corporate Parenting Studio strategy file: it is not readable JSON.' };
  }
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== PORTABLE_FILE_FORMAT) {
    return { ok: false, message: 'This file is not a Corporate Parenting Studio strategy file.' };
  }
  const version = (data as { formatVersion?: unknown }).formatVersion;
  if (typeof version === 'number' && version > PORTABLE_FILE_VERSION) {
    return {
      ok: false,
      message: `This file was made by a newer version of Corporate Parenting Studio (file format ${version}; this version reads format ${PORTABLE_FILE_VERSION}). Update the app to open it.`,
    };
  }
  const parsed = portableFileSchema.safeParse(data);
  if (!parsed.success) {
    return {
      ok: false,
      message: 'This strategy file is damaged or was changed outside the app, so it cannot be opened.',
      details: parsed.error.issues.slice(0, 20).map((issue) => `${issue.path.length === 0 ? 'file' : issue.path.map(String).join('.')}: ${issue.message}`),
    };
  }
  return { ok: true, file: parsed.data };
}

/** A file name from the strategy's title: letters, digits and hyphens only, so it is safe on every system. */
export function portableFileName(title: string, sectionId?: string): string {
  const base = title
    .normalize('NFKD')
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/[\s_]+/g, '-')
    .replace(/-+/g, '-')
    .toLowerCase()
    .slice(0, 80)
    .replace(/-$/, '');
  return `${base || 'strategy'}${sectionId ? `-${sectionId}` : ''}${PORTABLE_FILE_EXTENSION}`;
}
