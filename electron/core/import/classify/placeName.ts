import { escapeRegExp } from '../../../../shared/template/template.js';

/**
 * A strategy names its own area where a template says "our": "Anytown's
 * corporate parents", "Children in care in Anytown", "The Anytown
 * Pledge". Read with the place as "our", such a heading says what the
 * pack's cues and section titles say, whatever the council is called.
 */

/** What a council's name adds to its place: "Borough Council", "City of", "Royal Borough of". */
const COUNCIL_PREFIX = /^(?:the\s+)?(?:(?:london|royal)\s+)?(?:borough|city|county|district)\s+of\s+/i;
const COUNCIL_SUFFIX = /\s+(?:(?:metropolitan\s+)?(?:borough|city|county|district|town|island|islands)\s+)?council$/i;
/** Shorter than this, a "place" would match inside ordinary words. */
const MIN_PLACE_CHARACTERS = 3;

/** The place a council is named for ("Anytown" of "Anytown Borough Council", "Kensington and Chelsea" of "Royal Borough of Kensington and Chelsea"), or null when the name says none. */
export function placeOfCouncil(council: string): string | null {
  const place = council.trim().replace(COUNCIL_SUFFIX, '').replace(COUNCIL_PREFIX, '').trim();
  return place.length >= MIN_PLACE_CHARACTERS && !/^(?:the\s+)?council$/i.test(place) ? place : null;
}

/**
 * Reads heading words (lower case) with the place as "our": a possessive
 * or "the Anytown …" becomes "our", "in Anytown" becomes "in our area"
 * (as the packs' titles say it), and the place anywhere else "our". The
 * patterns are built once per document; with no place, words pass as they are.
 */
export function placeAsOurs(place: string | null): (words: string) => string {
  if (place === null) return (words) => words;
  const name = escapeRegExp(place.toLowerCase()).replace(/\s+/g, '\\s+');
  const named = new RegExp(`(?<![\\p{L}\\p{N}])${name}(?![\\p{L}\\p{N}])`, 'u');
  const possessive = new RegExp(`(?<![\\p{L}\\p{N}])(?:the\\s+)?${name}['’]s?(?![\\p{L}\\p{N}])`, 'gu');
  const within = new RegExp(`(?<![\\p{L}\\p{N}])(in|across|around|throughout)\\s+${name}(?![\\p{L}\\p{N}])`, 'gu');
  const anywhere = new RegExp(`(?<![\\p{L}\\p{N}])(?:the\\s+)?${name}(?![\\p{L}\\p{N}])`, 'gu');
  return (words) => {
    if (!named.test(words)) return words;
    return words.replace(possessive, 'our').replace(within, '$1 our area').replace(anywhere, 'our').replace(/\bour\s+our\b/g, 'our');
  };
}

