import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { tempDir, testTemplatesDir, TEST_TEMPLATE } from '../core/fixtures.js';

const run = promisify(execFile);
const root = path.resolve(__dirname, '../../..');

describe('cli as a real process', () => {
  it('creates and lists a draft through node --import tsx electron/cli/main.ts', async () => {
    const dataDir = tempDir();
    const common = ['--data-dir', dataDir, '--templates-dir', testTemplatesDir()];
    const node = (...args: string[]) => run(process.execPath, ['--import', 'tsx', 'electron/cli/main.ts', ...args, ...common], { cwd: root });
    const created = await node('new', '--template', TEST_TEMPLATE.id, '--title', 'From a shell');
    const id = created.stdout.trim();
    const listed = await node('list', '--json');
    expect(JSON.parse(listed.stdout)).toEqual([expect.objectContaining({ id, title: 'From a shell' })]);
    await expect(node('show', 'no-such-draft')).rejects.toMatchObject({ code: 1, stderr: expect.stringMatching(/^There is no strategy with the id "no-such-draft"[^\n]*\n$/) });
    // Three cold starts of tsx, each compiling the CLI: minutes on a loaded machine is slow but not wrong.
  }, 90_000);
});
