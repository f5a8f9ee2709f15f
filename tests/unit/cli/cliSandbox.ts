import { expect } from 'vitest';
import { runCli } from '../../../electron/cli/runCli.js';
import type { Draft } from '../../../shared/model/draft.js';
import { tempDir, testTemplatesDir, TEST_TEMPLATE } from '../core/fixtures.js';

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** A library folder and a templates folder of our own, and a way to run commands against them in-process. */
export function cliSandbox() {
  const dataDir = tempDir();
  const templatesDir = testTemplatesDir();
  const run = async (...argv: string[]): Promise<Run> => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli([...argv, '--data-dir', dataDir, '--templates-dir', templatesDir], {
      stdout: (text) => out.push(text),
      stderr: (text) => err.push(text),
    });
    return { code, stdout: out.join('\n'), stderr: err.join('\n') };
  };
  const newDraft = async (...options: string[]): Promise<Draft> => JSON.parse((await run('new', '--template', TEST_TEMPLATE.id, ...options, '--json')).stdout) as Draft;
  return { dataDir, templatesDir, run, newDraft };
}

/** A failed command says what went wrong in one line on stderr and nothing on stdout; without `code`, any non-zero exit code will do. */
export function expectOneLineError(result: Run, pattern: RegExp, code?: number): void {
  if (code === undefined) expect(result.code).not.toBe(0);
  else expect(result.code).toBe(code);
  expect(result.stdout).toBe('');
  expect(result.stderr.split('\n')).toHaveLength(1);
  expect(result.stderr).toMatch(pattern);
}
