import type { Numbering, NumberingDefinition } from 'docx';
import { CommentCursor, type PlacedComment } from './comments.js';

/** A heading the contents list: its level, the text Word would list it by, and the bookmark its entry links to. */
export interface ContentsHeading {
  level: 1 | 2;
  title: string;
  bookmark: string;
}

/** A file the body points to through a relationship of document.xml (a picture). */
export interface BodyMedia {
  relationshipId: string;
  /** Its path inside the package, from word/ ("media/image1.png"). */
  target: string;
  data: Uint8Array;
}

/** What writing the body added to the package beyond document.xml, in the order it was written. */
export interface BodyExtras {
  /** Web addresses, each with the id of its hyperlink relationship. */
  webLinks: ReadonlyMap<string, string>;
  media: readonly BodyMedia[];
  contents: readonly ContentsHeading[];
}

/** What the block writers need beyond the block they are given. */
export interface RenderContext {
  /** Label of each printed numbered section ("4", "Appendix B") → its heading's bookmark, for cross-references. */
  readonly references: ReadonlyMap<string, string>;
  /** A fresh numbering instance, so the list about to be written restarts its numbers. */
  readonly nextListInstance: () => number;
  /** A fresh id for a tracked change; Word needs them unique across the document. */
  readonly nextRevisionId: () => number;
  /** Starts a section with its comments, so runs can be cut where comments begin and end. */
  readonly enterSection: (comments: readonly PlacedComment[]) => void;
  /** The comments of the current section, followed as its text is written out. */
  readonly comments: () => CommentCursor;
  /** The w:numId of a list instance, made in the numbering part when the list's first paragraph is written (so ids follow reading order, as Word numbers them). */
  readonly numId: (definition: string | NumberingDefinition, instance: number) => number;
  /** The relationship id of a web address; one relationship per address, however often it is linked. */
  readonly webLink: (href: string) => string;
  /** Adds a picture file to the package; its relationship id. */
  readonly addMedia: (data: Uint8Array, extension: string) => string;
  /** A fresh id for a drawing (wp:docPr), unique in the document. */
  readonly nextDrawingId: () => number;
  /** A fresh bookmark id, unique in the document. */
  readonly nextBookmarkId: () => number;
  /** Records a heading the contents list and gives the name of the bookmark its entry links to. */
  readonly listInContents: (level: 1 | 2, title: string, id: number) => string;
  /** What the body has added to the package so far. */
  readonly extras: () => BodyExtras;
}

/** `numbering`: the document's numbering part, which gets a concrete list for each list the body writes. */
export function createRenderContext(references: ReadonlyMap<string, string>, numbering: Numbering): RenderContext {
  let instance = 0;
  let revision = 0;
  let drawing = 0;
  let bookmark = 0;
  let cursor = new CommentCursor([]);
  const numIds = new Map<string, number>();
  const webLinks = new Map<string, string>();
  const media: BodyMedia[] = [];
  const contents: ContentsHeading[] = [];
  return {
    references,
    nextListInstance: () => {
      instance += 1;
      return instance;
    },
    nextRevisionId: () => {
      revision += 1;
      return revision;
    },
    enterSection: (comments) => {
      cursor = new CommentCursor(comments);
    },
    comments: () => cursor,
    numId: (definition, listInstance) => {
      const reference = typeof definition === 'string' ? definition : definition.reference;
      const key = `${reference}-${listInstance}`;
      const known = numIds.get(key);
      if (known !== undefined) return known;
      numbering.createConcreteNumberingInstance(reference, listInstance, typeof definition === 'string' ? undefined : definition);
      const created = numbering.ConcreteNumbering.find((concrete) => concrete.reference === reference && concrete.instance === listInstance);
      if (created === undefined) throw new Error(`The list definition "${reference}" is missing from the numbering part.`);
      numIds.set(key, created.numId);
      return created.numId;
    },
    webLink: (href) => {
      const known = webLinks.get(href);
      if (known !== undefined) return known;
      const id = `rIdLink${webLinks.size + 1}`;
      webLinks.set(href, id);
      return id;
    },
    addMedia: (data, extension) => {
      const id = `rIdMedia${media.length + 1}`;
      media.push({ relationshipId: id, target: `media/image${media.length + 1}.${extension}`, data });
      return id;
    },
    nextDrawingId: () => {
      drawing += 1;
      return drawing;
    },
    nextBookmarkId: () => {
      bookmark += 1;
      return bookmark;
    },
    listInContents: (level, title, id) => {
      const name = `_Toc${id}`;
      contents.push({ level, title, bookmark: name });
      return name;
    },
    extras: () => ({ webLinks, media, contents }),
  };
}
