import { Fragment, Node, Slice } from 'prosemirror-model';
import { createIncrementalChecker } from '../shared/completeness/index.js';
import { schema } from '../shared/model/schema.js';
import { generateLargeDraft, largeDraftTemplate } from './fixtures/generateLargeDraft.js';
const draft = generateLargeDraft(undefined, 10);
const template = largeDraftTemplate();
const sections = draft.sections.map((s) => ({ id: s.id, doc: Node.fromJSON(schema, s.doc) }));
const checker = createIncrementalChecker(template);
checker.update({ cover: draft.cover, sections });
const middle = Math.floor(sections.length / 2);
let at = 50;
const section = sections[middle]!;
section.doc.forEach((c, o) => { if (o < 4000 && c.type.name === 'paragraph') at = o + c.nodeSize - 1; });
const t0 = performance.now();
for (let k = 0; k < 1000; k++) {
  const cur = sections[middle]!;
  sections[middle] = { id: cur.id, doc: cur.doc.replace(at, at, new Slice(Fragment.from(schema.text(k % 7 === 6 ? ' ' : 'e')), 0, 0)) };
  at++;
  checker.update({ cover: draft.cover, sections });
}
console.log('per key', (performance.now() - t0) / 1000, 'blocks in section', section.doc.childCount);
