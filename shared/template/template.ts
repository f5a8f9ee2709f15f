import { z } from 'zod';
import { contentLanguageSchema, isTranslationLanguage, type ContentLanguage, type TranslationLanguage } from '../model/language.js';

/**
 * A template is a domain pack: everything the app knows about one kind of
 * document, as data. A pack is a folder under `templates/` (see the README):
 * `pack.json` (the sections in reading order, with their roles, guidance and
 * starter text), `rules.json` (which checks run where, with their
 * parameters), `import.json` (what import looks for), `law.json` (the law
 * library) and `terminology.json` (words to prefer, avoid and define). Every
 * file is validated on load, so a policy expert can correct the domain, or a
 * council add a kind of document, without touching code.
 */

export const SECTION_STATUSES = ['required', 'recommended', 'optional'] as const;
export type SectionStatus = (typeof SECTION_STATUSES)[number];

const nonEmpty = z.string().trim().min(1);
const packId = z.string().regex(/^[a-z][a-z0-9-]*$/, 'must be lower-case words joined by hyphens');

/**
 * What code may ask of a section. Code never tests a section id (ids belong
 * to the pack); it asks for the section playing a role, so a pack for another
 * nation or another document can name its sections as it likes.
 */
export const SECTION_ROLES = [
  /** Written by children and young people: read against a young reader's reading age, co-written in the workshop, names need consent. */
  'young-people-foreword',
  /** Signed by the Lead Member or Director. */
  'leadership-foreword',
  /** Where acronyms are defined. */
  'glossary',
  'measures',
  'board-terms',
  /** The legal and policy framework. */
  'law',
  'pledge',
  'priorities',
  'action-plan',
  'care-leavers-offer',
  'local-context',
  /** Written for children to read (a child-friendly pledge): reading age checked. */
  'child-friendly',
  /** In a yearly report: where each measure of the strategy is reported (the progress table and its charts). */
  'progress-report',
  /** In a yearly report: "you said, we did", made from the strategy's consultation log. */
  'you-said-we-did',
] as const;
export type SectionRole = (typeof SECTION_ROLES)[number];

/** Text found in a document (a council's or a group's name) as pattern source that matches exactly that text, whatever characters it holds. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A regular expression written as JavaScript source, matched case-insensitively; it must compile. */
export const patternSource = z
  .string()
  .min(1)
  .superRefine((source, ctx) => {
    try {
      new RegExp(source, 'iu');
    } catch (error) {
      ctx.addIssue({ code: 'custom', message: `is not a valid regular expression: ${(error as Error).message}` });
    }
  });

