import { z } from 'zod';
import type { Attribution } from '../cowriting/attribution.js';
import type { SectionSignOff, SignOffCounts } from '../cowriting/signOff.js';
import type { TranslationLanguage } from './language.js';
import { LOGO_DATA_URL, MAX_LOGO_DATA_URL_LENGTH, parseLogo } from './logo.js';

/** ProseMirror JSON as stored and sent over the wire; checked against the schema by `docFromJSON`. */
export interface NodeJSON {
  type: string;
  attrs?: Record<string, unknown>;
  content?: NodeJSON[];
  marks?: { type: string; attrs?: Record<string, unknown> }[];
  text?: string;
}

export const nodeJSONSchema: z.ZodType<NodeJSON> = z.lazy(() =>
  z.strictObject({
    type: z.string().min(1).max(64),
    attrs: z.record(z.string(), z.unknown()).optional(),
    content: z.array(nodeJSONSchema).optional(),
    marks: z.array(z.strictObject({ type: z.string().min(1).max(64), attrs: z.record(z.string(), z.unknown()).optional() })).optional(),
    text: z.string().optional(),
  }),
);

const year = z.number().int().min(1900).max(2200);
const shortText = z.string().max(300);
const logoDataUrl = z
  .string()
  .max(MAX_LOGO_DATA_URL_LENGTH, 'The logo is too large: use an image file of 1 MB or less.')
  .regex(LOGO_DATA_URL, 'The logo must be a base64 data URL of a PNG or JPEG image.')
  .refine((value) => parseLogo(value) !== null, 'The logo must be a PNG or JPEG image.');

/**
 * The title page. Years are numbers so the checker can compare them; everything may be blank while drafting.
 * The logo is optional so covers saved before it existed still parse; '' means it was removed.
 */
export const coverFieldsSchema = z.strictObject({
  council: shortText,
  title: shortText,
  periodStart: year.nullable(),
  periodEnd: year.nullable(),
  date: z.union([z.literal(''), z.iso.date()]),
  version: shortText,
  owner: shortText,
  approvingBody: shortText,
  logo: z.union([z.literal(''), logoDataUrl]).optional(),
});
export type CoverFields = z.infer<typeof coverFieldsSchema>;

export const emptyCover = (): CoverFields => ({
  council: '',
  title: '',
  periodStart: null,
  periodEnd: null,
  date: '',
  version: '',
  owner: '',
  approvingBody: '',
});

export interface DraftSection {
  id: string;
  doc: NodeJSON;
  /** Increases by one on every save of this section; a save must name the revision it was based on. */
  revision: number;
  updatedAt: string;
  /** Review state; always present on drafts read from the library (absent means a draft that was never reviewed). */
  signOff?: SectionSignOff;
}

export interface Draft {
  id: string;
  templateId: string;
  title: string;
  cover: CoverFields;
  /** Revision of the cover fields, for the same stale-write check as sections. */
  coverRevision: number;
  sections: DraftSection[];
  createdAt: string;
  updatedAt: string;
  trashedAt: string | null;
  /** Who wrote the young people's foreword, with consent records; always present on drafts read from the library. */
  attribution?: Attribution;
  /** Revision of the attribution, for the same stale-write check as sections. */
  attributionRevision?: number;
  /**
   * A bilingual draft's other texts (Welsh), by language then section id; only sections whose text in that
   * language has been saved are listed, and the field is absent until one has.
   */
  translations?: Partial<Record<TranslationLanguage, Record<string, SectionTranslation>>>;
}

/** A section's text in another language, saved and revised on its own like the English text. */
export interface SectionTranslation {
  doc: NodeJSON;
  revision: number;
  updatedAt: string;
}

export interface DraftSummary {
  id: string;
  templateId: string;
  title: string;
  council: string;
  periodStart: number | null;
  periodEnd: number | null;
  createdAt: string;
  updatedAt: string;
  trashedAt: string | null;
  /** Present when the draft has no title of its own, so `title` is its pack's untitled name ("Untitled plan"). */
  untitled?: true;
  /** How many sections are in each review state; always present on summaries read from the library. */
  signOff?: SignOffCounts;
}

export interface Revision {
  id: number;
  draftId: string;
  /** null when the change was to the draft as a whole (created, renamed, cover, trashed). */
  sectionId: string | null;
  author: string;
  at: string;
  action:
    | 'create'
    | 'cover'
    | 'section'
    | 'rename'
    | 'trash'
    | 'restore'
    | 'duplicate'
    | 'sign-off'
    | 'attribution'
    | 'snapshot'
    | 'restore-revision'
    | 'restore-snapshot'
    | 'import'
    /**
     * A section's text as an import brought it in; holds the whole new text, like 'section'. Stored by an
     * import into an open draft; a draft created by an import stored 'section', read back as this (revisionLog.ts).
     */
    | 'import-section'
    /** The text a section held before an import changed it, when no earlier entry holds it (starter text, a copy's text). */
    | 'before-import'
    /** A newer version of the draft's template added sections: one entry for the draft, and one in each added section's history (storage/templateUpgrade.ts). */
    | 'template-upgrade';
}
