import { PDFHexString, PDFName, PDFNull, PDFNumber, PDFArray, type PDFDict, type PDFDocument, type PDFPage, type PDFRef } from 'pdf-lib';
import type { AnchorPlacement } from './types.js';
import { PAGE } from './style.js';

/**
 * The PDF outline (bookmarks): every heading, nested by level, each opening
 * its page at the heading. Sections start closed so a long strategy's
 * bookmarks read as its list of sections.
 */

interface OutlineNode {
  anchor: AnchorPlacement;
  children: OutlineNode[];
}

export function outlineTree(anchors: readonly AnchorPlacement[]): OutlineNode[] {
  const roots: OutlineNode[] = [];
  const stack: OutlineNode[] = [];
  for (const anchor of anchors) {
    const node: OutlineNode = { anchor, children: [] };
    while (stack.length > 0 && (stack[stack.length - 1] as OutlineNode).anchor.level >= anchor.level) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent === undefined) roots.push(node);
    else parent.children.push(node);
    stack.push(node);
  }
  return roots;
}

export function addOutline(pdfDoc: PDFDocument, anchors: readonly AnchorPlacement[], pages: readonly PDFPage[]): void {
  const roots = outlineTree(anchors);
  if (roots.length === 0) return;
  const context = pdfDoc.context;
  const outlinesRef = context.nextRef();

  const writeLevel = (nodes: readonly OutlineNode[], parentRef: PDFRef): PDFRef[] => {
    const refs = nodes.map(() => context.nextRef());
    nodes.forEach((node, index) => {
      const page = pages[node.anchor.page] as PDFPage;
      const destination = PDFArray.withContext(context);
      destination.push(page.ref);
      destination.push(PDFName.of('XYZ'));
      destination.push(PDFNull);
      destination.push(PDFNumber.of(Math.round(PAGE.height - node.anchor.y + 4)));
      destination.push(PDFNull);
      const dict: PDFDict = context.obj({ Title: PDFHexString.fromText(node.anchor.title), Parent: parentRef, Dest: destination });
      const previous = refs[index - 1];
      const next = refs[index + 1];
      if (previous) dict.set(PDFName.of('Prev'), previous);
      if (next) dict.set(PDFName.of('Next'), next);
      const childRefs = writeLevel(node.children, refs[index] as PDFRef);
      if (childRefs.length > 0) {
        dict.set(PDFName.of('First'), childRefs[0] as PDFRef);
        dict.set(PDFName.of('Last'), childRefs[childRefs.length - 1] as PDFRef);
        dict.set(PDFName.of('Count'), PDFNumber.of(-childRefs.length));
      }
      context.assign(refs[index] as PDFRef, dict);
    });
    return refs;
  };

  const top = writeLevel(roots, outlinesRef);
  context.assign(outlinesRef, context.obj({ Type: 'Outlines', First: top[0] as PDFRef, Last: top[top.length - 1] as PDFRef, Count: top.length }));
  pdfDoc.catalog.set(PDFName.of('Outlines'), outlinesRef);
  pdfDoc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}