export const templateSectionSchema = z.strictObject({
  /** A canonical id from the common structure (`foreword-young-people`, `measures`, …). */
  id: packId,
  title: nonEmpty,
  status: z.enum(SECTION_STATUSES),
  /** The cover is a form of fields, every other section is rich text. */
  kind: z.enum(['cover', 'text']),
  appendix: z.boolean(),
  roles: z.array(z.enum(SECTION_ROLES)).default([]),
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

/** A check run on a section or the whole document: a rule id from the app's rule registry, with the parameters the pack gives it. */
export const ruleUseSchema = z.strictObject({
  rule: packId,
  params: z.record(z.string(), z.unknown()).optional(),
  /** For pack authors, never shown to users: why the rule is used as it is (its severity, when it only advises), from what reviewers judged. */
  why: z.string().min(1).optional(),
});
export type RuleUse = z.infer<typeof ruleUseSchema>;

/** `rules.json`: the checks of each section (by section id) and of the whole document. */
export const packRulesSchema = z.strictObject({
  sections: z.record(z.string(), z.array(ruleUseSchema)).default({}),
  document: z.array(ruleUseSchema).default([]),
  /**
   * Sections whose absence is judged across the whole document: when one has
   * no text of its own but another section carries its content (by the
   * pack's import cues for it, reaching `share` of their greatest score),
   * the check says where it was found instead of calling it missing.
   * Sections listed in `notIn` are never where content is looked for: a
   * legal framework cites "Volume 2 … Regulations 2010", which is neither a
   * figure nor a date.
   */
  acrossDocument: z.strictObject({ sections: z.array(packId).default([]), share: z.number().gt(0).max(1).default(0.6), notIn: z.array(packId).default([]) }).optional(),
});
export type PackRules = z.infer<typeof packRulesSchema>;

const headingCueSchema = z.strictObject({ pattern: patternSource, weight: z.number().positive() });

/** `import.json`: what a heading's words and a part's content say about the section it belongs to. */
export const importCuesSchema = z.strictObject({
  /** Headings the document has no section for ("Conclusion", "Next steps"): their parts are left for the officer to place. */
  unplacedHeadings: z.array(headingCueSchema).default([]),
  /** By local-name slot: how a document gives the body's own name, each pattern with a group `(?<name>…)` (matched case-sensitively, so a name is told by its capitals). */
  localNames: z.record(z.string(), z.array(patternSource).min(1)).default({}),
  sections: z
    .record(
      z.string(),
      z.strictObject({
        /** Where in a document such a section usually sits: before the numbered sections, among them, or at the back. */
        place: z.enum(['opening', 'body', 'appendix']).default('body'),
        /** Its subject is also one theme of a pledge or of priorities (a say in decisions, leaving care): under a chapter of such themes, a sub-heading naming it stays a theme of that chapter. */
        theme: z.boolean().optional(),
        /** A defining heading pattern has weight 1 or more; a weaker one only leans towards the section. */
        headings: z.array(headingCueSchema).default([]),
        /** Counted in the part's text; `saturation` matches make the signal count in full. */
        content: z.array(z.strictObject({ pattern: patternSource, saturation: z.number().int().positive(), weight: z.number().positive() })).default([]),
      }),
    )
    .default({}),
});
export type ImportCues = z.infer<typeof importCuesSchema>;

export const NATIONS = ['England', 'Wales', 'Scotland', 'Northern Ireland'] as const;
const COMMENCEMENT = ['in-force', 'partly-in-force', 'awaiting-commencement'] as const;
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD');

/** `law.json`: the Acts, regulations and guidance the document stands on, and the duties it must address. */
export const lawLibrarySchema = z.strictObject({
  instruments: z
    .array(
      z.strictObject({
        id: packId,
        title: nonEmpty,
        citation: nonEmpty,
        kind: z.enum(['act', 'regulations', 'statutory-guidance', 'guidance', 'policy']),
        nations: z.array(z.enum(NATIONS)).min(1),
        year: z.number().int().min(1900).max(2100),
        commencement: z.enum(COMMENCEMENT),
        inForceFrom: isoDate.optional(),
        /** The id of the instrument that replaced this one. */
        supersededBy: packId.optional(),
        source: z.url(),
        provisions: z.array(z.strictObject({ ref: nonEmpty, title: nonEmpty, commencement: z.enum(COMMENCEMENT).optional() })).default([]),
        /** Patterns that find a citation of this instrument in the text. */
        recognisedBy: z.array(patternSource).min(1),
        note: nonEmpty.optional(),
      }),
    )
    .default([]),
  principles: z
    .array(z.strictObject({ id: packId, citation: nonEmpty, text: nonEmpty, cues: z.array(patternSource).min(1) }))
    .default([]),
});
export type LawLibrary = z.infer<typeof lawLibrarySchema>;

/** `terminology.json`: words young people dislike, names that are out of date, and acronyms. */
export const terminologySchema = z.strictObject({
  /**
   * `severity` "warning" for a word that labels the child ("LAC") or makes
   * family life sound like a service ("contact", "respite"), which a reviewer
   * asks to change; service language the pack only advises on stays "info".
   */
  discouraged: z.array(z.strictObject({ pattern: patternSource, prefer: nonEmpty, why: nonEmpty, severity: z.enum(['warning', 'info']).optional() })).default([]),
  superseded: z.array(z.strictObject({ pattern: patternSource, now: nonEmpty, since: nonEmpty, why: nonEmpty })).default([]),
  acronyms: z.array(z.strictObject({ short: nonEmpty, long: nonEmpty })).default([]),
  /** Acronyms every reader knows, never asked to be defined. */
  universallyKnown: z.array(nonEmpty).default([]),
});
export type Terminology = z.infer<typeof terminologySchema>;

/** A name the council gives once (its Children in Care Council, its Board) so that checks recognise it. */
export const localNameSlotSchema = z.strictObject({ id: packId, label: nonEmpty, examples: z.array(nonEmpty).default([]) });
export type LocalNameSlot = z.infer<typeof localNameSlotSchema>;

/**
 * How the app speaks of this kind of document and of the body whose document
 * it is, on screens, in the CLI's output and in the exports: a Scottish plan
 * may belong to a health board, a Trust's strategy in Northern Ireland is
 * adopted by its Board, so none of this is written into code. The defaults
 * are an English council's strategy.
 */
export const DOCUMENT_WORDS_DEFAULT = {
  documentKind: 'strategy',
  organisation: 'Council',
  organisationHint: 'The council or partnership that owns the strategy.',
  adoptionPhrase: 'For adoption by',
  leaders: 'councillors',
  leader: 'councillor',
} as const;
const documentWordsSchema = z
  .strictObject({
    /** The document's kind in lower case, as a sentence says it ("the whole strategy", "Untitled plan"). */
    documentKind: z.string().trim().regex(/^[a-z][a-z -]*$/, 'must be lower-case words, such as "strategy" or "plan"').default(DOCUMENT_WORDS_DEFAULT.documentKind),
    /** The title page's field for whose document it is ("Council", "Organisation", "Trust"). */
    organisation: nonEmpty.default(DOCUMENT_WORDS_DEFAULT.organisation),
    /** The hint under that field. */
    organisationHint: nonEmpty.default(DOCUMENT_WORDS_DEFAULT.organisationHint),
    /** What the title page prints before the approving body ("For adoption by Full Council"). */
    adoptionPhrase: nonEmpty.default(DOCUMENT_WORDS_DEFAULT.adoptionPhrase),
    /** The people who lead the body and read the young people's foreword first, as the middle of a sentence says them ("councillors", "Trust Board members"). */
    leaders: nonEmpty.default(DOCUMENT_WORDS_DEFAULT.leaders),
    /** One of them ("every councillor"). */
    leader: nonEmpty.default(DOCUMENT_WORDS_DEFAULT.leader),
  })
  .default(DOCUMENT_WORDS_DEFAULT);
export type DocumentWords = z.infer<typeof documentWordsSchema>;

/** `pack.json`: the pack itself and its sections. */
export const packFileSchema = z.strictObject({
  id: packId,
  name: nonEmpty,
  description: nonEmpty,
  nation: z.enum(NATIONS),
  version: z.number().int().positive(),
  /** How the document goes out: the body that adopts it, and the document's name in lower case as a file name says it ("corporate parenting strategy"). */
  export: z
    .strictObject({ approvingBody: nonEmpty.default('Full Council'), documentName: nonEmpty.default('corporate parenting strategy') })
    .default({ approvingBody: 'Full Council', documentName: 'corporate parenting strategy' }),
  localNames: z.array(localNameSlotSchema).default([]),
  words: documentWordsSchema,
  /**
   * The languages every section is written in, English first: ["en", "cy"] gives each section a Welsh
   * text beside the English one, and the export a choice of language. Left out: English only (read it with `packLanguages`).
   */
  languages: z
    .array(contentLanguageSchema)
    .min(1)
    .refine((languages) => languages[0] === 'en', { message: 'English ("en") comes first: it is every section\'s own text' })
    .refine((languages) => new Set(languages).size === languages.length, { message: 'a language is listed twice' })
    .optional(),
  /** The pack of the yearly report on a document of this pack (the Board's annual report to Full Council), generated from it. */
  annualReport: packId.optional(),
  sections: z.array(templateSectionSchema).min(1),
});

export const templateSchema = packFileSchema
  .extend({
    rules: packRulesSchema.default({ sections: {}, document: [] }),
    importCues: importCuesSchema.default({ unplacedHeadings: [], localNames: {}, sections: {} }),
    law: lawLibrarySchema.default({ instruments: [], principles: [] }),
    terminology: terminologySchema.default({ discouraged: [], superseded: [], acronyms: [], universallyKnown: [] }),
  })
  .superRefine((template, ctx) => {
    const seen = new Set<string>();
    template.sections.forEach((section, index) => {
      if (seen.has(section.id)) ctx.addIssue({ code: 'custom', path: ['sections', index, 'id'], message: `section id "${section.id}" appears twice` });
      seen.add(section.id);
    });
    const covers = template.sections.filter((section) => section.kind === 'cover');
    if (covers.length !== 1) ctx.addIssue({ code: 'custom', path: ['sections'], message: 'a template needs exactly one cover section' });
    for (const role of SECTION_ROLES) {
      const playing = template.sections.filter((section) => section.roles.includes(role));
      if (playing.length > 1) ctx.addIssue({ code: 'custom', path: ['sections'], message: `the role "${role}" is given to ${playing.map((section) => section.id).join(' and ')}; give it to one section` });
    }
    for (const id of Object.keys(template.rules.sections)) {
      if (!seen.has(id)) ctx.addIssue({ code: 'custom', path: ['rules', 'sections', id], message: `there is no section "${id}" in pack.json` });
    }
    for (const field of ['sections', 'notIn'] as const) {
      template.rules.acrossDocument?.[field].forEach((id, index) => {
        if (!seen.has(id)) ctx.addIssue({ code: 'custom', path: ['rules', 'acrossDocument', field, index], message: `there is no section "${id}" in pack.json` });
      });
    }
    for (const id of Object.keys(template.importCues.sections)) {
      if (!seen.has(id)) ctx.addIssue({ code: 'custom', path: ['importCues', 'sections', id], message: `there is no section "${id}" in pack.json` });
    }
    const instruments = new Set(template.law.instruments.map((instrument) => instrument.id));
    template.law.instruments.forEach((instrument, index) => {
      if (instrument.supersededBy !== undefined && !instruments.has(instrument.supersededBy))
        ctx.addIssue({ code: 'custom', path: ['law', 'instruments', index, 'supersededBy'], message: `there is no instrument "${instrument.supersededBy}" in law.json` });
    });
  });
export type Template = z.infer<typeof templateSchema>;

/** The languages the pack's documents are written in, English first. */
export function packLanguages(template: Pick<Template, 'languages'>): readonly ContentLanguage[] {
  return template.languages ?? ['en'];
}

/** The other languages each section is written in besides English (Welsh for a bilingual Welsh pack). */
export function translationLanguages(template: Pick<Template, 'languages'>): readonly TranslationLanguage[] {
  return packLanguages(template).filter(isTranslationLanguage);
}

/** The section playing a role, if the pack gives the role to one. */
export function sectionWithRole(template: Pick<Template, 'sections'>, role: SectionRole): TemplateSection | undefined {
  return template.sections.find((section) => section.roles.includes(role));
}

export function hasRole(section: Pick<TemplateSection, 'roles'>, role: SectionRole): boolean {
  return section.roles.includes(role);
}

export interface TemplateSummary {
  id: string;
  name: string;
  description: string;
  nation: Template['nation'];
  /** So the New strategy dialog can name its fields as the chosen pack does. */
  words: DocumentWords;
  /** For the pack of a yearly report: the packs whose documents it reports on (it is made from one of them, not started empty). */
  annualReportOf?: string[];
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
