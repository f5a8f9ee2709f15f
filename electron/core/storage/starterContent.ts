import { ApiFailure } from '../../../shared/api/errors.js';
import { emptyDoc } from '../../../shared/model/docJson.js';
import type { NodeJSON } from '../../../shared/model/draft.js';
import { markdownToDoc } from '../../../shared/model/markdown.js';
import type { Template, TemplateSection } from '../../../shared/template/template.js';
import { sectionContent } from './sectionContent.js';

/** What a new draft's section starts with: the template's starter Markdown, or one empty paragraph. */
export function starterContent(template: Template, section: TemplateSection): { doc: NodeJSON; text: string } {
  const refuse = (reason: string) =>
    new ApiFailure('template-invalid', `The template "${template.name}" has starter content for "${section.title}" that cannot be used. ${reason}`);
  let json: NodeJSON;
  try {
    json = section.starter?.trim() ? markdownToDoc(section.starter) : emptyDoc();
  } catch (error) {
    throw refuse((error as Error).message);
  }
  const content = sectionContent(json);
  if (!content.ok) throw refuse(content.message);
  return { doc: content.doc, text: content.text };
}
