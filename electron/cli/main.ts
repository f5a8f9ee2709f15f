import fs from 'node:fs';
import { runCli } from './runCli.js';

// `npm run cli -- show ID | head` closes the pipe early; that is the reader's choice, not an error to report.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
});

/** This build, as the template cache knows it: rebuilding the command line changes the bundle's size or time, so packs are validated again. */
function codeStamp(): string | undefined {
  try {
    const bundle = fs.statSync(__filename);
    return `${bundle.size}:${bundle.mtimeMs}`;
  } catch {
    return undefined;
  }
}

void runCli(
  process.argv.slice(2),
  {
    stdout: (text) => process.stdout.write(`${text}\n`),
    stderr: (text) => process.stderr.write(`${text}\n`),
  },
  { codeStamp: codeStamp() },
).then((code) => {
  process.exitCode = code;
});
