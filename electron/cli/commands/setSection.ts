import fs from 'node:fs';
import type { NodeJSON } from '../../../shared/model/draft.js';
import { CONTENT_LANGUAGES, contentLanguageSchema, isTranslationLanguage, LANGUAGE_ENGLISH_NAMES } from '../../../shared/model/language.js';
import { CliError, type Command } from '../command.js';
import { toJson } from '../format.js';
import { namedTextSection } from '../draftSection.js';

/** Large enough for any real section, small enough that a wrong file (a video, a database) is refused before parsing. */
const MAX_FILE_BYTES = 5 * 1024 * 1024;

export const setSectionCommand: Command = {
  name: 'set-section',
  summary: 'Replace one section of a strategy with the contents of a Markdown or plain-text file.',
  arguments: ['ID', 'SECTION_ID'],
  options: {
    text: { type: 'string', usage: '--text FILE', description: 'the Markdown or plain-text file', required: true },
    language: { type: 'string', usage: `--language ${CONTENT_LANGUAGES.join('|')}`, description: 'which text of a bilingual (Welsh) strategy\'s section: en, the English (the default), or cy, the Welsh' },
  },
  async run({ args, call, io, json, options, resolvePath }) {
    const [id = '', sectionId = ''] = args;
    const chosen = contentLanguageSchema.default('en').safeParse(options['language']);
    if (!chosen.success) throw new CliError(`--language must be ${CONTENT_LANGUAGES.join(' or ')}, not "${String(options['language'])}".`, 'usage');
    const language = chosen.data;
    const file = resolvePath(String(options['text']));
    const doc = await toDoc(file, readText(file));
    const draft = await call('drafts.open', { id });
    const section = await namedTextSection(call, draft, sectionId);
    if (!isTranslationLanguage(language)) {
      const receipt = await call('drafts.updateSection', { id, sectionId, baseRevision: section.revision, doc });
      io.stdout(json ? toJson({ id, sectionId, ...receipt }) : `Replaced section "${sectionId}" of "${draft.title}" (revision ${receipt.revision}).`);
      return;
    }
    const baseRevision = draft.translations?.[language]?.[sectionId]?.revision ?? 0;
    const receipt = await call('drafts.updateSection', { id, sectionId, baseRevision, doc, language });
    io.stdout(json ? toJson({ id, sectionId, language, ...receipt }) : `Replaced the ${LANGUAGE_ENGLISH_NAMES[language]} text of section "${sectionId}" of "${draft.title}" (revision ${receipt.revision}).`);
  },
};

function readText(file: string): string {
  try {
    const size = fs.statSync(file).size;
    if (size > MAX_FILE_BYTES) throw new CliError(`${file} is larger than 5 MB, which is too big for one section.`);
    return fs.readFileSync(file, 'utf8');
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`Could not read ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}.`);
  }
}

/** Markdown's parser is loaded by this command only. */
async function toDoc(file: string, text: string): Promise<NodeJSON> {
  const { markdownToDoc } = await import('../../../shared/model/markdown.js');
  try {
    return markdownToDoc(text);
  } catch (error) {
    throw new CliError(`Could not turn ${file} into a section: ${(error as Error).message}`);
  }
}
