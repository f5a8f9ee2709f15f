/**
 * The council's logo travels with the cover fields as a base64 data URL, so
 * it is saved, synced and exported like the rest of the title page. Its
 * declared type is not trusted: the bytes must start like a real PNG or
 * JPEG, or the logo is refused. Runs in the browser too, so no Node Buffer.
 */

export type LogoType = 'png' | 'jpg';

export interface ParsedLogo {
  type: LogoType;
  data: Uint8Array;
}

/** The largest logo file the cover form takes. A logo is a small picture; this keeps every cover save small too. */
export const MAX_LOGO_BYTES = 1_000_000;

/** 1 MB of bytes is about 1.34 million base64 characters; the margin covers the "data:…;base64," prefix. */
export const MAX_LOGO_DATA_URL_LENGTH = 1_500_000;

export const LOGO_MIME_TYPES: Record<LogoType, string> = { png: 'image/png', jpg: 'image/jpeg' };

const SIGNATURES: Record<LogoType, readonly number[]> = {
  png: [0x89, 0x50, 0x4e, 0x47],
  jpg: [0xff, 0xd8, 0xff],
};

/** A base64 data URL of a PNG or JPEG; the schema uses it too, so the shipped JSON Schema says what a logo looks like. */
export const LOGO_DATA_URL = /^data:(image\/png|image\/jpeg);base64,([A-Za-z0-9+/]+={0,2})$/;

/** Which kind of image the bytes really are, from their first bytes; null when neither PNG nor JPEG. */
export function logoTypeOf(data: Uint8Array): LogoType | null {
  for (const type of Object.keys(SIGNATURES) as LogoType[]) {
    const signature = SIGNATURES[type];
    if (data.length > signature.length && signature.every((byte, index) => data[index] === byte)) return type;
  }
  return null;
}

/** The logo's bytes and type, or null for no logo, a data URL that is too long or not base64, or bytes that are not the image type it declares. */
export function parseLogo(dataUrl: string | undefined): ParsedLogo | null {
  if (dataUrl === undefined || dataUrl.length > MAX_LOGO_DATA_URL_LENGTH) return null;
  const match = LOGO_DATA_URL.exec(dataUrl);
  if (match === null) return null;
  const data = base64Bytes(match[2] as string);
  if (data === null) return null;
  const type = logoTypeOf(data);
  return type !== null && LOGO_MIME_TYPES[type] === match[1] ? { type, data } : null;
}

const BASE64_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const BASE64_VALUES = new Uint8Array(128);
for (let index = 0; index < BASE64_ALPHABET.length; index += 1) BASE64_VALUES[BASE64_ALPHABET.charCodeAt(index)] = index;

/** Decodes text the data URL pattern already limited to the base64 alphabet; the shared tsconfig has no `atob` (not every runtime it targets is typed with one). */
function base64Bytes(text: string): Uint8Array | null {
  if (text.length % 4 !== 0) return null;
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const bytes = new Uint8Array((text.length / 4) * 3 - padding);
  let buffer = 0;
  let bits = 0;
  let out = 0;
  for (let index = 0; index < text.length - padding; index += 1) {
    buffer = ((buffer << 6) | (BASE64_VALUES[text.charCodeAt(index)] as number)) & 0xffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[out++] = (buffer >> bits) & 0xff;
    }
  }
  return bytes;
}
