import { z } from 'zod';
import { coverFieldsSchema, nodeJSONSchema } from '../model/draft.js';
import { DRAFT_SECTION_MERGES, type DraftSectionDecision, type ImportChoices, type ImportCover, type ImportPart, type ImportProposal, type SourceHeading } from './types.js';

/**
 * Runtime checks for an import proposal and the officer's choices when they
 * come back over the API from the review screen: the renderer holds the
 * proposal between `import.propose` and `import.apply`, so by then it is
 * untrusted input like any other.
 */

/** More parts than any real strategy has headings, so only a malformed proposal is refused. */
export const MAX_IMPORT_PARTS = 20_000;
/** A heading longer than this is a paragraph someone styled as a heading. */
export const MAX_HEADING_CHARACTERS = 5000;
const sectionChoice = z.string().regex(/^[a-z][a-z0-9-]{0,63}$/, 'is not a valid section id');

export const importCoverSchema: z.ZodType<ImportCover> = coverFieldsSchema
  .pick({ council: true, title: true, periodStart: true, periodEnd: true })
  .extend(coverFieldsSchema.pick({ date: true, version: true, owner: true, approvingBody: true }).partial().shape);

const sourceHeadingSchema: z.ZodType<SourceHeading> = z.strictObject({
  text: z.string().max(MAX_HEADING_CHARACTERS),
  level: z.number().int().min(1).max(20),
});

const partIndex = z.number().int().min(0).max(MAX_IMPORT_PARTS);

export const importPartSchema: z.ZodType<ImportPart> = z.strictObject({
  index: partIndex,
  heading: sourceHeadingSchema.nullable(),
  parentIndex: partIndex.nullable(),
  blocks: z.array(nodeJSONSchema),
  preview: z.string().max(5000),
  section: sectionChoice,
  confidence: z.number().min(0).max(1),
  followsParent: z.boolean(),
});

export const importProposalSchema: z.ZodType<ImportProposal> = z
  .strictObject({
    fileName: z.string().min(1).max(255),
    format: z.enum(['docx', 'markdown', 'text']),
    cover: importCoverSchema,
    parts: z.array(importPartSchema).max(MAX_IMPORT_PARTS),
    messages: z.array(z.string().max(5000)).max(500),
    localNames: z.record(z.string().max(64), z.string().trim().min(1).max(120)).optional(),
  })
  .superRefine((proposal, ctx) => {
    // Choices name parts by index and sub-headings follow their parent, so both must describe the document's order.
    proposal.parts.forEach((part, index) => {
      if (part.index !== index) ctx.addIssue({ code: 'custom', path: ['parts', index, 'index'], message: `should be ${index}, its place in the document` });
      if (part.parentIndex !== null && part.parentIndex >= index) {
        ctx.addIssue({ code: 'custom', path: ['parts', index, 'parentIndex'], message: 'must name an earlier part' });
      }
    });
  });

export const importChoicesSchema: z.ZodType<ImportChoices> = z.strictObject({
  sections: z.array(sectionChoice).max(MAX_IMPORT_PARTS),
  cover: importCoverSchema.optional(),
});

/** One decision per section that receives parts; a template has far fewer sections than this. */
export const draftSectionDecisionsSchema: z.ZodType<DraftSectionDecision[]> = z
  .array(
    z.strictObject({
      sectionId: sectionChoice,
      merge: z.enum(DRAFT_SECTION_MERGES as [DraftSectionDecision['merge'], ...DraftSectionDecision['merge'][]]),
      baseRevision: z.number().int().min(0),
    }),
  )
  .max(500)
  .refine((decisions) => new Set(decisions.map((decision) => decision.sectionId)).size === decisions.length, 'names a section more than once');
