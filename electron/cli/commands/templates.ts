import type { Command } from '../command.js';
import { toJson } from '../format.js';

export const templatesCommand: Command = {
  name: 'templates',
  summary: 'List the templates a new strategy can start from.',
  arguments: [],
  options: {},
  async run({ call, io, json }) {
    const { templates, problems } = await call('templates.list', {});
    if (json) {
      io.stdout(toJson({ templates, problems }));
      return;
    }
    if (templates.length === 0) io.stdout('No templates found.');
    for (const template of templates) io.stdout(`${template.id}\n  ${template.name}\n  ${template.description}`);
    // Reported on stderr so the list stays clean for scripts, but never hidden.
    for (const problem of problems) io.stderr(`Template problem: ${problem.file}: ${problem.field}: ${problem.message}`);
  },
};
