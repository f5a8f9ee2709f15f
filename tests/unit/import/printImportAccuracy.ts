import { HELD_OUT_DIR, UNSEEN_DIR, labelledStrategies, OWN_STRATEGIES_DIR, REFERENCE_DIR, scoreStrategy } from './referenceEvaluation.js';

/**
 * Prints how many headings import places right, per file, on the published
 * strategies (when they are beside the checkout), on the strategies
 * written for the tests, and on those written after the cues were last
 * changed (held out: never tune on them). Run: `npx tsx tests/unit/import/printImportAccuracy.ts [--misses]`.
 */

const showMisses = process.argv.includes('--misses');

async function report(label: string, dir: string): Promise<void> {
  let right = 0;
  let total = 0;
  for (const { name, files } of labelledStrategies(dir)) {
    for (const file of files) {
      const score = await scoreStrategy(dir, name, file);
      right += score.right;
      total += score.total;
      console.log(`${label} ${file}: ${score.right}/${score.total} (${(score.accuracy * 100).toFixed(0)}%)`);
      if (showMisses) for (const miss of score.misses) console.log(`    ${miss.text}  →  ${miss.got ?? '(not found)'}  (expected ${miss.expected.join(' or ')})`);
    }
  }
  if (total > 0) console.log(`${label} all: ${right}/${total} (${((right / total) * 100).toFixed(1)}%)`);
}

void report('reference', REFERENCE_DIR)
  .then(() => report('own', OWN_STRATEGIES_DIR))
  .then(() => report('held-out', HELD_OUT_DIR))
  .then(() => report('unseen', UNSEEN_DIR));
