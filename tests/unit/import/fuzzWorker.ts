import { parentPort } from 'node:worker_threads';
import { ApiFailure } from '../../../shared/api/errors.js';
import { importChoicesSchema, importProposalSchema } from '../../../shared/import/schemas.js';
import { applyImport } from '../../../electron/core/import/applyImport.js';
import { choicesFromProposal } from '../../../electron/core/import/choices.js';
import { proposeImport } from '../../../electron/core/import/proposeImport.js';
import { createTemplateCatalogue } from '../../../electron/core/templateCatalogue.js';
import { defaultTemplatesDir } from '../../../electron/core/paths/templatesDir.js';
import type { MalformedFile } from './malformedImports.js';

/**
 * Reads malformed files one after another for the fuzz test, in a thread of
 * its own so that a hang can be seen (and the thread ended) from outside.
 * Answers each with what the API would carry: a typed failure, or whether
 * the proposal is one `import.apply` accepts and can build.
 */

export type FuzzAnswer =
  | { kind: 'refused'; code: string; message: string }
  | { kind: 'proposed'; problems: string[] }
  | { kind: 'crashed'; message: string };

/** Loaded as the app loads it; this file runs bundled in a worker, away from the test's own module paths. */
const TEMPLATE = createTemplateCatalogue(defaultTemplatesDir()).preferred();

async function answer(file: MalformedFile): Promise<FuzzAnswer> {
  try {
    const proposal = await proposeImport({ name: file.name, bytes: file.bytes }, { template: TEMPLATE });
    const problems: string[] = [];
    const checked = importProposalSchema.safeParse(proposal);
    if (!checked.success) problems.push(...checked.error.issues.slice(0, 3).map((issue) => `${issue.path.join('.')}: ${issue.message}`));
    const choices = choicesFromProposal(proposal);
    if (!importChoicesSchema.safeParse(choices).success) problems.push('choices not accepted');
    applyImport(proposal, choices);
    return { kind: 'proposed', problems };
  } catch (error) {
    if (error instanceof ApiFailure) return { kind: 'refused', code: error.code, message: error.message };
    return { kind: 'crashed', message: `${(error as Error)?.name}: ${(error as Error)?.message}` };
  }
}

parentPort?.on('message', (file: MalformedFile) => {
  void answer(file).then((result) => parentPort?.postMessage(result));
});
