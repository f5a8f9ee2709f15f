import type { Command } from '../command.js';
import { toJson } from '../format.js';

export const newCommand: Command = {
  name: 'new',
  summary: 'Start a new strategy from a template and print its id.',
  arguments: [],
  options: {
    template: { type: 'string', usage: '--template ID', description: 'the template to start from (see "templates")', required: true },
    title: { type: 'string', usage: '--title T', description: 'the strategy title' },
    council: { type: 'string', usage: '--council C', description: 'the council or partnership' },
  },
  async run({ call, io, json, options }) {
    const draft = await call('drafts.create', {
      templateId: String(options['template']),
      ...(typeof options['title'] === 'string' ? { title: options['title'] } : {}),
      ...(typeof options['council'] === 'string' ? { council: options['council'] } : {}),
    });
    io.stdout(json ? toJson({ id: draft.id, title: draft.title, templateId: draft.templateId, createdAt: draft.createdAt }) : draft.id);
  },
};
