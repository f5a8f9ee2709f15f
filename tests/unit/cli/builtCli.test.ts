import { execFile, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { tempDir, testTemplatesDir, TEST_TEMPLATE } from '../core/fixtures.js';

const run = promisify(execFile);
const root = path.resolve(__dirname, '../../..');
// Built by the unit tests' global setup (tests/unit/shell/harness/buildOnce.ts), as `npm run build` builds it.
const BUILT_CLI = path.join(root, 'dist', 'electron', 'cli.cjs');
const POPPLER = spawnSync('pdftotext', ['-v'], { stdio: 'ignore' }).status === 0;

/** Every file under `folder`, however deep. */
function filesUnder(folder: string): string[] {
  if (!fs.existsSync(folder)) return [];
  return fs.readdirSync(folder, { recursive: true, encoding: 'utf8' }).map((name) => path.join(folder, name)).filter((file) => fs.statSync(file).isFile());
}

describe('the built command line (dist/electron/cli.cjs)', () => {
  const cacheHome = tempDir();
  const cli = (...args: string[]) => run(process.execPath, [BUILT_CLI, ...args], { cwd: root, env: { ...process.env, XDG_CACHE_HOME: cacheHome } });

  it('prints help and its version without a library', async () => {
    const dataDir = path.join(tempDir(), 'never-made');
    const help = await cli('--help', '--data-dir', dataDir);
    expect(help.stdout).toMatch(/^Corporate Parenting Studio: the command line/);
    for (const command of ['templates', 'export', 'import', 'figures']) expect(help.stdout).toContain(`\n  ${command} `);
    const version = (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version;
    expect((await cli('--version')).stdout.trim()).toBe(`Corporate Parenting Studio ${version}`);
    expect(fs.existsSync(dataDir)).toBe(false);
  }, 60_000);

  it('exports Word and PDF, again from its code cache, and after a damaged cache', async () => {
    const dataDir = tempDir();
    const common = ['--data-dir', dataDir, '--templates-dir', testTemplatesDir()];
    const id = (await cli('new', '--template', TEST_TEMPLATE.id, '--title', 'Built', ...common)).stdout.trim();
    const out = tempDir();
    const exportAs = async (format: 'docx' | 'pdf') => {
      const file = path.join(out, `strategy.${format}`);
      await cli('export', id, '--format', format, '--out', file, '--force', ...common);
      return fs.readFileSync(file);
    };
    const signatures = { docx: 'PK', pdf: '%PDF' } as const;
    for (const format of ['docx', 'pdf'] as const) expect((await exportAs(format)).subarray(0, signatures[format].length).toString('latin1')).toBe(signatures[format]);
    // The bundle deflates pdf-lib's streams with Node's zlib: a reader must still find the text in them.
    if (POPPLER) expect(spawnSync('pdftotext', [path.join(out, 'strategy.pdf'), '-'], { encoding: 'utf8' }).stdout).toContain('Built');

    if (process.platform === 'linux') {
      const caches = filesUnder(path.join(cacheHome, 'corporate-parenting-studio')).filter((file) => file.endsWith('-export.v8cache'));
      expect(caches).toHaveLength(1);
      // A second export starts from the cache; one that V8 refuses is made again, and the command still works.
      expect((await exportAs('pdf')).subarray(0, 4).toString('latin1')).toBe('%PDF');
      fs.writeFileSync(caches[0] as string, Buffer.alloc(4096, 7));
      expect((await exportAs('docx')).subarray(0, 2).toString('latin1')).toBe('PK');
      expect(fs.readFileSync(caches[0] as string).equals(Buffer.alloc(4096, 7))).toBe(false);
    }
  }, 120_000);
});
