/**
 * Images arrive as data URLs from pastes and imports. Their declared type is
 * not trusted: the bytes must really be a PNG, JPEG or GIF whose size can be
 * read, or the image is reported as not includable instead of producing a
 * file Word cannot open.
 */

export type ImageFormat = 'png' | 'jpg' | 'gif';

export interface DecodedImage {
  format: ImageFormat;
  data: Uint8Array;
  width: number;
  height: number;
}

const DATA_URL = /^data:image\/[a-z+.-]+;base64,([A-Za-z0-9+/=\s]+)$/i;

export function decodeImageDataUrl(src: string): DecodedImage | null {
  const match = DATA_URL.exec(src);
  if (match === null) return null;
  const data = new Uint8Array(Buffer.from(match[1] ?? '', 'base64'));
  return decodeImageBytes(data);
}

export function decodeImageBytes(data: Uint8Array): DecodedImage | null {
  const format = formatOf(data);
  if (format === null) return null;
  const size = format === 'png' ? pngSize(data) : format === 'gif' ? gifSize(data) : jpegSize(data);
  if (size === null || size.width <= 0 || size.height <= 0) return null;
  return { format, data, ...size };
}

function startsWith(data: Uint8Array, signature: readonly number[]): boolean {
  return data.length >= signature.length && signature.every((byte, index) => data[index] === byte);
}

function formatOf(data: Uint8Array): ImageFormat | null {
  if (startsWith(data, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(data, [0xff, 0xd8, 0xff])) return 'jpg';
  if (startsWith(data, [0x47, 0x49, 0x46, 0x38])) return 'gif';
  return null;
}

interface Size {
  width: number;
  height: number;
}

const view = (data: Uint8Array) => new DataView(data.buffer, data.byteOffset, data.byteLength);

function pngSize(data: Uint8Array): Size | null {
  // The IHDR chunk always comes first: width and height follow its type tag.
  if (data.length < 24 || String.fromCharCode(...data.subarray(12, 16)) !== 'IHDR') return null;
  return { width: view(data).getUint32(16), height: view(data).getUint32(20) };
}

function gifSize(data: Uint8Array): Size | null {
  if (data.length < 10) return null;
  return { width: view(data).getUint16(6, true), height: view(data).getUint16(8, true) };
}

/** Start-of-frame markers carry the size; the others (DHT, JPG, DAC) share the range but do not. */
const isStartOfFrame = (marker: number) => marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;

function jpegSize(data: Uint8Array): Size | null {
  const bytes = view(data);
  let offset = 2;
  while (offset + 9 < data.length) {
    if (data[offset] !== 0xff) return null;
    const marker = data[offset + 1] as number;
    if (marker === 0xff) {
      offset += 1;
      continue;
    }
    const length = bytes.getUint16(offset + 2);
    if (isStartOfFrame(marker)) return { width: bytes.getUint16(offset + 7), height: bytes.getUint16(offset + 5) };
    if (length < 2) return null;
    offset += 2 + length;
  }
  return null;
}

/** Largest size an image is drawn at, in pixels at 96 dpi: the text width of an A4 page with 2.54 cm margins. */
export const MAX_IMAGE_WIDTH = 600;
const MAX_IMAGE_HEIGHT = 800;

export function displaySize(image: Size): Size {
  const scale = Math.min(1, MAX_IMAGE_WIDTH / image.width, MAX_IMAGE_HEIGHT / image.height);
  return { width: Math.max(1, Math.round(image.width * scale)), height: Math.max(1, Math.round(image.height * scale)) };
}
