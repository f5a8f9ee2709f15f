import { PDFArray, PDFDict, PDFHexString, PDFName, PDFNull, PDFNumber, PDFString, type PDFDocument, type PDFObject, type PDFPage, type PDFRef } from 'pdf-lib';
import type { StructElement } from './types.js';
import type { LinkAnnotation } from './render.js';

/**
 * Makes the PDF a Tagged PDF: a structure tree (Document > H1…, P, L, Table,
 * Figure, Link …) whose leaves point at the marked content the renderer
 * wrote, a ParentTree from each page's MCIDs and each link annotation back to
 * its element, and the catalogue and page entries that tell a reader the
 * file is tagged. pdf-lib has no API for any of this, so it is built from its
 * low-level objects.
 */

export function tagDocument(pdfDoc: PDFDocument, structure: StructElement, pages: readonly PDFPage[], annotations: readonly LinkAnnotation[]): void {
  const context = pdfDoc.context;
  const rootRef = context.nextRef();
  const pageParents: PDFObject[][] = pages.map(() => []);
  const annotationsByElement = new Map<StructElement, LinkAnnotation[]>();
  for (const annotation of annotations) {
    const list = annotationsByElement.get(annotation.element) ?? [];
    list.push(annotation);
    annotationsByElement.set(annotation.element, list);
  }
  const annotationParents: { annotation: LinkAnnotation; elementRef: PDFRef }[] = [];

  const build = (element: StructElement, parentRef: PDFRef): PDFRef => {
    const ref = context.nextRef();
    const firstPage = firstPageOf(element);
    const kids = PDFArray.withContext(context);
    for (const kid of element.kids) {
      if (kid.kind === 'element') {
        kids.push(build(kid, ref));
      } else if (kid.page !== undefined && kid.mcid !== undefined) {
        const page = pages[kid.page] as PDFPage;
        (pageParents[kid.page] as PDFObject[])[kid.mcid] = ref;
        kids.push(kid.page === firstPage ? PDFNumber.of(kid.mcid) : context.obj({ Type: 'MCR', Pg: page.ref, MCID: kid.mcid }));
      }
    }
    for (const annotation of annotationsByElement.get(element) ?? []) {
      kids.push(context.obj({ Type: 'OBJR', Obj: annotation.ref, Pg: (pages[annotation.page] as PDFPage).ref }));
      annotationParents.push({ annotation, elementRef: ref });
    }
    const dict = context.obj({ Type: 'StructElem', S: element.role, P: parentRef, K: kids });
    if (firstPage !== undefined) dict.set(PDFName.of('Pg'), (pages[firstPage] as PDFPage).ref);
    if (element.alt !== undefined) dict.set(PDFName.of('Alt'), PDFHexString.fromText(element.alt));
    if (element.scope !== undefined) dict.set(PDFName.of('A'), context.obj({ O: 'Table', Scope: element.scope }));
    if (element.lang !== undefined) dict.set(PDFName.of('Lang'), PDFString.of(element.lang));
    context.assign(ref, dict);
    return ref;
  };
  const documentRef = build(structure, rootRef);

  const nums = PDFArray.withContext(context);
  pageParents.forEach((parents, pageIndex) => {
    const array = PDFArray.withContext(context);
    for (let mcid = 0; mcid < parents.length; mcid += 1) array.push(parents[mcid] ?? PDFNull);
    nums.push(PDFNumber.of(pageIndex));
    nums.push(context.register(array));
    const node = (pages[pageIndex] as PDFPage).node;
    node.set(PDFName.of('StructParents'), PDFNumber.of(pageIndex));
    node.set(PDFName.of('Tabs'), PDFName.of('S'));
  });
  annotationParents.forEach(({ annotation, elementRef }, index) => {
    const key = pages.length + index;
    const dict = context.lookup(annotation.ref, PDFDict);
    dict.set(PDFName.of('StructParent'), PDFNumber.of(key));
    nums.push(PDFNumber.of(key));
    nums.push(elementRef);
  });

  context.assign(
    rootRef,
    context.obj({
      Type: 'StructTreeRoot',
      K: documentRef,
      ParentTree: context.register(context.obj({ Nums: nums })),
      ParentTreeNextKey: pages.length + annotationParents.length,
    }),
  );
  pdfDoc.catalog.set(PDFName.of('StructTreeRoot'), rootRef);
  pdfDoc.catalog.set(PDFName.of('MarkInfo'), context.obj({ Marked: true }));
}

/** The page an element's content starts on; its MCIDs there need no page reference of their own. */
function firstPageOf(element: StructElement): number | undefined {
  for (const kid of element.kids) {
    if (kid.kind === 'content') {
      if (kid.page !== undefined) return kid.page;
    } else {
      const page = firstPageOf(kid);
      if (page !== undefined) return page;
    }
  }
  return undefined;
}
