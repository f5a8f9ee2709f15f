import { SIGN_OFF_LABELS, SIGN_OFF_STATES, type SignOffState } from '../../../shared/cowriting/signOff.js';
import { CliError, type Command } from '../command.js';
import { toJson } from '../format.js';
import { namedTextSection } from '../draftSection.js';

const isState = (value: unknown): value is SignOffState => SIGN_OFF_STATES.some((state) => state === value);

/**
 * Sign-off from scripts, under the author name in settings, with the same
 * rules as the app: a section goes to review before it is approved. The
 * approval is tied to the revision read here, so text changed in between is
 * not approved unseen.
 */
export const signOffCommand: Command = {
  name: 'sign-off',
  summary: 'Move one section of a strategy to draft, ready-for-review or approved (a final export needs every required section approved).',
  arguments: ['ID', 'SECTION_ID'],
  options: {
    state: { type: 'string', usage: `--state ${SIGN_OFF_STATES.join('|')}`, description: 'the new state', required: true },
    note: { type: 'string', usage: '--note TEXT', description: 'a note kept with the change (who asked, what was checked)' },
  },
  async run({ args, call, io, json, options }) {
    const [id = '', sectionId = ''] = args;
    const state = options['state'];
    if (!isState(state)) throw new CliError(`--state must be one of ${SIGN_OFF_STATES.join(', ')}, not "${String(state)}".`, 'usage');
    const note = typeof options['note'] === 'string' ? options['note'] : undefined;
    const draft = await call('drafts.open', { id });
    const section = await namedTextSection(call, draft, sectionId);
    const result = await call('drafts.setSectionState', { id, sectionId, state, baseRevision: section.revision, ...(note === undefined ? {} : { note }) });
    io.stdout(json ? toJson({ id, ...result }) : `Section "${sectionId}" of "${draft.title}" is now ${SIGN_OFF_LABELS[result.signOff.state].toLowerCase()}.`);
  },
};
