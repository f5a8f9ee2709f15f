import './esmBuilds.js';
import { classifyParts } from '../electron/core/import/classify/classifyParts.js';
import { compileCues } from '../electron/core/import/classify/importCues.js';
import { splitOutline } from '../electron/core/import/classify/outline.js';
import { defaultTemplatesDir } from '../electron/core/paths/templatesDir.js';
import { createTemplateCatalogue } from '../electron/core/templateCatalogue.js';
import type { SourceBlock } from '../shared/import/types.js';
import { median } from './statistics.js';

/**
 * How classifying an import's parts grows with their number (issue 19:
 * linear, not comparing every part with every other). Documents of 1,000 to
 * 16,000 parts, each a heading and a paragraph, flat or as chapters of ten
 * sub-headings, are classified with the England pack's cues. Goal: the time
 * per part at 16,000 within 20 % of the time per part at 1,000.
 */

const SIZES = [1000, 4000, 16000];
const RUNS = 3;
const WARM_UP_RUNS = 4;
const PHRASES = ['We will', 'support', 'children in care', 'councillors', 'the board', 'per 10,000', 'indicator', 'promise', 'quorum', 'Children Act 1989'];

function documentOf(parts: number, chapters: boolean): SourceBlock[] {
  return Array.from({ length: parts }, (_, index): SourceBlock[] => [
    { kind: 'heading', heading: { text: `${PHRASES[index % 10] ?? ''} part ${index}`, level: chapters && index % 10 !== 0 ? 2 : 1 } },
    { kind: 'content', node: { type: 'paragraph', content: [{ type: 'text', text: `About ${PHRASES[(index * 7) % 10] ?? ''} and ${PHRASES[(index * 3) % 10] ?? ''} in part ${index}.` }] } },
  ]).flat();
}

export function runClassifyBench(): void {
  const book = compileCues(createTemplateCatalogue(defaultTemplatesDir()).preferred());
  // Compiled code first, so the smallest size is not also the one that pays for the JIT.
  for (let run = 0; run < WARM_UP_RUNS; run += 1) classifyParts(splitOutline(documentOf(SIZES[1] ?? 1000, run % 2 === 0)), book);
  for (const chapters of [false, true]) {
    const perPart = SIZES.map((size) => {
      const outline = splitOutline(documentOf(size, chapters));
      classifyParts(outline, book);
      const timings = Array.from({ length: RUNS }, () => {
        const started = performance.now();
        classifyParts(outline, book);
        return performance.now() - started;
      });
      const ms = median(timings);
      console.log(`import classification, ${chapters ? 'chapters of ten' : 'flat'}: ${size} parts in ${ms.toFixed(0)} ms (${((ms / size) * 1000).toFixed(0)} µs a part)`);
      return ms / size;
    });
    const growth = (perPart.at(-1) ?? 0) / (perPart[0] || 1);
    console.log(`import classification, ${chapters ? 'chapters of ten' : 'flat'}: time a part at ${SIZES.at(-1)} parts is ${growth.toFixed(2)}× that at ${SIZES[0]} (goal ≤ 1.2×, linear)`);
  }
}
