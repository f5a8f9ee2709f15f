/**
 * One grapheme segmenter for the PDF exporter, made when text first needs
 * cutting into clusters (emoji, other scripts, a word too long for its line,
 * a title too long for the header). Making the first segmenter loads ICU's
 * break rules, about 9 ms, which every export paid at start-up when each
 * module made its own, though plain English text never needs one.
 */
let segmenter: Intl.Segmenter | undefined;

export function graphemeSegments(text: string): Intl.Segments {
  segmenter ??= new Intl.Segmenter('en', { granularity: 'grapheme' });
  return segmenter.segment(text);
}
