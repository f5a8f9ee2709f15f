import type { Command } from '../command.js';
import { toJson } from '../format.js';

export const annualReportCommand: Command = {
  name: 'annual-report',
  summary: "Create the Board's annual report on a strategy, from its measures and consultation log, and print the report's id.",
  arguments: ['ID'],
  options: {},
  async run({ args, call, io, json }) {
    const report = await call('drafts.createAnnualReport', { id: args[0] ?? '' });
    io.stdout(json ? toJson({ id: report.id, title: report.title, templateId: report.templateId, reportOf: args[0], createdAt: report.createdAt }) : report.id);
  },
};
