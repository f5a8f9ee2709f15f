import { isWhiteSpace } from './whiteSpace.js';

/**
 * How headings are written in documents that do not mark them with styles:
 * "3. Our Vision", "3.1 Education", "2.0. Corporate Parenting",
 * "Appendix 2 – Legislation", "APPENDIX B: Terms of reference", or a short
 * line in capitals. Used by the plain-text reader and for bold paragraphs in
 * Word files, so both read numbering the same way.
 */

export interface HeadingShape {
  /** Outline depth implied by the numbering: "3." is 1, "3.1" is 2, "3.1.2" is 3; appendices are 1. */
  level: number;
  kind: 'numbered' | 'appendix' | 'capitals';
}

/** Longer than this and a line is a sentence, not a heading; numbered headings may run longer ("3.0 The role and responsibilities of …"). */
export const MAX_HEADING_WORDS = 14;
const MAX_NUMBERED_HEADING_WORDS = 20;

const NUMBERED = /^(\d{1,2}(?:\.\d{1,2}){0,3})\.?\s+(\S.*)$/;
const APPENDIX = /^(?:appendix|annex|annexe|schedule)\s+(?:\d{1,2}|[a-z]|[ivx]{1,4}|one|two|three|four|five|six|seven|eight|nine|ten)\b\s*(?:[:.\-–—]\s*)?(.*)$/i;
/** A heading never ends on a word that needs more after it. */
export const CUT_SENTENCE = /\b(?:the|a|an|of|and|or|to|for|with|that|which|by|our|their|its|from|as|will)$/i;

/** A line that names the whole document ("… Corporate Parenting Strategy 2025–2028") rather than one of its parts. */
export const NAMES_THE_STRATEGY = /\b(strategy|plan)\b|\b(19|20)\d{2}\b/i;

/** How many runs of characters other than white space `text` has (`text.match(/\S+/g).length`), counted without an array of them: it is asked of every block. */
export function wordCount(text: string): number {
  let words = 0;
  let inWord = false;
  for (let index = 0; index < text.length; index += 1) {
    const visible = !isWhiteSpace(text.charCodeAt(index));
    if (visible && !inWord) words += 1;
    inWord = visible;
  }
  return words;
}

/** Recognises a heading by its wording alone; null when the line reads as ordinary text. */
export function headingShape(line: string): HeadingShape | null {
  const text = line.trim();
  if (text.length === 0 || wordCount(text) > MAX_NUMBERED_HEADING_WORDS) return null;
  if (looksLikeContentsEntry(text)) return null;
  if (APPENDIX.test(text)) return wordCount(text) <= MAX_HEADING_WORDS ? { level: 1, kind: 'appendix' } : null;
  const numbered = NUMBERED.exec(text);
  if (numbered) {
    const title = numbered[2] ?? '';
    // "4. We will review placements." is a numbered promise, not a heading; so is a sentence cut where its line ended ("4.1 The duties that sets out our … is") or one that carries on after a full stop.
    if (!/^[A-Z‘'"“(]/.test(title) || /[.;,]$/.test(title) || CUT_SENTENCE.test(title) || /\p{Ll}[.!?]\s+\p{Lu}/u.test(title)) return null;
    return { level: numberingDepth(numbered[1] ?? ''), kind: 'numbered' };
  }
  if (wordCount(text) <= MAX_HEADING_WORDS && isCapitals(text)) return { level: 1, kind: 'capitals' };
  return null;
}

/** "3" and "3.0" are top level (many councils write "3.0" for a chapter); "3.1" is 2; "3.1.2" is 3. */
function numberingDepth(numbering: string): number {
  const parts = numbering.split('.');
  while (parts.length > 1 && parts[parts.length - 1] === '0') parts.pop();
  return Math.min(parts.length, 3);
}

function isCapitals(text: string): boolean {
  const letters = text.replace(/[^A-Za-z]/g, '');
  return letters.length >= 4 && letters === letters.toUpperCase() && wordCount(text) <= 10 && !/[.;]$/.test(text);
}

/** A line of a hand-made contents page: "Our Vision.......6", "3.\tOur Vision\t6". */
function looksLikeContentsEntry(text: string): boolean {
  return /\.{4,}|…{2,}/.test(text) || /\t\s*\d{1,3}\s*$/.test(text);
}

/** The heading without its number or "Appendix N" label, lower-cased: what the words say. */
export function headingWords(text: string): string {
  return text
    .replace(APPENDIX_LABEL, '')
    .replace(PART_LABEL, '')
    .replace(BARE_PART_LABEL, (label, offset: number, whole: string) => (/^[A-Z‘'"“]/.test(whole.slice(offset + label.length)) ? '' : label))
    .replace(LETTER_OR_ROMAN, '')
    .replace(/^\s*\d{1,2}(?:\s*\.\s*\d{1,2}){0,3}\s*[.):\-–—]?\s*/, '')
    .replace(/[:.\s]+$/, '')
    .trim()
    .toLowerCase();
}

/** "Part 3 Our vision", "Chapter Two Leaving care": a label with no separator, known by the capital that starts the words after it. */
const BARE_PART_LABEL = /^\s*(?:section|part|chapter)\s+(?:\d{1,2}|[a-z]|[ivx]{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+/i;
/** "IV. Our vision", "C) Our pledge", "B – Leaving care": a capital letter or Roman numeral numbering the heading, with its separator. */
const LETTER_OR_ROMAN = /^\s*(?:[A-Z]|[IVX]{1,5})\s*[.):\-–—]\s+(?=\S)/;

const APPENDIX_LABEL = /^\s*(?:appendix|annex|annexe|schedule)\s+(?:\d{1,2}|[a-z]|[ivx]{1,4}|one|two|three|four|five|six|seven|eight|nine|ten)\b\s*[:.\-–—]?\s*/i;

/** "Section 4:", "Part 2 –", "Chapter III." with its separator: without one, "Section 10 of the Children Act" is words, not a label. */
const PART_LABEL = /^\s*(?:section|part|chapter)\s+(?:\d{1,2}|[a-z]|[ivx]{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s*[:.\-–—]\s*/i;
/** "6.0", "3.2", "3.1.2." before the words. */
const DOTTED_NUMBER = /^\s*\d{1,2}(?:\.\d{1,2}){1,3}\.?\s+/;
/** "3.", "3)", "3:", "3 –" or "3" and a tab: a bare "5 ways to…" keeps its number, which may be part of the words. */
const SINGLE_NUMBER = /^\s*\d{1,2}(?:\s*[.):\-–—]\s*|\t\s*)(?=\S)/;

/**
 * The heading as it reads once placed in a template section: the old
 * document's own numbering or label ("6.0", "3.2", "Section 4:",
 * "Appendix B –") goes, because the export numbers sections itself and the
 * old numbers would sit beside the new ones. Case and wording are kept; a
 * heading that is nothing but a label ("Appendix B") is kept whole.
 */
export function withoutHeadingNumber(text: string): string {
  const trimmed = text.trim();
  for (const label of [APPENDIX_LABEL, PART_LABEL, DOTTED_NUMBER, SINGLE_NUMBER]) {
    if (!label.test(trimmed)) continue;
    const rest = trimmed.replace(label, '').trim();
    return rest === '' ? trimmed : rest;
  }
  return trimmed;
}

export function isAppendixHeading(text: string): boolean {
  return APPENDIX.test(text.trim());
}
