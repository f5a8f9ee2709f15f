import path from 'node:path';
import { BLIND_DIRS, EARLIER_BLIND_DIRS, HELD_OUT_DIR, UNSEEN_DIR, labelledStrategies, OWN_STRATEGIES_DIR, REFERENCE_DIR, scoreStrategy } from './referenceEvaluation.js';

/**
 * Prints what import gets right, per file and per set, on the published
 * strategies (when they are beside the checkout), on the strategies
 * written for the tests, and on those written after the cues were last
 * changed (held out: never tune on them): all headings, top-level headings
 * (the chapters), and the section verdicts (each section the answer file
 * judges, present or absent as import leaves it).
 * Run: `npx tsx tests/unit/import/printImportAccuracy.ts [--misses]`.
 */

const showMisses = process.argv.includes('--misses');
/** `--blind-only`: the honest sets alone, for measuring them without reading the others' misses. */
const blindOnly = process.argv.includes('--blind-only');

const ratio = (right: number, total: number) => `${right}/${total} (${total === 0 ? '–' : `${((right / total) * 100).toFixed(1)}%`})`;

async function report(label: string, dir: string): Promise<void> {
  const sum = { right: 0, total: 0, topRight: 0, topTotal: 0, verdictsAgreeing: 0, verdicts: 0 };
  for (const { name, files } of labelledStrategies(dir)) {
    for (const file of files) {
      const score = await scoreStrategy(dir, name, file);
      sum.right += score.right;
      sum.total += score.total;
      sum.topRight += score.topRight;
      sum.topTotal += score.topTotal;
      sum.verdictsAgreeing += score.verdictsAgreeing;
      sum.verdicts += score.verdicts.length;
      console.log(`${label} ${file}: headings ${ratio(score.right, score.total)}, top-level ${ratio(score.topRight, score.topTotal)}, verdicts ${ratio(score.verdictsAgreeing, score.verdicts.length)}`);
      if (!showMisses) continue;
      for (const miss of score.misses) console.log(`    ${miss.text}  →  ${miss.got ?? '(not found)'}  (expected ${miss.expected.join(' or ')})`);
      for (const verdict of score.verdicts) if (verdict.expected !== verdict.got) console.log(`    section ${verdict.section}: ${verdict.got}  (reviewer: ${verdict.expected})`);
    }
  }
  if (sum.total > 0) console.log(`${label} all: headings ${ratio(sum.right, sum.total)}, top-level ${ratio(sum.topRight, sum.topTotal)}, verdicts ${ratio(sum.verdictsAgreeing, sum.verdicts)}`);
}

async function main(): Promise<void> {
  if (!blindOnly) {
    await report('reference', REFERENCE_DIR);
    await report('own', OWN_STRATEGIES_DIR);
    await report('held-out', HELD_OUT_DIR);
    await report('unseen', UNSEEN_DIR);
    for (const dir of EARLIER_BLIND_DIRS) await report(`earlier ${path.basename(dir)}`, dir);
  }
  for (const dir of BLIND_DIRS) await report(path.basename(dir), dir);
}

void main();
