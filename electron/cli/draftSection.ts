import type { Draft, DraftSection } from '../../shared/model/draft.js';
import { CliError, type CommandContext } from './command.js';

/**
 * The text section a command names, or a one-line error that calls the
 * document what its pack calls it ("The plan … has no text section").
 */
export async function namedTextSection(call: CommandContext['call'], draft: Draft, sectionId: string): Promise<DraftSection> {
  const section = draft.sections.find((candidate) => candidate.id === sectionId);
  if (section) return section;
  const { words } = await call('templates.get', { id: draft.templateId });
  throw new CliError(`The ${words.documentKind} "${draft.title}" has no text section "${sectionId}".`);
}
