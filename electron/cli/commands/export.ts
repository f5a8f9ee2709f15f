import { EXPORT_FORMATS, EXPORT_FORMAT_IDS, isExportFormat } from '../../../shared/export/formats.js';
import { CONTENT_LANGUAGES, contentLanguageSchema } from '../../../shared/model/language.js';
import { CliError, type Command } from '../command.js';
import { toJson } from '../format.js';

const FORMAT_LIST = EXPORT_FORMAT_IDS.join('|');

export const exportCommand: Command = {
  name: 'export',
  summary: 'Export a strategy to Word or PDF. It is marked DRAFT while anything is missing or unapproved, unless --final is given.',
  arguments: ['ID'],
  options: {
    format: { type: 'string', usage: `--format ${FORMAT_LIST}`, description: EXPORT_FORMAT_IDS.map((id) => EXPORT_FORMATS[id].label).join(' or '), required: true },
    out: { type: 'string', usage: '--out FILE', description: 'where to write the file (never inside the library folder; written whole or not at all)', required: true },
    force: { type: 'boolean', usage: '--force', description: 'replace FILE if it exists (only a .docx or .pdf file of the format asked for)' },
    final: { type: 'boolean', usage: '--final', description: 'export as final, without the DRAFT marking, even if check problems remain (every required section must be approved)' },
    language: { type: 'string', usage: `--language ${CONTENT_LANGUAGES.join('|')}`, description: 'which document of a bilingual (Welsh) strategy: en, the English one (the default), or cy, the Welsh one' },
  },
  async run({ args, exportToFile, io, json, options, resolvePath }) {
    const format = options['format'];
    if (!isExportFormat(format)) throw new CliError(`--format must be ${EXPORT_FORMAT_IDS.join(' or ')}, not "${String(format)}".`, 'usage');
    const out = String(options['out']);
    if (out.trim() === '') throw new CliError('--out needs a file name.', 'usage');
    const final = options['final'] === true;
    const language = contentLanguageSchema.optional().safeParse(options['language']);
    if (!language.success) throw new CliError(`--language must be ${CONTENT_LANGUAGES.join(' or ')}, not "${String(options['language'])}".`, 'usage');
    const result = await exportToFile({ id: String(args[0]), format, final, force: options['force'] === true, path: resolvePath(out), ...(language.data === undefined ? {} : { language: language.data }) });
    if (json) {
      io.stdout(toJson(result));
      return;
    }
    const problems = result.problems.map((problem) => `  - ${problem}`);
    if (result.markedDraft) {
      io.stdout([`Wrote ${result.path}, marked DRAFT because of ${result.problems.length === 1 ? 'this problem' : `these ${result.problems.length} problems`}:`, ...problems].join('\n'));
    } else if (result.problems.length > 0) {
      io.stdout([`Wrote ${result.path} as final, as asked, although these problems remain:`, ...problems].join('\n'));
    } else {
      io.stdout(`Wrote ${result.path} as final: nothing is missing and every required section is approved.`);
    }
  },
};
