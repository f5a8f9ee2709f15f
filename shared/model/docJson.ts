import { Node } from 'prosemirror-model';
import { schema } from './schema.js';
import type { NodeJSON } from './draft.js';

export type DocParse = { ok: true; doc: Node } | { ok: false; message: string };

/** Turns stored or received JSON into a document, refusing anything the schema does not allow. */
export function docFromJSON(json: NodeJSON): DocParse {
  try {
    const doc = Node.fromJSON(schema, json);
    if (doc.type !== schema.topNodeType) return { ok: false, message: 'The content is not a whole section.' };
    doc.check();
    return { ok: true, doc };
  } catch (error) {
    return { ok: false, message: `The content does not fit the strategy format: ${(error as Error).message}` };
  }
}

export function emptyDoc(): NodeJSON {
  return { type: 'doc', content: [{ type: 'paragraph' }] };
}
