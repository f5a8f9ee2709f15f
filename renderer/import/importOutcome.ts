import type { DraftImportOutcome } from '../../shared/import/types.js';

/**
 * What an import into the open draft did, in one note for the officer:
 * "Imported into this draft: replaced the text of Introduction; added to
 * Glossary; kept as they were: Vision. Glossary was approved and now needs
 * review again. Each section’s earlier text is in its History."
 */
export function describeImportOutcome(outcome: DraftImportOutcome, titleOf: (sectionId: string) => string): string {
  const list = (ids: readonly string[]) => ids.map(titleOf).join(', ');
  const clauses: string[] = [];
  if (outcome.replaced.length > 0) clauses.push(`replaced the text of ${list(outcome.replaced)}`);
  if (outcome.appended.length > 0) clauses.push(`added to ${list(outcome.appended)}`);
  if (outcome.kept.length > 0) clauses.push(`kept as they were: ${list(outcome.kept)}`);
  const sentences = [`Imported into this draft: ${clauses.join('; ')}.`];
  const reset = outcome.reviewReset.length;
  if (reset > 0) sentences.push(`${list(outcome.reviewReset)} ${reset === 1 ? 'was approved and now needs' : 'were approved and now need'} review again.`);
  sentences.push('Each section’s earlier text is in its History.');
  return sentences.join(' ');
}
