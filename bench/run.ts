import './esmBuilds.js';
import { runAnnualReportBench } from './annualReport.bench.js';
import { runAutosaveBench } from './autosave.bench.js';
import { runCliBench } from './cliProcess.bench.js';
import { runCompletenessBench } from './completeness.bench.js';
import { runDocxBench } from './docxExport.bench.js';
import { runDraftListBench } from './draftList.bench.js';
import { runEditorBench } from './editorTyping.bench.js';
import { runClassifyBench } from './importClassify.bench.js';
import { runImportBench, runImportScalingBench } from './importDocx.bench.js';
import { runLargeImportBench } from './largeImport.bench.js';
import { runPdfBench } from './pdfExport.bench.js';
import { runProgressBench } from './progress.bench.js';

/**
 * Every benchmark in one run, so ratios against pandoc and LibreOffice are
 * measured side by side on the same machine. Targets are printed, not
 * asserted: timings belong here, not in the tests. Run `npm run build` first
 * (the editor benchmark drives the built renderer).
 */
async function main(): Promise<void> {
  await runAutosaveBench();
  await runEditorBench();
  runCompletenessBench();
  runDraftListBench();
  await runDocxBench();
  await runPdfBench();
  await runImportBench();
  await runImportScalingBench();
  runClassifyBench();
  await runLargeImportBench();
  await runCliBench();
  await runProgressBench();
  await runAnnualReportBench();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
