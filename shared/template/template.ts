import { z } from 'zod';

/**
 * A template is data: the sections of a strategy in reading order, with the
 * guidance a writer sees beside each one. Templates live as JSON files in
 * `templates/` and are validated on load, so a council can add its own
 * without touching code.
 */

export const SECTION_STATUSES = ['required', 'recommended', 'optional'] as const;
export type SectionStatus = (typeof SECTION_STATUSES)[number];

const nonEmpty = z.string().trim().min(1);

export const templateSectionSchema = z.strictObject({
  /** A canonical id from the common structure (`foreword-young-people`, `measures`, …). */
  id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'must be lower-case words joined by hyphens'),
  title: nonEmpty,
  status: z.enum(SECTION_STATUSES),
  /** The cover is a form of fields, every other section is rich text. */
  kind: z.enum(['cover', 'text']),
  appendix: z.boolean(),
  guidance: z.strictObject({
    summary: nonEmpty,
    include: z.array(nonEmpty).min(1),
    goodLooksLike: z.array(nonEmpty).min(1),
    questions: z.array(nonEmpty).min(1),
  }),
  /**
   * Starter content in Markdown (tables allowed). A line `<!-- table: measures -->`
   * straight before a table marks it as a structured table of that kind.
   */
  starter: z.string().optional(),
});
export type TemplateSection = z.infer<typeof templateSectionSchema>;

export const templateSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'must be lower-case words joined by hyphens'),
    name: nonEmpty,
    description: nonEmpty,
    nation: z.enum(['England', 'Wales', 'Scotland', 'Northern Ireland']),
    version: z.number().int().positive(),
    sections: z.array(templateSectionSchema).min(1),
  })
  .superRefine((template, ctx) => {
    const seen = new Set<string>();
    template.sections.forEach((section, index) => {
      if (seen.has(section.id)) ctx.addIssue({ code: 'custom', path: ['sections', index, 'id'], message: `section id "${section.id}" appears twice` });
      seen.add(section.id);
    });
    const covers = template.sections.filter((section) => section.kind === 'cover');
    if (covers.length !== 1) ctx.addIssue({ code: 'custom', path: ['sections'], message: 'a template needs exactly one cover section' });
  });
export type Template = z.infer<typeof templateSchema>;

export interface TemplateSummary {
  id: string;
  name: string;
  description: string;
  nation: Template['nation'];
}

/** Why a template file could not be used, pointing at the file and the field so its author can fix it. */
export interface TemplateProblem {
  file: string;
  field: string;
  message: string;
}

export type TemplateValidation = { ok: true; template: Template } | { ok: false; problems: TemplateProblem[] };

export function validateTemplate(file: string, data: unknown): TemplateValidation {
  const parsed = templateSchema.safeParse(data);
  if (parsed.success) return { ok: true, template: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.map((issue) => ({
      file,
      field: issue.path.length === 0 ? '(whole file)' : formatPath(issue.path),
      message: issue.message,
    })),
  };
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`)).join('');
}
