import type { Command } from '../command.js';
import { formatPeriod, formatWhen, textTable, toJson } from '../format.js';

export const listCommand: Command = {
  name: 'list',
  summary: 'List the strategies in the library (or in the trash).',
  arguments: [],
  options: {
    trash: { type: 'boolean', usage: '--trash', description: 'list the trash instead' },
  },
  async run({ call, io, json, options }) {
    const scope = options['trash'] === true ? 'trash' : 'active';
    const drafts = await call('drafts.list', { scope });
    if (json) {
      io.stdout(toJson(drafts));
      return;
    }
    if (drafts.length === 0) {
      io.stdout(scope === 'trash' ? 'The trash is empty.' : 'There are no strategies yet. Start one with: npm run cli -- new --template ID');
      return;
    }
    const rows = drafts.map((draft) => [draft.id, draft.council, formatPeriod(draft.periodStart, draft.periodEnd), formatWhen(draft.updatedAt), draft.title]);
    io.stdout(textTable(['ID', 'Council', 'Period', 'Last edited', 'Title'], rows));
  },
};
