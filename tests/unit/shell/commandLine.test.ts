import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CLI_SWITCH, cliArguments } from '../../../electron/shell/commandLine.js';
import { builtMain, root } from './harness/builtShell.js';
import { createFakeElectron, installFakeElectron } from './harness/fakeElectron.js';

describe('the arguments of the installed app’s command line', () => {
  it('are everything after --cli, word for word', () => {
    expect(cliArguments(['/opt/Corporate Parenting Studio/corporate-parenting-studio', CLI_SWITCH, 'export', 'ID', '--format', 'pdf', '--out', 'My strategy.pdf', '--data-dir', '/srv/library'])).toEqual([
      'export',
      'ID',
      '--format',
      'pdf',
      '--out',
      'My strategy.pdf',
      '--data-dir',
      '/srv/library',
    ]);
  });

  it('skip what Electron and the system put before them', () => {
    expect(cliArguments(['electron', '.', CLI_SWITCH, 'list', '--json'])).toEqual(['list', '--json']);
    expect(cliArguments(['/Applications/Corporate Parenting Studio.app/Contents/MacOS/Corporate Parenting Studio', '-psn_0_12345', CLI_SWITCH, 'templates'])).toEqual(['templates']);
  });

  it('keep a second --cli as the CLI’s own argument', () => {
    expect(cliArguments(['app', CLI_SWITCH, 'set-section', 'ID', 'S', '--text', CLI_SWITCH])).toEqual(['set-section', 'ID', 'S', '--text', CLI_SWITCH]);
  });

  it('are none when the app is started for its window', () => {
    expect(cliArguments(['app'])).toBeUndefined();
    expect(cliArguments(['app', '--data-dir', '/srv/library'])).toBeUndefined();
    // The executable itself is never taken for the switch.
    expect(cliArguments([CLI_SWITCH])).toBeUndefined();
  });

  it('may be empty: the CLI then prints its help', () => {
    expect(cliArguments(['app', CLI_SWITCH])).toEqual([]);
  });
});

const requireFromHere = createRequire(__filename);
const dataDirs: string[] = [];

afterEach(() => {
  vi.restoreAllMocks();
  for (const dir of dataDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** Runs the built main.cjs as `app --cli …args` under the stand-in for Electron, until it asks to exit. */
async function runBuiltShellCli(args: string[]) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cps-shell-cli-'));
  dataDirs.push(dataDir);
  const fake = createFakeElectron({ appPath: root, version: '0.0.0', isPackaged: false });
  const uninstall = installFakeElectron(fake);
  const out: string[] = [];
  const err: string[] = [];
  const capture = (into: string[]) => (chunk: string | Uint8Array, ...rest: unknown[]) => {
    into.push(String(chunk));
    const callback = rest.find((arg) => typeof arg === 'function') as (() => void) | undefined;
    callback?.();
    return true;
  };
  vi.spyOn(process.stdout, 'write').mockImplementation(capture(out) as typeof process.stdout.write);
  vi.spyOn(process.stderr, 'write').mockImplementation(capture(err) as typeof process.stderr.write);
  const added = [CLI_SWITCH, ...args, '--data-dir', dataDir];
  const argvBefore = [...process.argv];
  process.argv.push(...added);
  Reflect.deleteProperty(requireFromHere.cache, builtMain);
  try {
    requireFromHere(builtMain);
  } finally {
    process.argv.splice(0, process.argv.length, ...argvBefore);
  }
  try {
    const started = Date.now();
    while (fake.record.exitCode === undefined && Date.now() - started < 60_000) await new Promise((resolve) => setTimeout(resolve, 20));
  } finally {
    vi.restoreAllMocks();
    uninstall();
  }
  return { code: fake.record.exitCode, stdout: out.join(''), stderr: err.join(''), windows: fake.windows.length, quit: fake.record.quit };
}

describe('the built app started with --cli', () => {
  it('runs the command without a window and exits with its code', async () => {
    const run = await runBuiltShellCli(['templates']);
    expect(run).toMatchObject({ code: 0, stderr: '', windows: 0, quit: false });
    expect(run.stdout).toContain('england-strategy');
  }, 60_000);

  it('reports a wrong command on stderr with the usage code, as the CLI does', async () => {
    const run = await runBuiltShellCli(['frobnicate']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^Unknown command "frobnicate"/);
    expect(run.windows).toBe(0);
  }, 60_000);

  it('exits non-zero when the command fails', async () => {
    const run = await runBuiltShellCli(['show', 'no-such-draft']);
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  }, 60_000);
});
