import type { RenderContext } from './context.js';
import { escapeXml } from './wordXml.js';

/** English Metric Units per CSS pixel, as drawings measure their size. */
const EMUS_PER_PIXEL = 9525;
/** Word will not open a drawing larger than this in either direction. */
const MAX_EXTENT = 2147483647;

const PICTURE_NAMESPACE = 'http://schemas.openxmlformats.org/drawingml/2006/picture';
const DRAWING_NAMESPACE = 'http://schemas.openxmlformats.org/drawingml/2006/main';
/** Word 2016's extension that carries an SVG beside its PNG fallback. */
const SVG_EXTENSION = '{96DAC541-7B7A-43D3-8B79-37D633B846F1}';
const SVG_NAMESPACE = 'http://schemas.microsoft.com/office/drawing/2016/SVG/main';

interface PictureFile {
  /** "png", "jpg", "gif", "bmp" or "svg": the file's extension in the package. */
  type: string;
  data: Uint8Array;
}

interface InlinePicture {
  picture: PictureFile;
  /** For an SVG: the PNG shown by readers that cannot draw SVG. */
  fallback?: PictureFile;
  /** Pixels at 96 per inch. */
  width: number;
  height: number;
  /** What Word's alt text pane shows: name, description and title. */
  name: string;
  description: string;
  title: string;
}

function extent(pixels: number, dimension: string): number {
  const emus = Math.round(pixels * EMUS_PER_PIXEL);
  if (emus > MAX_EXTENT) throw new Error(`The picture is too large for Word: its ${dimension} is ${Math.round(pixels)} pixels.`);
  return emus;
}

/** A picture in the line of text (wp:inline), its file added to the package. */
export function inlinePictureRun(picture: InlinePicture, context: RenderContext): string {
  const cx = extent(picture.width, 'width');
  const cy = extent(picture.height, 'height');
  const main = context.addMedia(picture.picture.data, picture.picture.type);
  // An SVG is shown through Word's extension; the blip itself is the fallback, for readers that cannot draw SVG.
  const blip =
    picture.fallback === undefined
      ? `<a:blip r:embed="${main}" cstate="none"/>`
      : `<a:blip r:embed="${context.addMedia(picture.fallback.data, picture.fallback.type)}" cstate="none"><a:extLst><a:ext uri="${SVG_EXTENSION}"><asvg:svgBlip xmlns:asvg="${SVG_NAMESPACE}" r:embed="${main}"/></a:ext></a:extLst></a:blip>`;
  const description = picture.description === '' ? '' : ` descr="${escapeXml(picture.description)}"`;
  const title = picture.title === '' ? '' : ` title="${escapeXml(picture.title)}"`;
  return (
    '<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">' +
    `<wp:extent cx="${cx}" cy="${cy}"/><wp:effectExtent t="0" r="0" b="0" l="0"/>` +
    `<wp:docPr id="${context.nextDrawingId()}" name="${escapeXml(picture.name)}"${description}${title}/>` +
    `<wp:cNvGraphicFramePr><a:graphicFrameLocks xmlns:a="${DRAWING_NAMESPACE}" noChangeAspect="1"/></wp:cNvGraphicFramePr>` +
    `<a:graphic xmlns:a="${DRAWING_NAMESPACE}"><a:graphicData uri="${PICTURE_NAMESPACE}"><pic:pic xmlns:pic="${PICTURE_NAMESPACE}">` +
    '<pic:nvPicPr><pic:cNvPr id="0" name="" descr=""/><pic:cNvPicPr><a:picLocks noChangeAspect="1" noChangeArrowheads="1"/></pic:cNvPicPr></pic:nvPicPr>' +
    `<pic:blipFill>${blip}<a:srcRect/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>` +
    `<pic:spPr bwMode="auto"><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>` +
    '</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>'
  );
}
