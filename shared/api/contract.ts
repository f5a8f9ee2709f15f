import { z } from 'zod';
import { coverFieldsSchema, nodeJSONSchema, type Draft, type DraftSummary, type Revision } from '../model/draft.js';
import type { Template, TemplateProblem, TemplateSummary } from '../template/template.js';

/**
 * The whole conversation between the renderer and the core, as data: each
 * method names its request schema (checked at runtime on the core's side of
 * every transport) and its response type. IPC, HTTP and the tests all go
 * through `dispatch`, so none of them can skip validation.
 */

const id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'is not a valid id');
const sectionId = z.string().regex(/^[a-z][a-z0-9-]{0,63}$/, 'is not a valid section id');
const revision = z.number().int().min(0);
const empty = z.strictObject({});

export const requestSchemas = {
  'library.status': empty,
  'library.startFresh': empty,
  'settings.get': empty,
  'settings.update': z.strictObject({ author: z.string().trim().min(1).max(100) }),
  'templates.list': empty,
  'templates.get': z.strictObject({ id }),
  'drafts.list': z.strictObject({ scope: z.enum(['active', 'trash']) }),
  'drafts.create': z.strictObject({
    templateId: id,
    title: z.string().max(300).optional(),
    council: z.string().max(300).optional(),
  }),
  'drafts.open': z.strictObject({ id }),
  'drafts.updateCover': z.strictObject({ id, baseRevision: revision, cover: coverFieldsSchema }),
  'drafts.updateSection': z.strictObject({ id, sectionId, baseRevision: revision, doc: nodeJSONSchema }),
  'drafts.rename': z.strictObject({ id, title: z.string().trim().min(1).max(300) }),
  'drafts.duplicate': z.strictObject({ id }),
  'drafts.trash': z.strictObject({ id }),
  'drafts.restore': z.strictObject({ id }),
  'drafts.purge': z.strictObject({ id }),
  'drafts.revisions': z.strictObject({ id, sectionId: sectionId.optional() }),
} as const;

export type LibraryStatus =
  | {
      state: 'ready';
      dataDir: string;
      databasePath: string;
      /** Set once a fresh library has replaced an unreadable one: where the old file was kept. */
      message?: string;
    }
  | {
      state: 'unavailable';
      dataDir: string;
      databasePath: string;
      /** What is wrong, in words for the user; the file itself is never modified. */
      message: string;
    };

export interface Settings {
  author: string;
}

export interface SaveReceipt {
  revision: number;
  updatedAt: string;
}

export interface Responses {
  'library.status': LibraryStatus;
  'library.startFresh': LibraryStatus;
  'settings.get': Settings;
  'settings.update': Settings;
  'templates.list': { templates: TemplateSummary[]; problems: TemplateProblem[] };
  'templates.get': Template;
  'drafts.list': DraftSummary[];
  'drafts.create': Draft;
  'drafts.open': Draft;
  'drafts.updateCover': SaveReceipt;
  'drafts.updateSection': SaveReceipt;
  'drafts.rename': DraftSummary;
  'drafts.duplicate': DraftSummary;
  'drafts.trash': DraftSummary;
  'drafts.restore': DraftSummary;
  'drafts.purge': { purged: true };
  'drafts.revisions': Revision[];
}

export type Method = keyof typeof requestSchemas;
export type Request<M extends Method> = z.infer<(typeof requestSchemas)[M]>;
export type Response<M extends Method> = Responses[M];

export const METHODS = Object.keys(requestSchemas) as Method[];

export function isMethod(name: unknown): name is Method {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(requestSchemas, name);
}
