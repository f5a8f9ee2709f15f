import type { Command } from '../command.js';
import { toJson } from '../format.js';

export const showCommand: Command = {
  name: 'show',
  summary: 'Print a whole strategy as portable JSON (cover fields and every section).',
  arguments: ['ID'],
  options: {},
  async run({ args, call, attempt, io }) {
    const draft = await call('drafts.open', { id: String(args[0]) });
    // A draft whose template has since been removed is still shown, with its sections under their ids.
    const template = await attempt('templates.get', { id: draft.templateId });
    const { portableDraft } = await import('../../core/portableDraft.js');
    io.stdout(toJson(portableDraft(draft, template.ok ? template.value : undefined)));
  },
};
