import type { Node } from 'prosemirror-model';
import { docFromJSON } from '../../../shared/model/docJson.js';
import type { NodeJSON } from '../../../shared/model/draft.js';
import { plainText } from '../../../shared/model/plainText.js';
import { safeHref } from '../../../shared/model/safeHref.js';
import { svgFromDataUrl } from '../../../shared/model/svgImage.js';

export type SectionContent = { ok: true; doc: NodeJSON; text: string } | { ok: false; message: string };

const EMBEDDED_IMAGE = /^data:image\/(png|jpeg|gif);base64,[A-Za-z0-9+/=\s]*$/i;

/**
 * Checks a section received from outside against the schema and against the
 * rules the editor's paste handling applies (web or e-mail links only,
 * embedded images only), because a stored document is later opened in the
 * editor and exported. Returns the normalised JSON and its plain text.
 */
export function sectionContent(json: NodeJSON): SectionContent {
  const parsed = docFromJSON(json);
  if (!parsed.ok) return parsed;
  const unsafe = findUnsafeContent(parsed.doc);
  if (unsafe) return { ok: false, message: unsafe };
  return { ok: true, doc: parsed.doc.toJSON() as NodeJSON, text: plainText(parsed.doc) };
}

function findUnsafeContent(doc: Node): string | undefined {
  let problem: string | undefined;
  doc.descendants((node) => {
    if (problem) return false;
    if (node.type.name === 'image' && !EMBEDDED_IMAGE.test(String(node.attrs['src'])) && svgFromDataUrl(String(node.attrs['src'])) === null) {
      problem = 'The content has an image that is not embedded in the document; only embedded PNG, JPEG or GIF images, and the app\'s own charts, can be kept.';
    }
    for (const mark of node.marks) {
      if (mark.type.name === 'link' && safeHref(String(mark.attrs['href'])) !== mark.attrs['href']) {
        problem = `The content has a link that is not a web or e-mail address ("${String(mark.attrs['href']).slice(0, 60)}").`;
      }
    }
    return true;
  });
  return problem;
}
