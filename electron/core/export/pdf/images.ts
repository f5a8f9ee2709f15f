import type { PDFDocument, PDFRef } from 'pdf-lib';
import { svgFromDataUrl } from '../../../../shared/model/svgImage.js';
import { decodeImageDataUrl } from '../imageData.js';
import type { Block, ImageSize } from './types.js';
import { POINTS_PER_PIXEL } from '../printStyle.js';
import { drawSvgPicture, type PictureFonts } from './svgDrawing.js';

/**
 * Embeds each distinct image of the strategy once. Images arrive as data
 * URLs from pastes and imports: one that is not really a PNG or JPEG (pdf-lib
 * cannot draw GIFs) is left out, and layout prints its description instead.
 * The app's own SVG charts are drawn as vectors (svgDrawing.ts).
 */

/** What rendering needs of a picture: a raster image or a vector form, both drawn into the unit square. */
export interface EmbeddedPicture {
  ref: PDFRef;
  width: number;
  height: number;
}

export interface EmbeddedImages {
  images: Map<string, EmbeddedPicture>;
  size: (src: string) => ImageSize | null;
}

export async function embedImages(pdfDoc: PDFDocument, blocks: readonly Block[], fonts: PictureFonts): Promise<EmbeddedImages> {
  const images = new Map<string, EmbeddedPicture>();
  const failed = new Set<string>();
  for (const src of imageSources(blocks)) {
    if (images.has(src) || failed.has(src)) continue;
    const svg = svgFromDataUrl(src);
    if (svg !== null) {
      images.set(src, drawSvgPicture(pdfDoc, svg, fonts));
      continue;
    }
    const decoded = decodeImageDataUrl(src);
    try {
      if (decoded?.format === 'png') images.set(src, await pdfDoc.embedPng(decoded.data));
      else if (decoded?.format === 'jpg') images.set(src, await pdfDoc.embedJpg(decoded.data));
      else failed.add(src);
    } catch {
      failed.add(src);
    }
  }
  return {
    images,
    size: (src) => {
      const image = images.get(src);
      return image === undefined ? null : pointsOf(image);
    },
  };
}

/**
 * The sizes `embedImages` would give the same blocks' pictures, read from the
 * images' own headers and the charts' declared size without embedding or
 * drawing anything: what pagination alone needs (the Word export's contents
 * page numbers). A PNG or JPEG whose header reads but whose data pdf-lib
 * then refuses is the one case where the two differ.
 */
export function pictureSizes(blocks: readonly Block[]): (src: string) => ImageSize | null {
  const sizes = new Map<string, ImageSize | null>();
  for (const src of imageSources(blocks)) {
    if (sizes.has(src)) continue;
    const svg = svgFromDataUrl(src);
    const decoded = svg === null ? decodeImageDataUrl(src) : null;
    const size = svg ?? (decoded?.format === 'png' || decoded?.format === 'jpg' ? decoded : null);
    sizes.set(src, size === null ? null : pointsOf(size));
  }
  return (src) => sizes.get(src) ?? null;
}

/** A picture's size in pixels at 96 dpi, as the page measures it. */
export function pointsOf(size: { width: number; height: number }): ImageSize {
  return { width: size.width * POINTS_PER_PIXEL, height: size.height * POINTS_PER_PIXEL };
}

function imageSources(blocks: readonly Block[]): string[] {
  return blocks.flatMap((block) => {
    if (block.kind === 'image') return [block.src];
    if (block.kind === 'list') return block.items.flatMap(imageSources);
    return [];
  });
}
